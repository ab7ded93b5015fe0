namespace IronUwsgi.Erlang.Terms;

/// <summary>
/// An immutable Erlang term. Equality is Erlang's exact equality (<c>=:=</c>), ordering is
/// Erlang's term order, and <see cref="ToString"/> prints Erlang syntax that <see cref="Parse"/> reads back.
/// </summary>
public abstract class ErlTerm : IEquatable<ErlTerm>, IComparable<ErlTerm>
{
    private protected ErlTerm()
    {
    }

    /// <summary>The term's class in Erlang's term order (number &lt; atom &lt; ... &lt; bitstring).</summary>
    internal abstract TermRank Rank { get; }

    public bool Equals(ErlTerm? other) =>
        other is not null && (ReferenceEquals(this, other) || TermComparer.Compare(this, other, equalityOnly: true) == 0);

    public sealed override bool Equals(object? obj) => obj is ErlTerm other && Equals(other);

    public abstract override int GetHashCode();

    /// <summary>Erlang's term order, with an integer ordered before an equal float so the order is total for <c>=:=</c>.</summary>
    public int CompareTo(ErlTerm? other) => other is null ? 1 : TermComparer.Compare(this, other, equalityOnly: false);

    public sealed override string ToString() => TermPrinter.Print(this);

    /// <summary>Parses Erlang term text such as <c>{ok, [1,"ab"], #{a => &lt;&lt;1,2&gt;&gt;}}</c>; errors are <see cref="FormatException"/>s naming the position.</summary>
    public static ErlTerm Parse(string text) => TermParser.Parse(text);

    public static bool operator ==(ErlTerm? left, ErlTerm? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(ErlTerm? left, ErlTerm? right) => !(left == right);
}
