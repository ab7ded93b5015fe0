using System.Net;
using System.Security.Cryptography;
using IronUwsgi.Integration.Tests.Support;
using IronUwsgi.Server.Tests.Support;

namespace IronUwsgi.Integration.Tests;

/// <summary>A real nginx with uwsgi_pass and the stock uwsgi_params in front of the in-process server.</summary>
public sealed class NginxTests : IAsyncLifetime
{
    private TestServer _server = null!;
    private Nginx _nginx = null!;
    private HttpClient _client = null!;

    public Task InitializeAsync()
    {
        _server = TestServer.Start(AppHandlers.Router(), s => s with { Processes = 2, Threads = 2 });
        _nginx = Nginx.Start(_server.Uwsgi);
        _client = Clients.Create(_nginx.BaseAddress);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        _nginx.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task HelloWorldThroughNginx()
    {
        var response = await _client.GetAsync("hello");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello World", await response.Content.ReadAsStringAsync());
        Assert.NotNull(_server.Log.WaitFor(l => l.Contains("GET /hello => generated 11 bytes") && l.Contains("(HTTP/1.1 200) 2 headers")));
    }

    [Fact]
    public async Task NginxUwsgiParamsArriveAsCgiVariables()
    {
        var body = "\n" + await _client.GetStringAsync("env?x=%20y");
        Assert.Contains("\nREQUEST_METHOD=GET\n", body);
        Assert.Contains("\nQUERY_STRING=x=%20y\n", body);
        Assert.Contains("\nREQUEST_URI=/env?x=%20y\n", body);
        Assert.Contains("\nPATH_INFO=/env\n", body);
        Assert.Contains("\nSERVER_PROTOCOL=HTTP/1.1\n", body);
        Assert.Contains("\nREMOTE_ADDR=127.0.0.1\n", body);
        Assert.Contains($"\nSERVER_PORT={_nginx.Port}\n", body);
        Assert.Contains("\nHTTP_HOST=127.0.0.1\n", body);
    }

    [Fact]
    public async Task TwoHundredConcurrentConnections()
    {
        var requests = Enumerable.Range(0, 200).Select(async i =>
        {
            var response = await _client.GetAsync($"env?n={i}");
            return (response.StatusCode, Body: "\n" + await response.Content.ReadAsStringAsync(), i);
        });
        var results = await Task.WhenAll(requests);
        Assert.All(results, r =>
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Contains($"\nQUERY_STRING=n={r.i}\n", r.Body);
        });
        Assert.Equal("Hello World", await _client.GetStringAsync("hello"));
    }

    [Fact]
    public async Task FiveMegabyteUploadArrivesWhole()
    {
        var data = RandomNumberGenerator.GetBytes(5 << 20);
        var response = await _client.PostAsync("upload", new ByteArrayContent(data));
        Assert.Equal($"{data.Length} {Convert.ToHexString(SHA256.HashData(data))}", await response.Content.ReadAsStringAsync());
        Assert.Equal("Hello World", await _client.GetStringAsync("hello"));
    }

    [Fact]
    public async Task AppExceptionGives500AndServingContinues()
    {
        var response = await _client.GetAsync("raise");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Internal Server Error", await response.Content.ReadAsStringAsync());
        Assert.NotNull(_server.Log.WaitFor("System.InvalidOperationException: the app raised on purpose"));
        Assert.Equal("Hello World", await _client.GetStringAsync("hello"));
    }

    [Fact]
    public async Task HttpSentToTheUwsgiSocketDoesNotStopNginxTraffic()
    {
        Assert.Empty(RawClient.Exchange(_server.Uwsgi, "GET / HTTP/1.1\r\n\r\n"u8.ToArray()));
        Assert.NotNull(_server.Log.WaitFor("invalid request block size: 21573 (max 4096)...skip"));
        Assert.Equal("Hello World", await _client.GetStringAsync("hello"));
    }
}
