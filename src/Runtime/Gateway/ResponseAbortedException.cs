namespace IronUwsgi.Runtime.Gateway;

/// <summary>
/// Thrown by a handler that already logged why it gave up on a response whose headers were sent:
/// the server closes the connection so the client sees a truncated response, and logs nothing more.
/// </summary>
public sealed class ResponseAbortedException(string message) : Exception(message);
