namespace IronUwsgi.Server.Hosting;

/// <summary>The server could not start (a socket could not be bound...); the message is the one line logged.</summary>
internal sealed class StartupException(string message, Exception? inner = null) : Exception(message, inner);
