namespace IronUwsgi.Python.Objects;

/// <summary>
/// Split tables (CPython's shared-key dicts): the instance dicts of one class usually get the same
/// attribute names in the same order, so they share one key table (indices, hashes, keys) kept by
/// the class and each holds only its values. A dict stays split while its keys are a prefix of the
/// shared ones; any other change (a key out of order, a deletion, a non-string key) first gives it
/// a private copy of its keys, so it is a complete dict at every moment.
/// </summary>
internal partial class PyDict
{
    private PyDict(SharedKeys keysOfClass)
        : base(Py.DictType)
    {
        shared = keysOfClass;
        indices = keysOfClass.Indices;
        hashes = keysOfClass.Hashes;
        keys = keysOfClass.Keys;
        values = new object?[keys.Length];
    }

    /// <summary>A new empty instance dict sharing the key table of its class.</summary>
    internal static PyDict ForInstance(SharedKeys keysOfClass) => new(keysOfClass);

    /// <summary>Whether this dict still borrows its keys from a class (for tests and diagnostics).</summary>
    internal bool IsSplit => shared is not null;

    // Appends a new key while the dict is split: it is the next shared key, or this dict is the
    // furthest along and the shared table grows by it. False when the dict must be made private.
    private bool TryAppendShared(object key, long hash, object value)
    {
        var table = shared!;
        if (key is not string name)
        {
            return false;
        }
        if (used < table.Used)
        {
            if (table.Keys[used] is not string next || !(ReferenceEquals(next, name) || string.Equals(next, name)))
            {
                return false;
            }
        }
        else if (!table.TryAppend(name, hash))
        {
            return false;
        }
        AppendShared(table, value);
        return true;
    }

    // Stores the value of the table's next key after this dict's own.
    private void AppendShared(SharedKeys table, object value)
    {
        // The table's arrays may have been replaced when it grew; their first entries are unchanged.
        indices = table.Indices;
        hashes = table.Hashes;
        keys = table.Keys;
        if (values.Length < keys.Length)
        {
            Array.Resize(ref values, keys.Length);
        }
        values[used] = value;
        used++;
        count++;
    }

    // Gives the dict its own copy of its keys before a change the shared table cannot describe.
    private void Unshare()
    {
        if (shared is null)
        {
            return;
        }
        shared = null;
        var size = indices.Length;
        var newHashes = new long[keys.Length];
        var newKeys = new object?[keys.Length];
        Array.Copy(hashes, newHashes, used);
        Array.Copy(keys, newKeys, used);
        hashes = newHashes;
        keys = newKeys;
        indices = NewIndices(size);
        for (var e = 0; e < used; e++)
        {
            InsertIndex(hashes[e], e);
        }
    }

    /// <summary>
    /// The key table shared by the instance dicts of one class. It only grows: entries past a
    /// dict's own count belong to dicts further along and are invisible to it.
    /// </summary>
    internal sealed class SharedKeys
    {
        // Classes whose instances get many or computed attribute names fall back to private dicts, as in CPython.
        private const int MaxKeys = 30;

        public SharedKeys()
        {
            Indices = NewIndices(8);
            Hashes = new long[5];
            Keys = new object?[5];
        }

        public int[] Indices { get; private set; }

        public long[] Hashes { get; private set; }

        public object?[] Keys { get; private set; }

        /// <summary>How many keys the table holds.</summary>
        public int Used { get; private set; }

        public bool TryAppend(string key, long hash)
        {
            if (Used == MaxKeys)
            {
                return false;
            }
            if (Used == Keys.Length)
            {
                Grow();
            }
            Hashes[Used] = hash;
            Keys[Used] = key;
            InsertIndex(Indices, hash, Used);
            Used++;
            return true;
        }

        // New, larger arrays: dicts still holding the old ones keep working on their prefix.
        private void Grow()
        {
            var size = Indices.Length * 2;
            var entries = size * 2 / 3;
            var hashes = new long[entries];
            var keys = new object?[entries];
            Array.Copy(Hashes, hashes, Used);
            Array.Copy(Keys, keys, Used);
            var indices = NewIndices(size);
            for (var e = 0; e < Used; e++)
            {
                InsertIndex(indices, hashes[e], e);
            }
            Hashes = hashes;
            Keys = keys;
            Indices = indices;
        }
    }
}
