using System.Net;
using System.Security.Cryptography;
using IronUwsgi.Integration.Tests.Support;
using IronUwsgi.Server.Tests.Support;

namespace IronUwsgi.Integration.Tests;

/// <summary>HttpClient straight to the HTTP socket, as a browser or curl would talk to it.</summary>
public sealed class HttpSocketClientTests : IAsyncLifetime
{
    private readonly AppHandlers.UploadProbe _probe = new();
    private TestServer _server = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _server = TestServer.Start(AppHandlers.Router(_probe), s => s with { Processes = 2, Threads = 2 });
        _client = Clients.Create(new Uri($"http://127.0.0.1:{_server.Http.Port}/"));
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task TwoHundredConcurrentConnections()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
        {
            var response = await _client.GetAsync($"env?n={i}");
            return (response.StatusCode, Body: "\n" + await response.Content.ReadAsStringAsync(), i);
        }));
        Assert.All(results, r =>
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Contains($"\nQUERY_STRING=n={r.i}\n", r.Body);
        });
        Assert.Equal("Hello World", await _client.GetStringAsync("hello"));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task FiveMegabyteUploadIsStreamedToTheHandler(bool chunked)
    {
        var data = RandomNumberGenerator.GetBytes(5 << 20);
        var content = new GatedContent(data, _probe.FirstMegabyteRead, chunked);
        var response = await _client.PostAsync("upload", content);
        Assert.True(content.GateOpened, "the handler read the first megabyte before the client sent the rest");
        Assert.Equal($"{data.Length} {Convert.ToHexString(SHA256.HashData(data))}", await response.Content.ReadAsStringAsync());
        Assert.Equal("Hello World", await _client.GetStringAsync("hello"));
    }

    [Fact]
    public async Task AppExceptionGives500AndServingContinues()
    {
        var response = await _client.GetAsync("raise");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.NotNull(_server.Log.WaitFor("System.InvalidOperationException: the app raised on purpose"));
        Assert.Equal("Hello World", await _client.GetStringAsync("hello"));
    }

    [Fact]
    public async Task ClientDisconnectingMidResponseIsLoggedAndServingContinues()
    {
        using (var response = await _client.GetAsync("endless", HttpCompletionOption.ResponseHeadersRead))
        {
            await using var body = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[1 << 20];
            int total = 0;
            while (total < buffer.Length)
                total += await body.ReadAsync(buffer.AsMemory(total));
            Assert.All(buffer, b => Assert.Equal((byte)'x', b));
        }
        Assert.NotNull(_server.Log.WaitFor(l => l.StartsWith("uwsgi_response_write_body_do(): ", StringComparison.Ordinal) && l.EndsWith("during GET /endless (127.0.0.1)", StringComparison.Ordinal)));
        Assert.Equal("Hello World", await _client.GetStringAsync("hello"));
    }

    [Fact]
    public async Task KeepAliveReusesConnections()
    {
        for (int i = 0; i < 5; i++)
            Assert.Equal("Hello World", await _client.GetStringAsync("hello"));
        var ports = new HashSet<string>();
        for (int i = 0; i < 3; i++)
        {
            var env = await _client.GetStringAsync("env");
            ports.Add(env.Split('\n').Single(l => l.StartsWith("REMOTE_PORT=", StringComparison.Ordinal)));
        }
        Assert.Single(ports);
    }
}
