namespace IronUwsgi.Runtime.Gateway;

/// <summary>The client closed the connection or stopped reading while the response or body was transferred.</summary>
public sealed class ClientDisconnectedException(string message, Exception? inner = null) : IOException(message, inner);
