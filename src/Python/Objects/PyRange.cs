using System.Numerics;

namespace IronUwsgi.Python.Objects;

/// <summary>
/// range(start, stop, step) of any size. When the bounds and the length fit in 64 bits (IsSmall) the
/// long fields hold them and loops, indexing and membership use them directly; otherwise the
/// BigInteger values do. Length, contains and index are O(1) either way.
/// </summary>
internal sealed class PyRange : PyObject
{
    private readonly BigInteger bigStart, bigStop, bigStep, bigLength;

    public PyRange(long start, long stop, long step)
        : base(Py.RangeType)
    {
        var length = ComputeLength(start, stop, step);
        if (length <= long.MaxValue)
        {
            (Start, Stop, Step, Length, IsSmall) = (start, stop, step, (long)length, true);
        }
        else
        {
            (bigStart, bigStop, bigStep, bigLength) = (start, stop, step, (BigInteger)length);
        }
    }

    /// <summary>A range from arbitrary integers; takes the 64-bit representation when everything fits.</summary>
    public static PyRange Create(BigInteger start, BigInteger stop, BigInteger step)
    {
        if (Fits(start) && Fits(stop) && Fits(step))
        {
            return new PyRange((long)start, (long)stop, (long)step);
        }
        return new PyRange(start, stop, step, ComputeLength(start, stop, step));
    }

    private PyRange(BigInteger start, BigInteger stop, BigInteger step, BigInteger length)
        : base(Py.RangeType)
    {
        (bigStart, bigStop, bigStep, bigLength) = (start, stop, step, length);
    }

    /// <summary>True when Start, Stop, Step and Length are valid; otherwise use the Big* values.</summary>
    public bool IsSmall { get; }

    public long Start { get; }

    public long Stop { get; }

    public long Step { get; }

    public long Length { get; }

    public BigInteger BigStart => IsSmall ? Start : bigStart;

    public BigInteger BigStop => IsSmall ? Stop : bigStop;

    public BigInteger BigStep => IsSmall ? Step : bigStep;

    public BigInteger BigLength => IsSmall ? Length : bigLength;

    public long this[long i] => Start + (i * Step);

    /// <summary>The value at a non-negative index below the length.</summary>
    public BigInteger ItemAt(BigInteger i) => BigStart + (i * BigStep);

    private static bool Fits(BigInteger v) => v >= long.MinValue && v <= long.MaxValue;

    private static Int128 ComputeLength(long start, long stop, long step)
    {
        if (step > 0)
        {
            return start < stop ? (((Int128)stop - start - 1) / step) + 1 : 0;
        }
        return start > stop ? (((Int128)start - stop - 1) / -(Int128)step) + 1 : 0;
    }

    private static BigInteger ComputeLength(BigInteger start, BigInteger stop, BigInteger step)
    {
        if (step.Sign > 0)
        {
            return start < stop ? ((stop - start - 1) / step) + 1 : BigInteger.Zero;
        }
        return start > stop ? ((start - stop - 1) / -step) + 1 : BigInteger.Zero;
    }

    /// <summary>True when <paramref name="v"/> is one of the values (O(1)).</summary>
    public bool ContainsValue(long v)
    {
        if (!IsSmall)
        {
            return ContainsValue((BigInteger)v);
        }
        if (Step > 0 ? v < Start || v >= Stop : v > Start || v <= Stop)
        {
            return false;
        }
        return ((Int128)v - Start) % Step == 0;
    }

    public bool ContainsValue(BigInteger v)
    {
        var (start, stop, step) = (BigStart, BigStop, BigStep);
        if (step.Sign > 0 ? v < start || v >= stop : v > start || v <= stop)
        {
            return false;
        }
        return ((v - start) % step).IsZero;
    }
}
