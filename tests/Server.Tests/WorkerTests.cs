using System.Net.Sockets;
using IronUwsgi.Server.Tests.Support;

namespace IronUwsgi.Server.Tests;

public class WorkerTests
{
    private static string Get(TestServer server, string path = "/") =>
        RawClient.ExchangeText(server.Http, $"GET {path} HTTP/1.1\r\nConnection: close\r\n\r\n");

    [Fact]
    public void EachWorkerGetsItsOwnHandler()
    {
        var factory = new RecordingFactory(worker => (_, response) => Handlers.Text(response, "worker " + worker.Id));
        var server = TestServer.Start(factory, s => s with { Processes = 3, Threads = 2 });
        using var _ = new Disposer(server);
        Assert.Equal([1, 2, 3], factory.Made.Select(m => m.Worker.Id).Order());
        Assert.All(factory.Made, m => Assert.Equal((2, 3), (m.Worker.Threads, m.Worker.Processes)));
        Assert.Equal(3, factory.Made.Select(m => m.Handler).Distinct().Count());
        Assert.NotNull(server.Log.WaitFor(l => l == $"spawned uWSGI worker 3 (pid: {Environment.ProcessId}, cores: 2)"));
        Assert.NotNull(server.Log.WaitFor(l => l == "*** Operational MODE: preforking+threaded ***"));
        Assert.Matches(@"^HTTP/1\.1 200 OK\r\n[\s\S]*worker [123]$", Get(server));
    }

    [Fact]
    public void BannerNamesTheBoundSockets()
    {
        var server = TestServer.Start(Handlers.Echo);
        using var _ = new Disposer(server);
        Assert.NotNull(server.Log.WaitFor(l => l.StartsWith($"uwsgi socket 0 bound to TCP address 127.0.0.1:{server.Uwsgi.Port} fd ", StringComparison.Ordinal)));
        Assert.NotNull(server.Log.WaitFor(l => l.StartsWith($"uwsgi socket 1 bound to TCP address 127.0.0.1:{server.Http.Port} fd ", StringComparison.Ordinal)));
        Assert.NotNull(server.Log.WaitFor(l => l == "your server socket listen backlog is limited to 100 connections"));
        Assert.NotNull(server.Log.WaitFor(l => l == "*** Operational MODE: single process ***"));
        Assert.NotNull(server.Log.WaitFor(l => l == $"spawned uWSGI worker 1 (and the only) (pid: {Environment.ProcessId}, cores: 1)"));
    }

