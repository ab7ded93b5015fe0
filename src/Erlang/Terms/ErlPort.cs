namespace IronUwsgi.Erlang.Terms;

/// <summary>An Erlang port identifier: node, id (64 bits since OTP 24) and the node's creation.</summary>
public sealed class ErlPort : ErlTerm
{
    public ErlPort(ErlAtom node, ulong id, uint creation)
    {
        ArgumentNullException.ThrowIfNull(node);
        Node = node;
        Id = id;
        Creation = creation;
    }

    private int _hash;

    public ErlAtom Node { get; }

    public ulong Id { get; }

    public uint Creation { get; }

    internal override TermRank Rank => TermRank.Port;

    public override int GetHashCode()
    {
        if (_hash == 0)
        {
            int hash = HashCode.Combine(Node, Id, Creation, 7);
            _hash = hash == 0 ? 1 : hash;
        }
        return _hash;
    }
}
