using System.Net;
using IronUwsgi.Integration.Tests.Support;
using IronUwsgi.Server.Tests.Support;

namespace IronUwsgi.Integration.Tests;

/// <summary>What must hold whichever way clients reach the server: through nginx or on the HTTP socket.</summary>
public abstract class ServingTests : IAsyncLifetime
{
    private protected AppHandlers.UploadProbe Probe { get; } = new();
    private protected TestServer Server { get; private set; } = null!;
    private protected HttpClient Client { get; private set; } = null!;

    public Task InitializeAsync()
    {
        Server = TestServer.Start(AppHandlers.Router(Probe), s => s with { Processes = 2, Threads = 2 });
        Client = Clients.Create(Connect(Server));
        return Task.CompletedTask;
    }

    public virtual async Task DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }

    /// <summary>Sets up the route to the server and returns the address clients use.</summary>
    private protected abstract Uri Connect(TestServer server);

    [Fact]
    public async Task HelloWorld()
    {
        var response = await Client.GetAsync("hello");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello World", await response.Content.ReadAsStringAsync());
        Assert.NotNull(Server.Log.WaitFor(l => l.Contains("GET /hello => generated 11 bytes") && l.Contains("(HTTP/1.1 200) 2 headers")));
    }

    [Fact]
    public async Task TwoHundredConcurrentConnections()
    {
        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
        {
            var response = await Client.GetAsync($"env?n={i}");
            return (response.StatusCode, Body: "\n" + await response.Content.ReadAsStringAsync(), i);
        }));
        Assert.All(results, r =>
        {
            Assert.Equal(HttpStatusCode.OK, r.StatusCode);
            Assert.Contains($"\nQUERY_STRING=n={r.i}\n", r.Body);
        });
        Assert.Equal("Hello World", await Client.GetStringAsync("hello"));
    }

    [Fact]
    public async Task AppExceptionGives500AndServingContinues()
    {
        var response = await Client.GetAsync("raise");
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Internal Server Error", await response.Content.ReadAsStringAsync());
        Assert.NotNull(Server.Log.WaitFor("System.InvalidOperationException: the app raised on purpose"));
        Assert.Equal("Hello World", await Client.GetStringAsync("hello"));
    }
}
