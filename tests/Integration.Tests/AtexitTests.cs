using IronUwsgi.Integration.Tests.Support;

namespace IronUwsgi.Integration.Tests;

/// <summary>A worker's engine runs the app's atexit handlers when the worker ends, as uWSGI does.</summary>
public sealed class AtexitTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ironuwsgi-atexit-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task HandlersRunAndOpenFilesAreFlushedWhenTheServerStopsGracefully()
    {
        using var server = PythonServer.Start(WriteApp(), "--threads", "2");
        using var client = Clients.Create(new Uri($"http://127.0.0.1:{server.Http.Port}/"));
        Assert.Equal("1", await client.GetStringAsync("/"));

        Assert.Equal(0, server.Process.Terminate());
        Assert.Equal("handler ran after 1 requests\n", File.ReadAllText(Path.Combine(_folder, "atexit.txt")));
        Assert.Equal("left open", File.ReadAllText(Path.Combine(_folder, "open.txt")));
    }

    [Fact]
    public async Task HandlersRunWhenMaxRequestsRecyclesTheWorker()
    {
        using var server = PythonServer.Start(WriteApp(), "--max-requests", "2");
        using var client = Clients.Create(new Uri($"http://127.0.0.1:{server.Http.Port}/"));
        Assert.Equal("1", await client.GetStringAsync("/"));
        Assert.Equal("2", await client.GetStringAsync("/"));
        server.Process.WaitForLine(l => l.StartsWith("Respawned uWSGI worker 1 (new pid: ", StringComparison.Ordinal));
        Assert.Equal("1", await client.GetStringAsync("/"));

        Assert.Equal(0, server.Process.Terminate());
        Assert.Equal("handler ran after 2 requests\nhandler ran after 1 requests\n", File.ReadAllText(Path.Combine(_folder, "atexit.txt")));
    }

    [Fact]
    public async Task SkipAtexitRunsNoHandlers()
    {
        using var server = PythonServer.Start(WriteApp(), "--skip-atexit");
        using var client = Clients.Create(new Uri($"http://127.0.0.1:{server.Http.Port}/"));
        Assert.Equal("1", await client.GetStringAsync("/"));

        Assert.Equal(0, server.Process.Terminate());
        Assert.False(File.Exists(Path.Combine(_folder, "atexit.txt")));
    }

    [Fact]
    public async Task AWorkerKilledByHarakiriRunsNoHandlers()
    {
        var app = Path.Combine(_folder, "spin.py");
        File.WriteAllText(app, $$"""
            import atexit
            paths = []

            def done():
                with open({{Quoted(Path.Combine(_folder, "atexit.txt"))}}, "a") as f:
                    f.write("handler ran after %s\n" % ",".join(paths))

            atexit.register(done)

            def application(environ, start_response):
                paths.append(environ["PATH_INFO"])
                while environ["PATH_INFO"] == "/spin":
                    pass
                start_response("200 OK", [("Content-Type", "text/plain")])
                return [b"served"]
            """);
        using var server = PythonServer.Start(app, "--harakiri", "1");
        using var client = Clients.Create(new Uri($"http://127.0.0.1:{server.Http.Port}/"));
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetStringAsync("/spin"));
        server.Process.WaitForLine(l => l.StartsWith("Respawned uWSGI worker 1 (new pid: ", StringComparison.Ordinal));
        Assert.Equal("served", await client.GetStringAsync("/after"));

        Assert.Equal(0, server.Process.Terminate());
        Assert.Equal("handler ran after /after\n", File.ReadAllText(Path.Combine(_folder, "atexit.txt")));
    }

    // The app counts its requests and registers a handler that appends the count to atexit.txt.
    private string WriteApp()
    {
        var app = Path.Combine(_folder, "app.py");
        File.WriteAllText(app, $$"""
            import atexit
            count = 0
            left_open = open({{Quoted(Path.Combine(_folder, "open.txt"))}}, "w")
            left_open.write("left open")

            def done():
                with open({{Quoted(Path.Combine(_folder, "atexit.txt"))}}, "a") as f:
                    f.write("handler ran after %d requests\n" % count)

            atexit.register(done)

            def application(environ, start_response):
                global count
                count += 1
                start_response("200 OK", [("Content-Type", "text/plain")])
                return [str(count).encode()]
            """);
        return app;
    }

    private static string Quoted(string path) => "'" + path.Replace("\\", "\\\\").Replace("'", "\\'") + "'";
}
