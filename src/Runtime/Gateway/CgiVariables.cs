using System.Text;

namespace IronUwsgi.Runtime.Gateway;

/// <summary>
/// The request's CGI variables as key/value byte ranges over one block (the uwsgi vars block, or
/// the block the HTTP parser writes), so nothing is copied or decoded until a handler asks.
/// Values decode as latin-1, as PEP 3333 wants; a later duplicate key wins.
/// </summary>
public sealed class CgiVariables
{
    private byte[] _block = [];
    private Entry[] _entries = new Entry[32];

    /// <summary>Number of key/value pairs.</summary>
    public int Count { get; private set; }

    /// <summary>Size in bytes of the encoded block (the uwsgi packet's datasize).</summary>
    public int BlockSize { get; private set; }

    public ReadOnlySpan<byte> KeyAt(int index) => Slice(Get(index).Key);

    public ReadOnlySpan<byte> ValueAt(int index) => Slice(Get(index).Value);

    public string KeyStringAt(int index) => Encoding.Latin1.GetString(KeyAt(index));

    public string ValueStringAt(int index) => Encoding.Latin1.GetString(ValueAt(index));

    /// <summary>Finds the last pair whose key equals <paramref name="key"/>.</summary>
    public bool TryGetValue(ReadOnlySpan<byte> key, out ReadOnlySpan<byte> value)
    {
        for (int i = Count - 1; i >= 0; i--)
        {
            if (KeyAt(i).SequenceEqual(key))
            {
                value = ValueAt(i);
                return true;
            }
        }
        value = default;
        return false;
    }

    /// <summary>The latin-1 value of the last pair named <paramref name="key"/> (an ASCII name), or null.</summary>
    public string? this[string key]
    {
        get
        {
            Span<byte> name = key.Length <= 128 ? stackalloc byte[key.Length] : new byte[key.Length];
            Encoding.Latin1.GetBytes(key, name);
            return TryGetValue(name, out var value) ? Encoding.Latin1.GetString(value) : null;
        }
    }

    /// <summary><c>wsgi.url_scheme</c> as uWSGI derives it: UWSGI_SCHEME, else HTTPS on/1 means https, else http.</summary>
    public string UrlScheme
    {
        get
        {
            if (TryGetValue("UWSGI_SCHEME"u8, out var scheme) && !scheme.IsEmpty)
                return Encoding.Latin1.GetString(scheme);
            if (TryGetValue("HTTPS"u8, out var https) && (Ascii.EqualsIgnoreCase(https, "on"u8) || https.SequenceEqual("1"u8)))
                return "https";
            return "http";
        }
    }

    /// <summary>Starts over on a new block; the server calls this before adding the pairs it parsed.</summary>
    public void Reset(byte[] block, int blockSize)
    {
        _block = block;
        BlockSize = blockSize;
        Count = 0;
    }

    /// <summary>Adds a pair whose key and value are byte ranges of the current block.</summary>
    public void Add(int keyStart, int keyLength, int valueStart, int valueLength)
    {
        if (Count == _entries.Length)
            Array.Resize(ref _entries, Count * 2);
        _entries[Count++] = new Entry(new Range(keyStart, keyStart + keyLength), new Range(valueStart, valueStart + valueLength));
    }

    /// <summary>Sets the block size once a writer finished appending pairs to the block.</summary>
    public void Seal(int blockSize) => BlockSize = blockSize;

    private ReadOnlySpan<byte> Slice(Range range) => _block.AsSpan(range);

    private Entry Get(int index)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
        return _entries[index];
    }

    private readonly record struct Entry(Range Key, Range Value);
}
