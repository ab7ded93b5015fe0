namespace IronUwsgi.Server.Tests.Support;

/// <summary>Stops a test server at the end of a synchronous test.</summary>
internal sealed class Disposer(TestServer server) : IDisposable
{
    public void Dispose() => server.DisposeAsync().AsTask().GetAwaiter().GetResult();
}
