namespace IronUwsgi.Erlang.Terms;

/// <summary>An Erlang tuple.</summary>
public sealed class ErlTuple : ErlTerm
{
    public static readonly ErlTuple Empty = new();

    private readonly ErlTerm[] _elements;
    private readonly int _hash;

    public ErlTuple(params ReadOnlySpan<ErlTerm> elements)
        : this(elements.ToArray())
    {
    }

    public ErlTuple(IEnumerable<ErlTerm> elements)
        : this(elements.ToArray())
    {
    }

    /// <summary>Takes ownership of <paramref name="elements"/>; callers must not change it afterwards.</summary>
    internal ErlTuple(ErlTerm[] elements)
    {
        _elements = elements;
        var hash = new HashCode();
        hash.Add(elements.Length);
        foreach (var element in elements)
        {
            ArgumentNullException.ThrowIfNull(element, nameof(elements));
            hash.Add(element.GetHashCode());
        }
        _hash = hash.ToHashCode();
    }

    public int Arity => _elements.Length;

    public ErlTerm this[int index] => _elements[index];

    public ReadOnlySpan<ErlTerm> Elements => _elements;

    internal override TermRank Rank => TermRank.Tuple;

    public override int GetHashCode() => _hash;
}
