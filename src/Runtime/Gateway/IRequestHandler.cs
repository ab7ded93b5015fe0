namespace IronUwsgi.Runtime.Gateway;

/// <summary>
/// Serves requests for one worker. The server calls <see cref="Handle"/> on that worker's threads
/// (several at once with <c>--threads</c>), never from another worker, and disposes the handler
/// when the worker is recycled or replaced.
/// </summary>
public interface IRequestHandler : IDisposable
{
    /// <summary>
    /// Serves one request synchronously. An exception that escapes is logged by the server and
    /// answered with a 500 when no header was sent yet; otherwise the connection is closed.
    /// </summary>
    void Handle(IGatewayRequest request, IResponseWriter response);

    /// <summary>
    /// Runs the app's own end-of-program code (Python's atexit handlers) when the worker ends gracefully,
    /// before <see cref="IDisposable.Dispose"/>; not called after harakiri or with <c>--skip-atexit</c>.
    /// </summary>
    void Shutdown()
    {
    }
}
