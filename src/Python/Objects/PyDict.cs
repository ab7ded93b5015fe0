using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Objects;

/// <summary>
/// Python dict: an insertion-ordered open-addressing hash table (CPython's compact layout:
/// a sparse index array over dense entry arrays). Also the storage of module globals, class
/// namespaces and instance attributes, so string keys take a fast path without Ops calls.
/// </summary>
internal partial class PyDict : PyObject
{
    private const int Empty = -1;
    private const int Dummy = -2;

    private int[] indices;
    private long[] hashes;
    private object?[] keys;
    private object?[] values;
    private int used;   // entries written, including deleted ones
    private int count;

    // No live entry sits before this index: walks from the start skip the deleted entries that
    // first-in-first-out use (lru_cache eviction, next(iter(d)), popitem(last=False)) leaves there.
    private int firstLive;

    // Non-null while indices, hashes and keys are borrowed from the key table of a class (see PyDict.SharedKeys.cs).
    private SharedKeys? shared;

    // The last string key hashed here and its hash: .NET strings do not cache their hash as
    // CPython's do, and `d[k] = d.get(k, 0) + 1` would otherwise hash the same new string twice.
    private string? lastHashedKey;
    private long lastKeyHash;

    public PyDict()
        : this(Py.DictType, 8)
    {
    }

    public PyDict(int capacity)
        : this(Py.DictType, capacity)
    {
    }

    internal PyDict(PyType type, int capacity = 8)
        : base(type)
    {
        var size = 8;
        while (size * 2 < capacity * 3)
        {
            size <<= 1;
        }
        indices = NewIndices(size);
        var entries = size * 2 / 3;
        hashes = new long[entries];
        keys = new object?[entries];
        values = new object?[entries];
    }

    public int Count => count;


    public object this[object key]
    {
        get
        {
            if (TryGetValue(key, out var v))
            {
                return v;
            }
            throw Ops.KeyError(key);
        }
        set => Set(key, KeyHash(key), value);
    }

    public object this[string key]
    {
        get
        {
            if (TryGetValue(key, out var v))
            {
                return v;
            }
            throw Ops.KeyError(key);
        }
        set => Set(key, StringKeyHash(key), value);
    }

    internal static long StringHash(string s)
    {
        // CPython hashes the empty string (and b"") to 0 whatever the seed.
        long h = s.Length == 0 ? 0 : s.GetHashCode();
        return h == -1 ? -2 : h;
    }

    private long KeyHash(object key) => key is string s ? StringKeyHash(s) : Ops.Hash(key);

    private long StringKeyHash(string key)
    {
        if (!ReferenceEquals(key, lastHashedKey))
        {
            lastKeyHash = StringHash(key);
            lastHashedKey = key;
        }
        return lastKeyHash;
    }

    /// <summary>String-key lookup with a hash from <see cref="StringHash"/> computed once by the caller (MRO walks).</summary>
    internal bool TryGetValue(string key, long hash, out object value)
    {
        var i = FindString(key, hash);
        if (i >= 0)
        {
            value = values[i]!;
            return true;
        }
        value = null!;
        return false;
    }

    /// <summary>
    /// String-key lookup for inline caches: the entry at <paramref name="hint"/> is tried first and
    /// the hint is moved to where the key was found. Any entry holding the key is the answer, so a
    /// stale hint costs one comparison and never a wrong result.
    /// </summary>
    internal bool TryGetHinted(string key, long hash, ref int hint, out object value)
    {
        var h = hint;
        if ((uint)h < (uint)used && keys[h] is { } k && (ReferenceEquals(k, key) || (k is string s && string.Equals(s, key))))
        {
            value = values[h]!;
            return true;
        }
        var i = FindString(key, hash);
        if (i >= 0)
        {
            hint = i;
            value = values[i]!;
            return true;
        }
        value = null!;
        return false;
    }

    /// <summary>Stores a string key like <see cref="Set"/>, trying the entry at <paramref name="hint"/> first.</summary>
    internal void SetHinted(string key, long hash, ref int hint, object value)
    {
        var h = hint;
        if ((uint)h < (uint)used && keys[h] is { } k && (ReferenceEquals(k, key) || (k is string s && string.Equals(s, key))))
        {
            values[h] = value;
            return;
        }
        if (h == used && shared is { } table && h < table.Used && ReferenceEquals(table.Keys[h], key))
        {
            // A new instance being filled in its class's usual order (__init__): the next shared key.
            AppendShared(table, value);
            return;
        }
        hint = Set(key, hash, value);
    }

    public bool TryGetValue(string key, out object value)
    {
        var i = FindString(key, StringKeyHash(key));
        if (i >= 0)
        {
            value = values[i]!;
            return true;
        }
        value = null!;
        return false;
    }

    public bool TryGetValue(object key, out object value)
    {
        var i = key is string s ? FindString(s, StringKeyHash(s)) : Find(key, Ops.Hash(key));
        if (i >= 0)
        {
            value = values[i]!;
            return true;
        }
        value = null!;
        return false;
    }

    /// <summary>Lookup with a hash the caller already computed (sets, dict views).</summary>
    internal bool TryGetValue(object key, long hash, out object value)
    {
        var i = Find(key, hash);
        if (i >= 0)
        {
            value = values[i]!;
            return true;
        }
        value = null!;
        return false;
    }

    public bool ContainsKey(object key) => TryGetValue(key, out _);

    public bool Remove(object key) => Remove(key, out _);

