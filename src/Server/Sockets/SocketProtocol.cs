namespace IronUwsgi.Server.Sockets;

/// <summary>What a bound socket's connections speak.</summary>
internal enum SocketProtocol
{
    /// <summary>uwsgi packets, one request per connection (<c>--socket</c>).</summary>
    Uwsgi,

    /// <summary>HTTP/1.0 and 1.1 with keep-alive (<c>--http-socket</c>).</summary>
    Http,
}
