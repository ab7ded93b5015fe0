namespace IronUwsgi.Erlang.Terms;

/// <summary>An Erlang atom: a name of at most 255 characters.</summary>
public sealed class ErlAtom : ErlTerm
{
    public const int MaxLength = 255;

    public static readonly ErlAtom True = new("true");
    public static readonly ErlAtom False = new("false");
    public static readonly ErlAtom Ok = new("ok");
    public static readonly ErlAtom Error = new("error");
    public static readonly ErlAtom Undefined = new("undefined");

    public ErlAtom(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        int characters = 0;
        foreach (var _ in name.EnumerateRunes())
            characters++;
        if (characters > MaxLength)
            throw new ArgumentException($"an atom has at most {MaxLength} characters, got {characters}", nameof(name));
        Name = name;
    }

    public string Name { get; }

    /// <summary>The atom <c>true</c> or <c>false</c>.</summary>
    public static ErlAtom Of(bool value) => value ? True : False;

    internal override TermRank Rank => TermRank.Atom;

    public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);
}
