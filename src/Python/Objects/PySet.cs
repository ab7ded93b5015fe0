using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Objects;

/// <summary>
/// Python set and frozenset. The table follows CPython's layout (linear probes, then
/// perturbation; same growth rule), so iteration order — visible in reprs — matches CPython.
/// </summary>
internal sealed class PySet : PyObject
{
    private const int LinearProbes = 9;
    private static readonly object DummyKey = new();

    private object?[] keys = new object?[8];
    private long[] hashes = new long[8];
    private int fill;   // active + dummy
    private int used;   // active

    public PySet()
        : base(Py.SetType)
    {
    }

    internal PySet(PyType type)
        : base(type)
    {
    }

    public int Count => used;

    public bool IsFrozen => Type.IsSubtypeOf(Py.FrozenSetType);

    /// <summary>Changes on each insertion or removal so iterators can detect a size change.</summary>
    public int Mutations { get; private set; }

    /// <summary>A cached hash for frozensets (0 = not computed yet).</summary>
    internal long CachedHash { get; set; }

    internal int TableSize => keys.Length;

    public bool Add(object key) => Add(key, Ops.Hash(key));

    public bool Contains(object key) => FindEntry(key, Ops.Hash(key)) >= 0;

    internal bool Contains(object key, long hash) => FindEntry(key, hash) >= 0;

    /// <summary>Walks the table in slot order (CPython's iteration order).</summary>
    internal bool TryGetEntry(ref int pos, out object key)
    {
        while (pos < keys.Length)
        {
            var k = keys[pos++];
            if (k is not null && !ReferenceEquals(k, DummyKey))
            {
                key = k;
                return true;
            }
        }
        key = null!;
        return false;
    }

    internal long HashAt(int pos) => hashes[pos];

    internal bool Add(object key, long hash)
    {
        var mask = keys.Length - 1;
        var i = (int)(hash & mask);
        var perturb = (ulong)hash;
        var freeSlot = -1;
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var j = i;
            do
            {
                var k = keys[j];
                if (k is null)
                {
                    if (freeSlot >= 0)
                    {
                        keys[freeSlot] = key;
                        hashes[freeSlot] = hash;
                        used++;
                        Mutations++;
                        return true;
                    }
                    keys[j] = key;
                    hashes[j] = hash;
                    fill++;
                    used++;
                    Mutations++;
                    if (fill * 5 >= mask * 3)
                    {
                        Resize(used > 50000 ? used * 2 : used * 4);
                    }
                    return true;
                }
                if (ReferenceEquals(k, DummyKey))
                {
                    if (freeSlot < 0)
                    {
                        freeSlot = j;
                    }
                }
                else if (hashes[j] == hash && (ReferenceEquals(k, key) || Ops.EqualForLookup(k, key)))
                {
                    return false;
                }
                j++;
            }
            while (probes-- > 0);
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    public bool Remove(object key) => Remove(key, Ops.Hash(key));

    internal bool Remove(object key, long hash)
    {
        var e = FindEntry(key, hash);
        if (e < 0)
        {
            return false;
        }
        keys[e] = DummyKey;
        hashes[e] = -1;
        used--;
        Mutations++;
        return true;
    }

    /// <summary>Removes and returns an arbitrary element (set.pop); false when empty.</summary>
    internal bool TryPop(out object key)
    {
        for (var i = 0; i < keys.Length; i++)
        {
            var k = keys[i];
            if (k is not null && !ReferenceEquals(k, DummyKey))
            {
                keys[i] = DummyKey;
                hashes[i] = -1;
                used--;
                Mutations++;
                key = k;
                return true;
            }
        }
        key = null!;
        return false;
    }

    public void Clear()
    {
        keys = new object?[8];
        hashes = new long[8];
        fill = 0;
        used = 0;
        Mutations++;
    }

    /// <summary>Adds every element of another set, copying its table when this set is empty (as CPython).</summary>
    internal void Merge(PySet other)
    {
        if (other.used == 0)
        {
            return;
        }
        if ((fill + other.used) * 5 >= (keys.Length - 1) * 3)
        {
            Resize((used + other.used) * 2);
        }
        if (fill == 0 && keys.Length == other.keys.Length && other.fill == other.used)
        {
            Array.Copy(other.keys, keys, keys.Length);
            Array.Copy(other.hashes, hashes, hashes.Length);
            fill = other.fill;
            used = other.used;
            Mutations++;
            return;
        }
        if (fill == 0)
        {
            var mask = keys.Length - 1;
            for (var i = 0; i < other.keys.Length; i++)
            {
                var k = other.keys[i];
                if (k is not null && !ReferenceEquals(k, DummyKey))
                {
                    InsertClean(keys, hashes, mask, k, other.hashes[i]);
                }
            }
            fill = other.used;
            used = other.used;
            Mutations++;
            return;
        }
        for (var i = 0; i < other.keys.Length; i++)
        {
            var k = other.keys[i];
            if (k is not null && !ReferenceEquals(k, DummyKey))
            {
                Add(k, other.hashes[i]);
            }
        }
    }

    /// <summary>Adds every key of a dict, growing once first (CPython's set_update_internal).</summary>
    internal void MergeKeys(PyDict dict)
    {
        if ((fill + dict.Count) * 5 >= (keys.Length - 1) * 3)
        {
            Resize((used + dict.Count) * 2);
        }
        var pos = 0;
        while (dict.TryGetEntry(ref pos, out var k, out _))
        {
            Add(k, dict.HashAt(pos - 1));
        }
    }

    public PySet CopyAs(PyType type)
    {
        var s = new PySet(type);
        s.Merge(this);
        return s;
    }

    private int FindEntry(object key, long hash)
    {
        var mask = keys.Length - 1;
        var i = (int)(hash & mask);
        var perturb = (ulong)hash;
        while (true)
        {
            var probes = i + LinearProbes <= mask ? LinearProbes : 0;
            var j = i;
            do
            {
                var k = keys[j];
                if (k is null)
                {
                    return -1;
                }
                if (hashes[j] == hash && !ReferenceEquals(k, DummyKey) && (ReferenceEquals(k, key) || Ops.EqualForLookup(k, key)))
                {
                    return j;
                }
                j++;
            }
            while (probes-- > 0);
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    private void Resize(int minUsed)
    {
        var size = 8;
        while (size <= minUsed)
        {
            size <<= 1;
        }
        var newKeys = new object?[size];
        var newHashes = new long[size];
        for (var i = 0; i < keys.Length; i++)
        {
            var k = keys[i];
            if (k is not null && !ReferenceEquals(k, DummyKey))
            {
                InsertClean(newKeys, newHashes, size - 1, k, hashes[i]);
            }
        }
        keys = newKeys;
        hashes = newHashes;
        fill = used;
    }

    private static void InsertClean(object?[] table, long[] tableHashes, int mask, object key, long hash)
    {
        var perturb = (ulong)hash;
        var i = (int)(hash & mask);
        while (true)
        {
            if (table[i] is null)
            {
                table[i] = key;
                tableHashes[i] = hash;
                return;
            }
            if (i + LinearProbes <= mask)
            {
                for (var j = 1; j <= LinearProbes; j++)
                {
                    if (table[i + j] is null)
                    {
                        table[i + j] = key;
                        tableHashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>= 5;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }
}
