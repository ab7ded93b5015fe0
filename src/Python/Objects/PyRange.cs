namespace IronUwsgi.Python.Objects;

/// <summary>range(start, stop, step) over 64-bit integers; length, contains and index are O(1).</summary>
internal sealed class PyRange : PyObject
{
    public PyRange(long start, long stop, long step)
        : base(Py.RangeType)
    {
        Start = start;
        Stop = stop;
        Step = step;
        Length = ComputeLength(start, stop, step);
    }

    public long Start { get; }

    public long Stop { get; }

    public long Step { get; }

    public long Length { get; }

    public long this[long i] => Start + (i * Step);

    private static long ComputeLength(long start, long stop, long step)
    {
        if (step > 0)
        {
            return start < stop ? (long)(((System.Int128)stop - start - 1) / step) + 1 : 0;
        }
        return start > stop ? (long)(((System.Int128)start - stop - 1) / -(System.Int128)step) + 1 : 0;
    }

    /// <summary>True when <paramref name="v"/> is one of the values (O(1)).</summary>
    public bool ContainsValue(long v)
    {
        if (Step > 0 ? v < Start || v >= Stop : v > Start || v <= Stop)
        {
            return false;
        }
        return ((System.Int128)v - Start) % Step == 0;
    }
}

/// <summary>slice(start, stop, step); fields hold Python values (None when omitted).</summary>
internal sealed class PySlice : PyObject
{
    public PySlice(object start, object stop, object step)
        : base(Py.SliceType)
    {
        Start = start;
        Stop = stop;
        Step = step;
    }

    public object Start { get; }

    public object Stop { get; }

    public object Step { get; }
}

/// <summary>bytes: an immutable byte string.</summary>
internal sealed class PyBytes : PyObject
{
    public PyBytes(byte[] value)
        : base(Py.BytesType) => Value = value;

    internal PyBytes(PyType type, byte[] value)
        : base(type) => Value = value;

    /// <summary>The content; never mutated once visible to Python code.</summary>
    public byte[] Value { get; }
}

/// <summary>bytearray: a mutable byte string.</summary>
internal sealed class PyByteArray : PyObject
{
    public PyByteArray(List<byte> value)
        : base(Py.ByteArrayType) => Value = value;

    internal PyByteArray(PyType type, List<byte> value)
        : base(type) => Value = value;

    public List<byte> Value { get; }
}
