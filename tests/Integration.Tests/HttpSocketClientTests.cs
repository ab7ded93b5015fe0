using System.Security.Cryptography;
using IronUwsgi.Integration.Tests.Support;
using IronUwsgi.Server.Tests.Support;

namespace IronUwsgi.Integration.Tests;

/// <summary>HttpClient straight to the HTTP socket, as a browser or curl would talk to it.</summary>
public sealed class HttpSocketClientTests : ServingTests
{
    private protected override Uri Connect(TestServer server) => new($"http://127.0.0.1:{server.Http.Port}/");

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task FiveMegabyteUploadIsStreamedToTheHandler(bool chunked)
    {
        var data = RandomNumberGenerator.GetBytes(5 << 20);
        var content = new GatedContent(data, Probe.FirstMegabyteRead, chunked);
        var response = await Client.PostAsync("upload", content);
        Assert.True(content.GateOpened, "the handler read the first megabyte before the client sent the rest");
        Assert.Equal($"{data.Length} {Convert.ToHexString(SHA256.HashData(data))}", await response.Content.ReadAsStringAsync());
        Assert.Equal("Hello World", await Client.GetStringAsync("hello"));
    }

    [Fact]
    public async Task ClientDisconnectingMidResponseIsLoggedAndServingContinues()
    {
        using (var response = await Client.GetAsync("endless", HttpCompletionOption.ResponseHeadersRead))
        {
            await using var body = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[1 << 20];
            int total = 0;
            while (total < buffer.Length)
                total += await body.ReadAsync(buffer.AsMemory(total));
            Assert.All(buffer, b => Assert.Equal((byte)'x', b));
        }
        Assert.NotNull(Server.Log.WaitFor(l => l.StartsWith("uwsgi_response_write_body_do(): ", StringComparison.Ordinal) && l.EndsWith("during GET /endless (127.0.0.1)", StringComparison.Ordinal)));
        Assert.Equal("Hello World", await Client.GetStringAsync("hello"));
    }

    [Fact]
    public async Task KeepAliveReusesConnections()
    {
        var ports = new HashSet<string>();
        for (int i = 0; i < 3; i++)
        {
            var env = await Client.GetStringAsync("env");
            ports.Add(env.Split('\n').Single(l => l.StartsWith("REMOTE_PORT=", StringComparison.Ordinal)));
        }
        Assert.Single(ports);
    }
}
