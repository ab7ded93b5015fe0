namespace IronUwsgi.Erlang.Handshake;

/// <summary>A distribution handshake failed; the message names the peer and the cause (wrong cookie, refused, malformed).</summary>
public sealed class HandshakeException : Exception
{
    public HandshakeException(string message)
        : base(message)
    {
    }

    public HandshakeException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
