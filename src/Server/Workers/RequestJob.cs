using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading.Tasks.Sources;
using IronUwsgi.Server.Connections;

namespace IronUwsgi.Server.Workers;

/// <summary>
/// A request waiting for (or being served by) a worker thread, and the awaitable its connection
/// waits on. One per connection, reused for each request; completes exactly once per request,
/// either by the worker or by harakiri.
/// </summary>
internal sealed class RequestJob(ServerRequest request, ResponseWriter response) : IValueTaskSource<bool>
{
    private Socket _socket = null!;
    // The connection continues on the worker thread that completes the job: no extra thread hop per request.
    private ManualResetValueTaskSourceCore<bool> _completion = new() { RunContinuationsAsynchronously = false };
    private int _completed;
    private string? _remoteAddress;

    public ServerRequest Request => request;
    public ResponseWriter Response => response;

    /// <summary>The peer's address, for log lines about the connection; only looked up when a line needs it.</summary>
    public string RemoteAddress => _remoteAddress ??= PeerAddress();

    /// <summary>When the request was handed over (Stopwatch ticks), for the request log.</summary>
    public long Started { get; private set; }

    /// <summary>Set by harakiri: a thread may still use this job's buffers, so they must not be reused.</summary>
    public bool Abandoned { get; private set; }

    /// <summary>Serves requests of <paramref name="socket"/> from now on; called before the first request (a worker thread's session reuses one job).</summary>
    public void Attach(Socket socket)
    {
        _socket = socket;
        _remoteAddress = null;
    }

    /// <summary>Arms the job for one request; the connection awaits the result (true = keep the connection).</summary>
    public ValueTask<bool> Arm()
    {
        _completion.Reset();
        _completed = 0;
        Started = Stopwatch.GetTimestamp();
        return new ValueTask<bool>(this, _completion.Version);
    }

    public bool TryComplete(bool keepAlive)
    {
        if (Interlocked.Exchange(ref _completed, 1) != 0)
            return false;
        _completion.SetResult(keepAlive);
        return true;
    }

    /// <summary>Gives the request up (harakiri): cancels it, closes its socket so blocked I/O fails, releases the connection.</summary>
    public void Abandon()
    {
        Abandoned = true;
        request.Abort();
        _socket.Close();
        TryComplete(keepAlive: false);
    }

    private string PeerAddress()
    {
        try
        {
            return _socket.RemoteEndPoint is IPEndPoint ip ? (ip.Address.IsIPv4MappedToIPv6 ? ip.Address.MapToIPv4() : ip.Address).ToString() : "";
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            return "";
        }
    }

    public bool GetResult(short token) => _completion.GetResult(token);

    public ValueTaskSourceStatus GetStatus(short token) => _completion.GetStatus(token);

    public void OnCompleted(Action<object?> continuation, object? state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _completion.OnCompleted(continuation, state, token, flags);
}
