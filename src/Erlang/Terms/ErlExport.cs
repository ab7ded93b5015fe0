namespace IronUwsgi.Erlang.Terms;

/// <summary>An external fun <c>fun Module:Function/Arity</c>.</summary>
public sealed class ErlExport : ErlTerm
{
    public ErlExport(ErlAtom module, ErlAtom function, int arity)
    {
        ArgumentNullException.ThrowIfNull(module);
        ArgumentNullException.ThrowIfNull(function);
        if (arity is < 0 or > 255)
            throw new ArgumentOutOfRangeException(nameof(arity), arity, "a fun's arity is 0..255");
        Module = module;
        Function = function;
        Arity = arity;
    }

    public ErlAtom Module { get; }

    public ErlAtom Function { get; }

    public int Arity { get; }

    internal override TermRank Rank => TermRank.Fun;

    public override int GetHashCode() => HashCode.Combine(Module, Function, Arity);
}
