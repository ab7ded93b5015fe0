using IronUwsgi.Integration.Tests.Support;

namespace IronUwsgi.Integration.Tests;

/// <summary>The README's run command: the repository's pyapps/hello.py served by the built ironuwsgi.</summary>
public sealed class HelloAppTests
{
    [Fact]
    public async Task ServesPyappsHelloOverHttpSocketAndThroughNginx()
    {
        using var server = PythonServer.Start(RepositoryPaths.PyApp("hello.py"));
        server.Process.WaitForLine(l => l.StartsWith("WSGI app 0 (mountpoint='') ready in ", StringComparison.Ordinal) && l.EndsWith("(default app)", StringComparison.Ordinal));
        using var direct = Clients.Create(new Uri($"http://127.0.0.1:{server.Http.Port}/"));
        Assert.Equal("Hello World", await direct.GetStringAsync("/"));
        using var nginx = Nginx.Start(server.Uwsgi);
        using var proxied = Clients.Create(nginx.BaseAddress);
        Assert.Equal("Hello World", await proxied.GetStringAsync("/"));
        Assert.Equal(0, server.Process.Terminate());
    }
}
