using System.Net.Sockets;
using IronUwsgi.Runtime.Gateway;
using IronUwsgi.Server.Options;
using IronUwsgi.Server.Sockets;
using IronUwsgi.Server.Tests.Support;

namespace IronUwsgi.Server.Tests;

/// <summary>
/// Only uwsgi sockets: every worker thread accepts and reads connections itself, as uWSGI's workers
/// do. Runs every uwsgi socket test again in this mode, plus what only this mode has.
/// </summary>
public sealed class DirectUwsgiSocketTests : UwsgiSocketTests
{
    private protected override TestServer Start(Action<IGatewayRequest, IResponseWriter> handle, Func<ServerSettings, ServerSettings>? configure = null) =>
        TestServer.Start(handle, configure, uwsgiOnly: true);

    [Fact]
    public void WorkerThreadsAcceptThemselvesWithoutAcceptLoops()
    {
        var server = Start(Handlers.Echo);
        using var _ = new Disposer(server);
        Assert.True(server.Host.AcceptsOnWorkerThreads);
        AssertStillServes(server);
    }

    [Fact]
    public void EachThreadServesConnectionsOneAfterAnotherOnItsReusedSession()
    {
        var threads = new System.Collections.Concurrent.ConcurrentDictionary<int, int>();
        var server = Start((request, response) =>
        {
            threads.AddOrUpdate(Environment.CurrentManagedThreadId, 1, (_, n) => n + 1);
            Handlers.Text(response, request.Variables["PATH_INFO"]!);
        }, s => s with { Processes = 2, Threads = 2 });
        using var _ = new Disposer(server);
        for (int i = 0; i < 40; i++)
            Assert.EndsWith($"/n{i}", Answer(server, RawClient.Packet(0, RawClient.Get($"/n{i}"))));
        Assert.Equal(40, threads.Values.Sum());
        Assert.InRange(threads.Count, 1, 4);
    }

    [Fact]
    public void SeveralUwsgiSocketsAreAllAcceptedByTheWorkerThreads()
    {
        var second = new ListenSpec(BindAddress.Parse("127.0.0.1:0"), SocketProtocol.Uwsgi);
        var server = Start(Handlers.Echo, s => s with { Sockets = [.. s.Sockets, second] });
        using var _ = new Disposer(server);
        Assert.True(server.Host.AcceptsOnWorkerThreads);
        var other = (System.Net.IPEndPoint)server.Host.EndPoints[1];
        for (int i = 0; i < 5; i++)
        {
            Assert.Contains("\nPATH_INFO=/first\n", Answer(server, RawClient.Packet(0, RawClient.Get("/first"))));
            Assert.Contains("\nPATH_INFO=/second\n", System.Text.Encoding.Latin1.GetString(RawClient.Exchange(other, RawClient.Packet(0, RawClient.Get("/second")))));
        }
    }

    [Fact]
    public async Task StopWakesThreadsWaitingInAccept()
    {
        var factory = new RecordingFactory(Handlers.Echo);
        var server = TestServer.Start(factory, s => s with { Processes = 2, Threads = 2 }, uwsgiOnly: true);
        var endPoint = server.Uwsgi;
        AssertStillServes(server);
        await server.DisposeAsync();
        // A worker's last thread to leave disposes its handler: every thread left accept().
        Assert.Equal(2, factory.Made.Count);
        Assert.True(Eventually.True(() => factory.Made.All(m => m.Handler.Disposed)));
        using var client = new Socket(SocketType.Stream, ProtocolType.Tcp);
        var refused = Assert.Throws<SocketException>(() => client.Connect(endPoint));
        Assert.Equal(SocketError.ConnectionRefused, refused.SocketErrorCode);
    }
}