    public bool Remove(object key, out object value)
    {
        var hash = KeyHash(key);
        Unshare();
        var slot = FindSlot(key, hash, out var entry);
        if (entry < 0)
        {
            value = null!;
            return false;
        }
        value = values[entry]!;
        indices[slot] = Dummy;
        keys[entry] = null;
        values[entry] = null;
        count--;
        return true;
    }

    public void Clear()
    {
        indices = NewIndices(8);
        hashes = new long[5];
        keys = new object?[5];
        values = new object?[5];
        used = 0;
        count = 0;
        firstLive = 0;
        shared = null;
    }

    /// <summary>Inserts or replaces; the key keeps its first insertion position. Returns the key's entry index.</summary>
    internal int Set(object key, long hash, object value)
    {
        var i = key is string s ? FindString(s, hash) : Find(key, hash);
        if (i >= 0)
        {
            values[i] = value;
            return i;
        }
        if (shared is not null)
        {
            if (TryAppendShared(key, hash, value))
            {
                return used - 1;
            }
            Unshare();
        }
        if (used == keys.Length)
        {
            Resize(count * 3 < keys.Length * 2 ? indices.Length : indices.Length * 2);
        }
        var e = used++;
        hashes[e] = hash;
        keys[e] = key;
        values[e] = value;
        count++;
        InsertIndex(hash, e);
        return e;
    }

    /// <summary>Returns the value for key, inserting <paramref name="value"/> first when absent.</summary>
    internal object SetDefault(object key, object value)
    {
        var hash = KeyHash(key);
        var i = Find(key, hash);
        if (i >= 0)
        {
            return values[i]!;
        }
        Set(key, hash, value);
        return value;
    }

    /// <summary>Walks entries in insertion order: start with pos = 0; skips deleted entries.</summary>
    internal bool TryGetEntry(ref int pos, out object key, out object value)
    {
        var fromStart = pos <= firstLive;
        if (fromStart)
        {
            pos = firstLive;
        }
        while (pos < used)
        {
            var k = keys[pos];
            var v = values[pos];
            pos++;
            if (k is not null)
            {
                if (fromStart)
                {
                    firstLive = pos - 1;
                }
                key = k;
                value = v!;
                return true;
            }
        }
        if (fromStart)
        {
            firstLive = used;
        }
        key = null!;
        value = null!;
        return false;
    }

    internal long HashAt(int pos) => hashes[pos];

    /// <summary>Removes and returns the last inserted pair (popitem); false when empty.</summary>
    internal bool TryPopLast(out object key, out object value)
    {
        for (var e = used - 1; e >= 0; e--)
        {
            if (keys[e] is { } k)
            {
                key = k;
                value = values[e]!;
                Remove(k);
                used = e;
                return true;
            }
        }
        key = null!;
        value = null!;
        return false;
    }

    public PyDict Copy()
    {
        var d = new PyDict(count);
        var pos = 0;
        while (TryGetEntry(ref pos, out var k, out var v))
        {
            d.Set(k, hashes[pos - 1], v);
        }
        return d;
    }

    /// <summary>Adds every pair of <paramref name="other"/>, overwriting existing keys.</summary>
    public void Update(PyDict other)
    {
        var pos = 0;
        while (other.TryGetEntry(ref pos, out var k, out var v))
        {
            Set(k, other.hashes[pos - 1], v);
        }
    }

    private int FindString(string key, long hash)
    {
        var mask = indices.Length - 1;
        var perturb = (ulong)hash;
        var i = (int)(hash & mask);
        while (true)
        {
            var ix = indices[i];
            if (ix == Empty)
            {
                return -1;
            }
            if ((uint)ix < (uint)used && hashes[ix] == hash)
            {
                var k = keys[ix];
                if (ReferenceEquals(k, key) || (k is string ks ? string.Equals(ks, key) : k is not null && Ops.EqualForLookup(k, key)))
                {
                    return ix;
                }
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    private int Find(object key, long hash)
    {
        FindSlot(key, hash, out var entry);
        return entry;
    }

    private int FindSlot(object key, long hash, out int entry)
    {
        var mask = indices.Length - 1;
        var perturb = (ulong)hash;
        var i = (int)(hash & mask);
        while (true)
        {
            var ix = indices[i];
            if (ix == Empty)
            {
                entry = -1;
                return i;
            }
            if ((uint)ix < (uint)used && hashes[ix] == hash)
            {
                var k = keys[ix]!;
                if (ReferenceEquals(k, key) || Ops.EqualForLookup(k, key))
                {
                    entry = ix;
                    return i;
                }
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    private void InsertIndex(long hash, int entry) => InsertIndex(indices, hash, entry);

    private void Resize(int size)
    {
        var entries = size * 2 / 3;
        var newHashes = new long[entries];
        var newKeys = new object?[entries];
        var newValues = new object?[entries];
        var n = 0;
        for (var e = 0; e < used; e++)
        {
            if (keys[e] is not null)
            {
                newHashes[n] = hashes[e];
                newKeys[n] = keys[e];
                newValues[n] = values[e];
                n++;
            }
        }
        hashes = newHashes;
        keys = newKeys;
        values = newValues;
        used = n;
        firstLive = 0;
        indices = NewIndices(size);
        for (var e = 0; e < n; e++)
        {
            InsertIndex(hashes[e], e);
        }
    }

    private static void InsertIndex(int[] indices, long hash, int entry)
    {
        var mask = indices.Length - 1;
        var perturb = (ulong)hash;
        var i = (int)(hash & mask);
        while (indices[i] >= 0)
        {
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
        indices[i] = entry;
    }

    private static int[] NewIndices(int size)
    {
        var a = new int[size];
        Array.Fill(a, Empty);
        return a;
    }
}
