namespace IronUwsgi.Erlang.Terms;

/// <summary>A local fun (closure) as NEW_FUN_EXT carries it: its code identity, creator pid and free variables.</summary>
public sealed class ErlFun : ErlTerm
{
    public const int UniqLength = 16;

    private readonly byte[] _uniq;
    private readonly ErlTerm[] _freeVars;
    private readonly int _hash;

    public ErlFun(ErlAtom module, int arity, ReadOnlySpan<byte> uniq, uint index, long oldIndex, long oldUniq, ErlPid pid, params ReadOnlySpan<ErlTerm> freeVars)
        : this(module, arity, uniq.ToArray(), index, oldIndex, oldUniq, pid, freeVars.ToArray())
    {
    }

    internal ErlFun(ErlAtom module, int arity, byte[] uniq, uint index, long oldIndex, long oldUniq, ErlPid pid, ErlTerm[] freeVars)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(pid);
        if (arity is < 0 or > 255)
            throw new ArgumentOutOfRangeException(nameof(arity), arity, "a fun's arity is 0..255");
        if (uniq.Length != UniqLength)
            throw new ArgumentException($"a fun's Uniq is {UniqLength} bytes (an MD5), got {uniq.Length}", nameof(uniq));
        Module = module;
        Arity = arity;
        _uniq = uniq;
        Index = index;
        OldIndex = oldIndex;
        OldUniq = oldUniq;
        Pid = pid;
        _freeVars = freeVars;
        var hash = new HashCode();
        hash.Add(module);
        hash.Add(index);
        hash.AddBytes(uniq);
        foreach (var freeVar in freeVars)
        {
            ArgumentNullException.ThrowIfNull(freeVar, nameof(freeVars));
            hash.Add(freeVar.GetHashCode());
        }
        _hash = hash.ToHashCode();
    }

    public ErlAtom Module { get; }

    public int Arity { get; }

    /// <summary>The MD5 of the module's code that identifies the fun's code version.</summary>
    public ReadOnlySpan<byte> Uniq => _uniq;

    public uint Index { get; }

    public long OldIndex { get; }

    public long OldUniq { get; }

    /// <summary>The process that created the fun.</summary>
    public ErlPid Pid { get; }

    public ReadOnlySpan<ErlTerm> FreeVars => _freeVars;

    internal override TermRank Rank => TermRank.Fun;

    public override int GetHashCode() => _hash;
}