    [Fact]
    public async Task ThreadsServeOneWorkersRequestsConcurrently()
    {
        using var both = new Barrier(2);
        var server = TestServer.Start((request, response) =>
        {
            bool met = both.SignalAndWait(TimeSpan.FromSeconds(20));
            Handlers.Text(response, $"met={met} core={request.Core}");
        }, s => s with { Threads = 2 });
        using var _ = new Disposer(server);
        var first = Task.Run(() => Get(server, "/1"));
        var second = Task.Run(() => Get(server, "/2"));
        var bodies = (await Task.WhenAll(first, second)).Select(r => r[(r.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]).Order().ToList();
        Assert.Equal(["met=True core=0", "met=True core=1"], bodies);
    }

    [Fact]
    public void MaxRequestsRecyclesTheWorkersHandler()
    {
        var factory = new RecordingFactory((_, response) => Handlers.Text(response, "ok"));
        var server = TestServer.Start(factory, s => s with { MaxRequests = 2 });
        using var _ = new Disposer(server);
        for (int i = 0; i < 5; i++)
            Assert.EndsWith("ok", Get(server));
        Assert.NotNull(server.Log.WaitFor(l => l == $"...The work of process {Environment.ProcessId} is done. Seeya!"));
        Assert.NotNull(server.Log.WaitFor(l => l == $"Respawned uWSGI worker 1 (new pid: {Environment.ProcessId})"));
        Assert.Equal(3, factory.Made.Count);
        Assert.All(factory.Made, m => Assert.Equal(1, m.Worker.Id));
        Assert.True(Eventually.True(() => factory.Made[0].Handler.Disposed));
        Assert.NotNull(server.Log.WaitFor("req: 1/5]"));
    }

    [Fact]
    public void HarakiriReplacesAStuckWorkerAndServingContinues()
    {
        using var release = new ManualResetEventSlim();
        var factory = new RecordingFactory((request, response) =>
        {
            if (request.Variables["PATH_INFO"] == "/stuck")
                release.Wait(request.Aborted);
            Handlers.Text(response, "fine");
        });
        var server = TestServer.Start(factory, s => s with { Harakiri = TimeSpan.FromSeconds(1) });
        using var _ = new Disposer(server);
        var stuck = Get(server, "/stuck");
        Assert.Equal("", stuck);
        Assert.NotNull(server.Log.WaitFor(l => l.EndsWith($" - *** HARAKIRI ON WORKER 1 (pid: {Environment.ProcessId}, try: 1) ***", StringComparison.Ordinal)));
        Assert.NotNull(server.Log.WaitFor(l => l.EndsWith(" - HARAKIRI !!! worker 1 status !!!", StringComparison.Ordinal)));
        var status = server.Log.WaitFor(l => l.Contains(" - HARAKIRI [core 0] ", StringComparison.Ordinal));
        Assert.Matches(@" - HARAKIRI \[core 0\] 127\.0\.0\.1 - GET /stuck since \d{10}$", status);
        Assert.NotNull(server.Log.WaitFor(l => l.EndsWith(" - HARAKIRI !!! end of worker 1 status !!!", StringComparison.Ordinal)));
        Assert.NotNull(server.Log.WaitFor(l => l == $"DAMN ! worker 1 (pid: {Environment.ProcessId}) died, killed by signal 9 :( trying respawn ..."));
        Assert.NotNull(server.Log.WaitFor(l => l == $"Respawned uWSGI worker 1 (new pid: {Environment.ProcessId})"));
        Assert.EndsWith("fine", Get(server, "/next"));
        Assert.Equal(2, factory.Made.Count);
    }

    [Fact]
    public async Task StopFinishesRequestsInFlightAndRefusesNewConnections()
    {
        using var entered = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var factory = new RecordingFactory((_, response) =>
        {
            entered.Set();
            release.Wait(TimeSpan.FromSeconds(20));
            Handlers.Text(response, "finished");
        });
        var server = TestServer.Start(factory);
        var port = server.Http;
        var inFlight = Task.Run(() => Get(server));
        Assert.True(entered.Wait(TimeSpan.FromSeconds(20)));
        var stopping = server.Host.StopAsync();
        await WaitUntilRefused(port);
        Assert.False(stopping.IsCompleted);
        release.Set();
        await stopping;
        Assert.EndsWith("finished", await inFlight);
        Assert.NotNull(server.Log.WaitFor(l => l == "goodbye to uWSGI."));
        Assert.True(factory.Made[0].Handler.Disposed);
        await server.DisposeAsync();
    }

    [Fact]
    public async Task StopClosesIdleKeepAliveConnections()
    {
        var server = TestServer.Start(Handlers.Echo);
        using var http = new HttpExchange(server.Http);
        http.Send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        http.ReadResponse();
        await server.Host.StopAsync();
        Assert.True(http.IsClosedByServer());
        await server.DisposeAsync();
    }

    private static async Task WaitUntilRefused(System.Net.IPEndPoint endPoint)
    {
        for (int i = 0; i < 400; i++)
        {
            using var probe = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await probe.ConnectAsync(endPoint);
            }
            catch (SocketException)
            {
                return;
            }
            await Task.Delay(50);
        }
        Assert.Fail("the server kept accepting connections while stopping");
    }
}

public class WorkerFailureTests
{
    [Fact]
    public void HandlerFactoryFailingAtStartStopsStartupNamingTheWorker()
    {
        var factory = new RecordingFactory(worker => worker.Id == 2 ? throw new InvalidOperationException("no app for you") : Handlers.Echo);
        var error = Assert.Throws<IronUwsgi.Server.Hosting.StartupException>(() => TestServer.Start(factory, s => s with { Processes = 2 }));
        Assert.Equal("unable to spawn uWSGI worker 2: no app for you", error.Message);
    }

    [Fact]
    public void HandlerFactoryFailingOnRespawnIsLoggedAndOtherWorkersServe()
    {
        int created = 0;
        var factory = new RecordingFactory(_ =>
            Interlocked.Increment(ref created) == 3 ? throw new InvalidOperationException("engine broke") : (_, response) => Handlers.Text(response, "ok"));
        var server = TestServer.Start(factory, s => s with { Processes = 2, MaxRequests = 1 });
        using var _ = new Disposer(server);
        for (int i = 0; i < 4; i++)
            Assert.EndsWith("ok", RawClient.ExchangeText(server.Http, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n"));
        Assert.NotNull(server.Log.WaitFor("unable to respawn uWSGI worker"));
        Assert.Contains(server.Log.Lines, l => l.Contains("System.InvalidOperationException: engine broke", StringComparison.Ordinal));
    }
}
