namespace IronUwsgi.Python.Lexing;

/// <summary>
/// Interns identifier text per tokenizer, so each distinct name is allocated once and repeated
/// names share one string. Open addressing with a cheap hash: names are short and hot.
/// </summary>
internal sealed class NameTable
{
    private string?[] _slots = new string?[512];
    private int[] _hashes = new int[512];
    private int _count;

    public string Intern(ReadOnlySpan<char> name)
    {
        int hash = Hash(name);
        int mask = _slots.Length - 1;
        int i = hash & mask;
        while (true)
        {
            string? existing = _slots[i];
            if (existing is null)
            {
                break;
            }
            if (_hashes[i] == hash && name.SequenceEqual(existing))
            {
                return existing;
            }
            i = (i + 1) & mask;
        }
        string text = name.ToString();
        _slots[i] = text;
        _hashes[i] = hash;
        if (++_count * 2 > _slots.Length)
        {
            Grow();
        }
        return text;
    }

    private static int Hash(ReadOnlySpan<char> name)
    {
        // FNV-1a over the UTF-16 units; collisions only cost a comparison.
        uint h = 2166136261;
        foreach (char c in name)
        {
            h = (h ^ c) * 16777619;
        }
        return (int)(h ^ (h >> 15));
    }

    private void Grow()
    {
        var oldSlots = _slots;
        var oldHashes = _hashes;
        _slots = new string?[oldSlots.Length * 2];
        _hashes = new int[oldSlots.Length * 2];
        int mask = _slots.Length - 1;
        for (int k = 0; k < oldSlots.Length; k++)
        {
            if (oldSlots[k] is { } s)
            {
                int i = oldHashes[k] & mask;
                while (_slots[i] is not null)
                {
                    i = (i + 1) & mask;
                }
                _slots[i] = s;
                _hashes[i] = oldHashes[k];
            }
        }
    }
}
