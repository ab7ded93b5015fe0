using IronUwsgi.Integration.Tests.Support;

namespace IronUwsgi.Integration.Tests;

/// <summary><c>--max-requests</c>: the worker's engine is replaced by a new one that loads the app again.</summary>
public sealed class EngineRecyclingTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ironuwsgi-recycle-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task MaxRequestsStartsAFreshEngineWithFreshModuleState()
    {
        var app = Path.Combine(_folder, "counter.py");
        File.WriteAllText(app, """
            count = 0
            def application(environ, start_response):
                global count
                count += 1
                start_response("200 OK", [("Content-Type", "text/plain")])
                return [str(count).encode()]
            """);
        using var server = PythonServer.Start(app, "--max-requests", "2");
        using var client = Clients.Create(new Uri($"http://127.0.0.1:{server.Http.Port}/"));
        Assert.Equal("1", await client.GetStringAsync("/"));
        Assert.Equal("2", await client.GetStringAsync("/"));
        Assert.Equal("1", await client.GetStringAsync("/"));
        server.Process.WaitForLine(l => l.StartsWith("Respawned uWSGI worker 1 (new pid: ", StringComparison.Ordinal));
        Assert.Equal(2, server.Process.Lines.Count(l => l.StartsWith("WSGI app 0 (mountpoint='') ready in ", StringComparison.Ordinal)));
    }
}
