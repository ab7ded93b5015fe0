using System.Numerics;

namespace IronUwsgi.Erlang.Terms;

/// <summary>An Erlang integer: a <see cref="long"/> when it fits, else a <see cref="BigInteger"/>.</summary>
public sealed class ErlInteger : ErlTerm
{
    private static readonly ErlInteger[] Bytes = CreateBytes();

    private readonly long _small;
    private readonly BigInteger? _big;

    public ErlInteger(long value) => _small = value;

    public ErlInteger(BigInteger value)
    {
        if (value >= long.MinValue && value <= long.MaxValue)
            _small = (long)value;
        else
            _big = value;
    }

    /// <summary>True when the value fits in a <see cref="long"/> (<see cref="LongValue"/> is then valid).</summary>
    public bool IsLong => _big is null;

    /// <summary>The value as a long; an <see cref="OverflowException"/> when it does not fit.</summary>
    public long LongValue => _big is null ? _small : throw new OverflowException($"the integer {_big} does not fit in a 64-bit long");

    public BigInteger Value => _big ?? _small;

    internal override TermRank Rank => TermRank.Number;

    public override int GetHashCode() => _big is { } big ? big.GetHashCode() : _small.GetHashCode();

    /// <summary>A shared instance for 0..255 (the bytes of strings), a new one otherwise.</summary>
    internal static ErlInteger Of(long value) => (ulong)value < 256 ? Bytes[value] : new ErlInteger(value);

    internal int CompareTo(ErlInteger other)
    {
        if (_big is null && other._big is null)
            return _small.CompareTo(other._small);
        return Value.CompareTo(other.Value);
    }

    private static ErlInteger[] CreateBytes()
    {
        var bytes = new ErlInteger[256];
        for (int i = 0; i < bytes.Length; i++)
            bytes[i] = new ErlInteger(i);
        return bytes;
    }
}
