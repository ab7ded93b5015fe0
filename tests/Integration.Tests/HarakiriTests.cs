using System.Net;
using IronUwsgi.Integration.Tests.Support;

namespace IronUwsgi.Integration.Tests;

/// <summary>
/// <c>--harakiri</c> on an app spinning in pure Python: the engine interrupts the spinning code (which
/// <c>except Exception</c> cannot swallow), the server logs uWSGI's harakiri lines, replaces the
/// worker, and the next request is served.
/// </summary>
public sealed class HarakiriTests : IDisposable
{
    private const string SpinningApp = """
        import uwsgi

        def application(environ, start_response):
            if environ["PATH_INFO"] == "/spin":
                try:
                    n = 0
                    while True:
                        n += 1
                except Exception:
                    uwsgi.log("spin: caught by except Exception")
                finally:
                    uwsgi.log("spin: the loop was stopped")
            start_response("200 OK", [("Content-Type", "text/plain")])
            return [b"served"]
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("ironuwsgi-harakiri-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string App()
    {
        var app = Path.Combine(_folder, "spin.py");
        File.WriteAllText(app, SpinningApp);
        return app;
    }

    [Fact]
    public async Task SpinningAppOnTheHttpSocketIsStoppedAndItsWorkerReplaced()
    {
        using var server = PythonServer.Start(App(), "--harakiri", "2");
        using var client = Clients.Create(new Uri($"http://127.0.0.1:{server.Http.Port}/"));
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetStringAsync("/spin"));
        AssertHarakiriLogged(server.Process, "GET /spin");
        Assert.Equal("served", await client.GetStringAsync("/after"));
    }

    [Fact]
    public async Task SpinningAppBehindNginxIsStoppedAndItsWorkerReplaced()
    {
        // Only a uwsgi socket: worker threads accept themselves, as behind nginx in production.
        using var process = RunningServer.Start("--socket", "127.0.0.1:0", "--harakiri", "2", "--wsgi-file", App());
        var bound = process.WaitForLine(l => l.StartsWith("uwsgi socket 0 bound to TCP address ", StringComparison.Ordinal));
        process.WaitForLine(l => l.StartsWith("spawned uWSGI worker", StringComparison.Ordinal));
        var uwsgi = new IPEndPoint(IPAddress.Loopback, int.Parse(bound.Split(' ')[7].Split(':')[1]));
        using var nginx = Nginx.Start(uwsgi);
        using var client = Clients.Create(nginx.BaseAddress);
        var stuck = await client.GetAsync("/spin");
        Assert.Equal(HttpStatusCode.BadGateway, stuck.StatusCode);
        AssertHarakiriLogged(process, "GET /spin");
        Assert.Equal("served", await client.GetStringAsync("/after"));
    }

    private static void AssertHarakiriLogged(RunningServer process, string request)
    {
        process.WaitForLine(l => l.Contains(" - *** HARAKIRI ON WORKER 1 (pid: ", StringComparison.Ordinal) && l.EndsWith(", try: 1) ***", StringComparison.Ordinal));
        var status = process.WaitForLine(l => l.Contains(" - HARAKIRI [core 0] ", StringComparison.Ordinal));
        Assert.Matches($@" - HARAKIRI \[core 0\] 127\.0\.0\.1 - {request} since \d{{10}}$", status);
        process.WaitForLine(l => l.StartsWith("DAMN ! worker 1 (pid: ", StringComparison.Ordinal));
        process.WaitForLine(l => l.StartsWith("Respawned uWSGI worker 1 (new pid: ", StringComparison.Ordinal));
        process.WaitForLine(l => l == "spin: the loop was stopped");
        Assert.DoesNotContain("spin: caught by except Exception", process.Lines);
    }
}
