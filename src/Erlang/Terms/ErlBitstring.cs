namespace IronUwsgi.Erlang.Terms;

/// <summary>An Erlang bitstring whose length is not a whole number of bytes: the bytes and the 1..7 bits used in the last one.</summary>
public sealed class ErlBitstring : ErlTerm
{
    private readonly byte[] _data;
    private readonly int _hash;

    /// <summary>The unused low bits of the last byte are cleared; use <see cref="ErlBinary"/> for whole bytes.</summary>
    public ErlBitstring(ReadOnlySpan<byte> data, int bitsInLastByte)
    {
        if (data.IsEmpty)
            throw new ArgumentException("a bitstring needs at least one byte; <<>> is an ErlBinary", nameof(data));
        if (bitsInLastByte is < 1 or > 7)
            throw new ArgumentOutOfRangeException(nameof(bitsInLastByte), bitsInLastByte, "1 to 7 bits; a whole last byte makes an ErlBinary");
        _data = data.ToArray();
        _data[^1] &= (byte)(0xFF << (8 - bitsInLastByte));
        BitsInLastByte = bitsInLastByte;
        var hash = new HashCode();
        hash.AddBytes(_data);
        hash.Add(bitsInLastByte);
        _hash = hash.ToHashCode();
    }

    public ReadOnlySpan<byte> Span => _data;

    /// <summary>How many bits of the last byte belong to the bitstring, counted from the most significant.</summary>
    public int BitsInLastByte { get; }

    public long BitLength => (_data.Length - 1) * 8L + BitsInLastByte;

    internal override TermRank Rank => TermRank.Bitstring;

    public override int GetHashCode() => _hash;
}
