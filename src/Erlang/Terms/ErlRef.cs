namespace IronUwsgi.Erlang.Terms;

/// <summary>An Erlang reference: node, the node's creation and 1 to 5 opaque 32-bit words.</summary>
public sealed class ErlRef : ErlTerm
{
    public const int MaxIds = 5;

    private readonly uint[] _ids;
    private readonly int _hash;

    public ErlRef(ErlAtom node, uint creation, ReadOnlySpan<uint> ids)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (ids.Length is 0 or > MaxIds)
            throw new ArgumentException($"a reference has 1 to {MaxIds} id words, got {ids.Length}", nameof(ids));
        Node = node;
        Creation = creation;
        _ids = ids.ToArray();
        var hash = new HashCode();
        hash.Add(node);
        hash.Add(creation);
        foreach (uint id in _ids)
            hash.Add(id);
        _hash = hash.ToHashCode();
    }

    public ErlAtom Node { get; }

    public uint Creation { get; }

    public ReadOnlySpan<uint> Ids => _ids;

    internal override TermRank Rank => TermRank.Reference;

    public override int GetHashCode() => _hash;
}
