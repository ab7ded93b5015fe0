namespace IronUwsgi.Bridge.Messaging;

/// <summary>The Erlang node could not start; the message is the one line the server logs before it stops.</summary>
public sealed class ErlangStartupException(string message, Exception? inner = null) : Exception(message, inner);
