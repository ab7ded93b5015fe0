using System.Text;

namespace IronUwsgi.Erlang.Terms;

/// <summary>An Erlang binary: a whole number of bytes.</summary>
public sealed class ErlBinary : ErlTerm
{
    public static readonly ErlBinary Empty = new(Array.Empty<byte>(), owned: true);

    private readonly byte[] _data;
    private int _hash;

    public ErlBinary(ReadOnlySpan<byte> data)
        : this(data.ToArray(), owned: true)
    {
    }

    internal ErlBinary(byte[] data, bool owned)
    {
        _data = owned ? data : (byte[])data.Clone();
    }

    /// <summary>The UTF-8 bytes of <paramref name="text"/>, as Erlang writes <c>&lt;&lt;"text"/utf8&gt;&gt;</c>.</summary>
    public static ErlBinary FromUtf8(string text) => new(Encoding.UTF8.GetBytes(text), owned: true);

    public ReadOnlySpan<byte> Span => _data;

    public ReadOnlyMemory<byte> Memory => _data;

    public int Length => _data.Length;

    internal override TermRank Rank => TermRank.Bitstring;

    public override int GetHashCode()
    {
        // Computed on first use: hashing an 8 MB binary nobody puts in a dictionary is wasted work.
        if (_hash == 0)
        {
            var hash = new HashCode();
            hash.AddBytes(_data);
            int value = hash.ToHashCode();
            _hash = value == 0 ? 1 : value;
        }
        return _hash;
    }
}
