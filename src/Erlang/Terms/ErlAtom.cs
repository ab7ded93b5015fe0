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

    private byte[]? _utf8;
    private int _hash;

    public ErlAtom(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        // Counting code points only matters when the UTF-16 length could exceed the limit.
        if (name.Length > MaxLength)
        {
            int characters = 0;
            foreach (var _ in name.EnumerateRunes())
                characters++;
            if (characters > MaxLength)
                throw new ArgumentException($"an atom has at most {MaxLength} characters, got {characters}", nameof(name));
        }
        Name = name;
    }

    public string Name { get; }

    /// <summary>The atom <c>true</c> or <c>false</c>.</summary>
    public static ErlAtom Of(bool value) => value ? True : False;

    internal override TermRank Rank => TermRank.Atom;

    /// <summary>The name's UTF-8 bytes, kept once computed because the same atoms are encoded again and again.</summary>
    internal ReadOnlySpan<byte> Utf8 => _utf8 ??= System.Text.Encoding.UTF8.GetBytes(Name);

    public override int GetHashCode()
    {
        if (_hash == 0)
        {
            int hash = Name.GetHashCode(StringComparison.Ordinal);
            _hash = hash == 0 ? 1 : hash;
        }
        return _hash;
    }
}
