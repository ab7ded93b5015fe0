using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using IronUwsgi.Integration.Tests.Support;

namespace IronUwsgi.Integration.Tests;

/// <summary>The built ironuwsgi running Python apps in its own engine, over --http-socket and behind nginx.</summary>
public sealed class WsgiAppTests : IDisposable
{
    private const string RoutesApp = """
        state = []

        def long_body():
            for i in range(100000):
                yield b"x" * 65536

        def application(environ, start_response):
            path = environ["PATH_INFO"]
            if path == "/raise":
                raise ValueError("integration failure")
            if path == "/gen":
                start_response("200 OK", [("Content-Type", "text/plain")])
                return (("part%d\n" % i).encode() for i in range(5))
            if path == "/echo":
                # Read everything before answering: nginx sends the whole body before it reads a response.
                chunks = list(iter(lambda: environ["wsgi.input"].read(65536), b""))
                start_response("200 OK", [("Content-Type", "application/octet-stream"), ("Content-Length", str(sum(map(len, chunks))))])
                return chunks
            if path == "/hold":
                state.append(path)
                write = start_response("200 OK", [("Content-Type", "text/plain")])
                write(b"holding\n")
                body = environ["wsgi.input"].read()
                return [("held %d bytes" % len(body)).encode()]
            if path == "/long":
                start_response("200 OK", [("Content-Type", "application/octet-stream")])
                return long_body()
            if path == "/state":
                start_response("200 OK", [("Content-Type", "text/plain")])
                return [str(len(state)).encode()]
            start_response("200 OK", [("Content-Type", "text/plain")])
            return [b"Hello World"]
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("ironuwsgi-wsgi-").FullName;
    private readonly PythonServer _server;
    private readonly Nginx _nginx;
    private readonly HttpClient _direct;
    private readonly HttpClient _proxied;

    public WsgiAppTests()
    {
        var app = Path.Combine(_folder, "routes.py");
        File.WriteAllText(app, RoutesApp);
        _server = PythonServer.Start(app, "-p", "2");
        _nginx = Nginx.Start(_server.Uwsgi);
        _direct = Clients.Create(new Uri($"http://127.0.0.1:{_server.Http.Port}/"));
        _proxied = Clients.Create(_nginx.BaseAddress);
    }

    public void Dispose()
    {
        _direct.Dispose();
        _proxied.Dispose();
        _nginx.Dispose();
        _server.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task HelloWorldOverHttpSocketAndThroughNginx()
    {
        Assert.Equal("Hello World", await _direct.GetStringAsync("/"));
        Assert.Equal("Hello World", await _proxied.GetStringAsync("/"));
    }

    [Fact]
    public async Task AppThatRaisesGets500AndTheNextRequestWorks()
    {
        foreach (var client in new[] { _direct, _proxied })
        {
            var failed = await client.GetAsync("raise");
            Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
            Assert.Equal("Hello World", await client.GetStringAsync("/"));
        }
        _server.Process.WaitForLine(l => l == "ValueError: integration failure");
        _server.Process.WaitForLine(l => l.StartsWith("  File \"", StringComparison.Ordinal) && l.EndsWith("routes.py\", line 10, in application", StringComparison.Ordinal));
    }

    [Fact]
    public async Task GeneratorAppStreamsItsChunks()
    {
        const string expected = "part0\npart1\npart2\npart3\npart4\n";
        Assert.Equal(expected, await _direct.GetStringAsync("gen"));
        Assert.Equal(expected, await _proxied.GetStringAsync("gen"));
    }

    [Fact]
    public async Task FiveMegabyteUploadIsEchoedThroughWsgiInput()
    {
        var data = new byte[5 << 20];
        new Random(11).NextBytes(data);
        foreach (var client in new[] { _direct, _proxied })
        {
            using var response = await client.PostAsync("echo", new ByteArrayContent(data));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(SHA256.HashData(data), SHA256.HashData(await response.Content.ReadAsByteArrayAsync()));
        }
    }

    [Fact]
    public async Task ClientThatDisconnectsMidResponseIsLoggedAndTheServerGoesOn()
    {
        using (var gone = new TcpClient())
        {
            await gone.ConnectAsync(_server.Http);
            var stream = gone.GetStream();
            await stream.WriteAsync("GET /long HTTP/1.1\r\nHost: x\r\n\r\n"u8.ToArray());
            var first = new byte[65536];
            Assert.True(await stream.ReadAsync(first) > 0);
            gone.Client.LingerState = new LingerOption(true, 0);
        }
        _server.Process.WaitForLine(l => l.StartsWith("uwsgi_response_write_body_do(): ", StringComparison.Ordinal) && l.Contains("GET /long"));
        Assert.Equal("Hello World", await _direct.GetStringAsync("/"));
        Assert.Equal("Hello World", await _proxied.GetStringAsync("/"));
    }

    [Fact]
    public async Task TwoWorkersRunTwoEnginesWithSeparateModuleState()
    {
        var ready = _server.Process.Lines.Where(l => l.StartsWith("WSGI app 0 (mountpoint='') ready in ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, ready.Count);
        Assert.NotEqual(ready[0].Split(' ')[10], ready[1].Split(' ')[10]);

        // Worker A's only thread blocks inside /hold (its module state changed); /state can then only run on worker B.
        using var held = new TcpClient();
        await held.ConnectAsync(_server.Http);
        var stream = held.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes("POST /hold HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nConnection: close\r\n\r\nab"));
        var reader = new StreamReader(stream, Encoding.ASCII);
        Assert.Equal("HTTP/1.1 200 OK", await reader.ReadLineAsync());
        Assert.Equal("0", await _direct.GetStringAsync("state"));
        await stream.WriteAsync("cd"u8.ToArray());
        Assert.Contains("held 4 bytes", await reader.ReadToEndAsync());
    }
}
