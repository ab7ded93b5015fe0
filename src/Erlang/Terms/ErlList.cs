namespace IronUwsgi.Erlang.Terms;

/// <summary>
/// An Erlang list: its elements and a tail, the empty list for proper lists. <c>[1 | [2]]</c> is
/// stored as <c>[1, 2]</c>, so equal lists have equal elements and tails.
/// </summary>
public sealed class ErlList : ErlTerm
{
    /// <summary>The empty list <c>[]</c>.</summary>
    public static readonly ErlList Nil = new();

    private readonly ErlTerm[] _items;
    private readonly ErlTerm? _tail;
    private readonly int _hash;

    public ErlList(params ReadOnlySpan<ErlTerm> items)
        : this(items.ToArray(), null)
    {
    }

    public ErlList(IEnumerable<ErlTerm> items, ErlTerm? tail = null)
        : this(items.ToArray(), tail)
    {
    }

    /// <summary>Takes ownership of <paramref name="items"/>; a null or empty-list tail makes a proper list.</summary>
    internal ErlList(ErlTerm[] items, ErlTerm? tail)
    {
        if (tail is ErlList list)
        {
            if (list._items.Length > 0)
                items = [.. items, .. list._items];
            tail = list._tail;
        }
        if (items.Length == 0 && tail is not null)
            throw new ArgumentException("a list without elements cannot have a tail other than []", nameof(tail));
        _items = items;
        _tail = tail;
        var hash = new HashCode();
        hash.Add(items.Length);
        foreach (var item in items)
        {
            ArgumentNullException.ThrowIfNull(item, nameof(items));
            hash.Add(item.GetHashCode());
        }
        hash.Add(tail?.GetHashCode() ?? 0);
        _hash = hash.ToHashCode();
    }

    private ErlList()
    {
        _items = [];
        _hash = 0x4E11;
    }

    /// <summary>A proper list of the characters' Unicode code points, as Erlang writes <c>"text"</c>.</summary>
    public static ErlList FromString(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var items = new List<ErlTerm>(text.Length);
        foreach (var rune in text.EnumerateRunes())
            items.Add(ErlInteger.Of(rune.Value));
        return items.Count == 0 ? Nil : new ErlList(items.ToArray(), null);
    }

    /// <summary>The elements before the tail.</summary>
    public ReadOnlySpan<ErlTerm> Items => _items;

    public int Count => _items.Length;

    public ErlTerm this[int index] => _items[index];

    /// <summary>The tail: <see cref="Nil"/> for proper lists, any other non-list term for improper ones.</summary>
    public ErlTerm Tail => _tail ?? Nil;

    public bool IsProper => _tail is null;

    public bool IsEmpty => _items.Length == 0;

    internal override TermRank Rank => _items.Length == 0 ? TermRank.Nil : TermRank.List;

    /// <summary>The text when this is a proper list of Unicode code points (a string in Erlang's sense).</summary>
    public bool TryGetString(out string text)
    {
        text = "";
        if (_tail is not null)
            return false;
        var builder = new System.Text.StringBuilder(_items.Length);
        foreach (var item in _items)
        {
            if (item is not ErlInteger { IsLong: true } code || code.LongValue is < 0 or > 0x10FFFF || !System.Text.Rune.IsValid((int)code.LongValue))
                return false;
            builder.Append(new System.Text.Rune((int)code.LongValue).ToString());
        }
        text = builder.ToString();
        return true;
    }

    public override int GetHashCode() => _hash;
}
