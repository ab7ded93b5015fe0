using System.Diagnostics.CodeAnalysis;

namespace IronUwsgi.Erlang.Terms;

/// <summary>
/// An Erlang map. Entries keep their insertion order (the order they are encoded in); equality
/// ignores order. Keys are unique under exact equality (<c>1</c> and <c>1.0</c> are distinct keys).
/// </summary>
public sealed class ErlMap : ErlTerm
{
    public static readonly ErlMap Empty = new(Array.Empty<KeyValuePair<ErlTerm, ErlTerm>>());

    private readonly KeyValuePair<ErlTerm, ErlTerm>[] _entries;

    // Entries in key order, built at construction from already-built keys, so comparing two
    // maps never has to sort (and never recurses into nested maps).
    private readonly KeyValuePair<ErlTerm, ErlTerm>[] _sorted;
    private readonly int _hash;

    public ErlMap(IEnumerable<KeyValuePair<ErlTerm, ErlTerm>> entries)
        : this(entries.ToArray())
    {
    }

    public ErlMap(params ReadOnlySpan<(ErlTerm Key, ErlTerm Value)> entries)
        : this(ToPairs(entries))
    {
    }

    /// <summary>Takes ownership of <paramref name="entries"/>; a duplicate key is an <see cref="ArgumentException"/>.</summary>
    internal ErlMap(KeyValuePair<ErlTerm, ErlTerm>[] entries)
    {
        int hash = 0;
        foreach (var (key, value) in entries)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(entries));
            ArgumentNullException.ThrowIfNull(value, nameof(entries));
            // A sum is independent of the entries' order, as map equality is.
            hash += HashCode.Combine(key.GetHashCode(), value.GetHashCode());
        }
        _entries = entries;
        _sorted = (KeyValuePair<ErlTerm, ErlTerm>[])entries.Clone();
        Array.Sort(_sorted, static (a, b) => TermComparer.Compare(a.Key, b.Key, equalityOnly: false));
        for (int i = 1; i < _sorted.Length; i++)
        {
            if (TermComparer.Compare(_sorted[i - 1].Key, _sorted[i].Key, equalityOnly: false) == 0)
                throw new ArgumentException($"duplicate map key {_sorted[i].Key}", nameof(entries));
        }
        _hash = HashCode.Combine(entries.Length, hash);
    }

    public int Count => _entries.Length;

    /// <summary>The entries in insertion order.</summary>
    public ReadOnlySpan<KeyValuePair<ErlTerm, ErlTerm>> Entries => _entries;

    /// <summary>The entries in Erlang's key order.</summary>
    internal ReadOnlySpan<KeyValuePair<ErlTerm, ErlTerm>> SortedEntries => _sorted;

    public ErlTerm this[ErlTerm key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"no key {key} in the map");

    public bool TryGetValue(ErlTerm key, [MaybeNullWhen(false)] out ErlTerm value)
    {
        ArgumentNullException.ThrowIfNull(key);
        int low = 0, high = _sorted.Length - 1;
        while (low <= high)
        {
            int middle = low + ((high - low) >> 1);
            int order = TermComparer.Compare(_sorted[middle].Key, key, equalityOnly: false);
            if (order == 0)
            {
                value = _sorted[middle].Value;
                return true;
            }
            if (order < 0)
                low = middle + 1;
            else
                high = middle - 1;
        }
        value = null;
        return false;
    }

    internal override TermRank Rank => TermRank.Map;

    public override int GetHashCode() => _hash;

    private static KeyValuePair<ErlTerm, ErlTerm>[] ToPairs(ReadOnlySpan<(ErlTerm Key, ErlTerm Value)> entries)
    {
        var pairs = new KeyValuePair<ErlTerm, ErlTerm>[entries.Length];
        for (int i = 0; i < entries.Length; i++)
            pairs[i] = new(entries[i].Key, entries[i].Value);
        return pairs;
    }
}
