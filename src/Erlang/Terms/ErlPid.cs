namespace IronUwsgi.Erlang.Terms;

/// <summary>An Erlang process identifier: the node it lives on, its id and serial, and the node's creation.</summary>
public sealed class ErlPid : ErlTerm
{
    public ErlPid(ErlAtom node, uint id, uint serial, uint creation)
    {
        ArgumentNullException.ThrowIfNull(node);
        Node = node;
        Id = id;
        Serial = serial;
        Creation = creation;
    }

    private int _hash;

    public ErlAtom Node { get; }

    public uint Id { get; }

    public uint Serial { get; }

    public uint Creation { get; }

    internal override TermRank Rank => TermRank.Pid;

    public override int GetHashCode()
    {
        if (_hash == 0)
        {
            int hash = HashCode.Combine(Node, Id, Serial, Creation);
            _hash = hash == 0 ? 1 : hash;
        }
        return _hash;
    }
}
