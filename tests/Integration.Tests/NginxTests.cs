using System.Security.Cryptography;
using IronUwsgi.Integration.Tests.Support;
using IronUwsgi.Server.Tests.Support;

namespace IronUwsgi.Integration.Tests;

/// <summary>A real nginx with uwsgi_pass and the stock uwsgi_params in front of the in-process server.</summary>
public sealed class NginxTests : ServingTests
{
    private Nginx _nginx = null!;

    private protected override Uri Connect(TestServer server)
    {
        _nginx = Nginx.Start(server.Uwsgi);
        return _nginx.BaseAddress;
    }

    public override async Task DisposeAsync()
    {
        _nginx.Dispose();
        await base.DisposeAsync();
    }

    [Fact]
    public async Task NginxUwsgiParamsArriveAsCgiVariables()
    {
        var body = "\n" + await Client.GetStringAsync("env?x=%20y");
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
    public async Task FiveMegabyteUploadArrivesWhole()
    {
        var data = RandomNumberGenerator.GetBytes(5 << 20);
        var response = await Client.PostAsync("upload", new ByteArrayContent(data));
        Assert.Equal($"{data.Length} {Convert.ToHexString(SHA256.HashData(data))}", await response.Content.ReadAsStringAsync());
        Assert.Equal("Hello World", await Client.GetStringAsync("hello"));
    }

    [Fact]
    public async Task HttpSentToTheUwsgiSocketDoesNotStopNginxTraffic()
    {
        Assert.Empty(RawClient.Exchange(Server.Uwsgi, "GET / HTTP/1.1\r\n\r\n"u8.ToArray()));
        Assert.NotNull(Server.Log.WaitFor("invalid request block size: 21573 (max 4096)...skip"));
        Assert.Equal("Hello World", await Client.GetStringAsync("hello"));
    }
}
