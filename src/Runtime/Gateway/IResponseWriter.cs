namespace IronUwsgi.Runtime.Gateway;

/// <summary>
/// The response side of one request: <c>start_response</c> and the body chunks. The server picks
/// the framing (Content-Length, chunked or close) and sends the headers with the first body bytes.
/// </summary>
public interface IResponseWriter
{
    /// <summary>True once the status line and headers went to the client; they can no longer change.</summary>
    bool HeadersSent { get; }

    /// <summary>
    /// Sets (or, before the headers are sent, replaces) the status such as <c>200 OK</c> and the
    /// headers. Throws <see cref="InvalidOperationException"/> when the headers were already sent.
    /// </summary>
    void Start(string status, IReadOnlyList<KeyValuePair<string, string>> headers);

    /// <summary>
    /// Sends one body chunk now (with the headers first if they are still pending), as PEP 3333
    /// asks. Throws <see cref="ClientDisconnectedException"/> when the client went away.
    /// </summary>
    void Write(ReadOnlySpan<byte> chunk);
}
