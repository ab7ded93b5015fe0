namespace IronUwsgi.Erlang.Nodes;

/// <summary>A remote node could not be reached: not registered in EPMD, refused the handshake, or wrong cookie.</summary>
public sealed class ErlangConnectionException : Exception
{
    public ErlangConnectionException(string node, string message, Exception? inner = null)
        : base(message, inner)
    {
        Node = node;
    }

    /// <summary>The node that could not be reached.</summary>
    public string Node { get; }
}
