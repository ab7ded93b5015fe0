using IronUwsgi.Runtime.Gateway;

namespace IronUwsgi.Server.Connections;

/// <summary>The request a connection hands to its worker; one instance per connection, reused across keep-alive requests.</summary>
internal sealed class ServerRequest(RequestBody body) : IGatewayRequest
{
    private CancellationTokenSource _aborted = new();

    public CgiVariables Variables { get; } = new();

    public Stream Body => body;

    public RequestBody RequestBody => body;

    public int Core { get; set; }

    public CancellationToken Aborted => _aborted.Token;

    public int AppId { get; set; } = -1;

    /// <summary>Cancels <see cref="Aborted"/> (harakiri); the request's connection is given up.</summary>
    public void Abort() => _aborted.Cancel();

    /// <summary>Readies the request object for the next request on the connection.</summary>
    public void Reset()
    {
        AppId = -1;
        if (!_aborted.TryReset())
        {
            _aborted.Dispose();
            _aborted = new CancellationTokenSource();
        }
    }
}
