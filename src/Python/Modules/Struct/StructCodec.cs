using System.Buffers.Binary;
using System.Numerics;
using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules.Struct;

/// <summary>
/// Packs and unpacks values by a <see cref="StructFormat"/>. Range errors follow CPython on a
/// little-endian machine, where '&lt;' and '=' reuse the native packers for codes of equal size.
/// </summary>
internal sealed class StructCodec(Func<string, PythonException> error)
{
    public void Pack(StructFormat f, ReadOnlySpan<object> values, Span<byte> into)
    {
        var v = 0;
        foreach (var item in f.Items)
        {
            var at = item.Offset;
            switch (item.Code)
            {
                case 'x':
                    into.Slice(at, item.Count).Clear();
                    continue;
                case 's':
                case 'p':
                    PackBytes(item, values[v++], into.Slice(at, item.Count));
                    continue;
            }
            var size = StructFormat.ItemSize(item.Code, f.Mode);
            for (var k = 0; k < item.Count; k++, at += size)
            {
                PackOne(item.Code, f.Mode, values[v++], into.Slice(at, size));
            }
        }
    }

    public object[] Unpack(StructFormat f, ReadOnlySpan<byte> data)
    {
        var result = new object[f.Values];
        var v = 0;
        foreach (var item in f.Items)
        {
            var at = item.Offset;
            switch (item.Code)
            {
                case 'x':
                    continue;
                case 's':
                    result[v++] = new PyBytes(data.Slice(at, item.Count).ToArray());
                    continue;
                case 'p':
                    result[v++] = UnpackPascal(data.Slice(at, item.Count));
                    continue;
            }
            var size = StructFormat.ItemSize(item.Code, f.Mode);
            for (var k = 0; k < item.Count; k++, at += size)
            {
                result[v++] = UnpackOne(item.Code, f.Mode, data.Slice(at, size));
            }
        }
        return result;
    }

    private static object UnpackPascal(ReadOnlySpan<byte> field)
    {
        if (field.Length == 0)
        {
            return new PyBytes([]);
        }
        var n = Math.Min(field[0], field.Length - 1);
        return new PyBytes(field.Slice(1, n).ToArray());
    }

    private void PackBytes(StructItem item, object value, Span<byte> field)
    {
        if (value is not (PyBytes or PyByteArray))
        {
            throw error($"argument for '{item.Code}' must be a bytes object");
        }
        var data = BytesLike.Read(value);
        field.Clear();
        if (item.Code == 's')
        {
            data.AsSpan(0, Math.Min(data.Length, field.Length)).CopyTo(field);
            return;
        }
        if (field.Length == 0)
        {
            return;
        }
        var n = Math.Min(Math.Min(data.Length, field.Length - 1), 255);
        data.AsSpan(0, n).CopyTo(field[1..]);
        field[0] = (byte)n;
    }

    private object UnpackOne(char code, StructMode mode, ReadOnlySpan<byte> p)
    {
        var big = mode == StructMode.BigStandard;
        switch (code)
        {
            case 'c': return new PyBytes([p[0]]);
            case 'b': return Py.Int((sbyte)p[0]);
            case 'B': return Py.Int(p[0]);
            case '?': return Py.Bool(p[0] != 0);
            case 'e':
                return (double)BitConverter.UInt16BitsToHalf(big ? BinaryPrimitives.ReadUInt16BigEndian(p) : BinaryPrimitives.ReadUInt16LittleEndian(p));
            case 'f':
                return (double)(big ? BinaryPrimitives.ReadSingleBigEndian(p) : BinaryPrimitives.ReadSingleLittleEndian(p));
            case 'd':
                return big ? BinaryPrimitives.ReadDoubleBigEndian(p) : BinaryPrimitives.ReadDoubleLittleEndian(p);
        }
        var signed = code is 'h' or 'i' or 'l' or 'q' or 'n';
        ulong raw = 0;
        for (var i = 0; i < p.Length; i++)
        {
            raw |= (ulong)p[big ? p.Length - 1 - i : i] << (8 * i);
        }
        if (!signed)
        {
            return raw <= long.MaxValue ? Py.Int((long)raw) : Py.Int(new BigInteger(raw));
        }
        var shift = 64 - (8 * p.Length);
        return Py.Int((long)(raw << shift) >> shift);
    }

    private void PackOne(char code, StructMode mode, object value, Span<byte> p)
    {
        var big = mode == StructMode.BigStandard;
        switch (code)
        {
            case 'c':
                if (value is PyBytes { Value.Length: 1 } c)
                {
                    p[0] = c.Value[0];
                    return;
                }
                throw error("char format requires a bytes object of length 1");
            case '?':
                p[0] = Ops.IsTrue(value) ? (byte)1 : (byte)0;
                return;
            case 'e':
                PackHalf(Float(value), p, big);
                return;
            case 'f':
                var d = Float(value);
                var single = (float)d;
                if (mode != StructMode.Native && float.IsInfinity(single) && double.IsFinite(d))
                {
                    throw Ops.OverflowError("float too large to pack with f format");
                }
                if (big)
                {
                    BinaryPrimitives.WriteSingleBigEndian(p, single);
                }
                else
                {
                    BinaryPrimitives.WriteSingleLittleEndian(p, single);
                }
                return;
            case 'd':
                if (big)
                {
                    BinaryPrimitives.WriteDoubleBigEndian(p, Float(value));
                }
                else
                {
                    BinaryPrimitives.WriteDoubleLittleEndian(p, Float(value));
                }
                return;
        }
        var n = Integer(value);
        var bits = (ulong)(long)CheckRange(code, mode, n);
        for (var i = 0; i < p.Length; i++)
        {
            p[big ? p.Length - 1 - i : i] = (byte)(bits >> (8 * i));
        }
    }

    private static void PackHalf(double d, Span<byte> p, bool big)
    {
        ushort bits;
        if (double.IsNaN(d))
        {
            bits = (ushort)(double.IsNegative(d) ? 0xFE00 : 0x7E00);
        }
        else
        {
            var h = (Half)d;
            if (Half.IsInfinity(h) && double.IsFinite(d))
            {
                throw Ops.OverflowError("float too large to pack with e format");
            }
            bits = BitConverter.HalfToUInt16Bits(h);
        }
        if (big)
        {
            BinaryPrimitives.WriteUInt16BigEndian(p, bits);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(p, bits);
        }
    }

    private double Float(object value)
    {
        if (value is double d)
        {
            return d;
        }
        if (value is string or PyValueInstance { Value: string })
        {
            throw error("required argument is not a float");
        }
        try
        {
            return Ops.ToFloat(value);
        }
        catch (PythonException e) when (Ops.Matches(e, PyExc.TypeError) || Ops.Matches(e, PyExc.OverflowError))
        {
            throw error("required argument is not a float");
        }
    }

    private BigInteger Integer(object value)
    {
        if (value is long l)
        {
            return l;
        }
        if (!Ops.IsIndex(value))
        {
            throw error("required argument is not an integer");
        }
        return Ops.Index(value) switch
        {
            long x => x,
            BigInteger b => b,
            var other => Ops.IndexAsLong(other),
        };
    }

    /// <summary>The value to store (two's complement in 64 bits), or CPython's error for this code and mode.</summary>
    private BigInteger CheckRange(char code, StructMode mode, BigInteger n)
    {
        var native = mode != StructMode.BigStandard;
        var fitsLong = n >= long.MinValue && n <= long.MaxValue;
        var fitsULong = n.Sign >= 0 && n <= ulong.MaxValue;
        PythonException OutOfRange() => error("argument out of range");
        PythonException TooLarge() => error("int too large to convert");
        switch (code)
        {
            case 'b':
                return !fitsLong ? throw OutOfRange() : n < -128 || n > 127 ? throw error("byte format requires -128 <= number <= 127") : n;
            case 'B':
                return !fitsLong ? throw OutOfRange() : n < 0 || n > 255 ? throw error("ubyte format requires 0 <= number <= 255") : n;
            case 'h':
                return !fitsLong ? throw OutOfRange()
                    : n < short.MinValue || n > short.MaxValue
                        ? throw error(native ? "short format requires -32768 <= number <= 32767" : "'h' format requires -32768 <= number <= 32767")
                        : n;
            case 'H':
                if (native)
                {
                    return !fitsLong ? throw OutOfRange() : n < 0 || n > ushort.MaxValue ? throw error("ushort format requires 0 <= number <= 65535") : n;
                }
                return !fitsULong ? throw OutOfRange() : n > ushort.MaxValue ? throw error("'H' format requires 0 <= number <= 65535") : n;
            case 'i':
                return !fitsLong ? throw OutOfRange() : n < int.MinValue || n > int.MaxValue ? throw error("'i' format requires -2147483648 <= number <= 2147483647") : n;
            case 'I':
                return !fitsULong ? throw OutOfRange() : n > uint.MaxValue ? throw error("'I' format requires 0 <= number <= 4294967295") : n;
            case 'l' when mode == StructMode.Native:
            case 'n':
                return !fitsLong ? throw OutOfRange() : n;
            case 'l':
                return !fitsLong ? throw OutOfRange() : n < int.MinValue || n > int.MaxValue ? throw error("'l' format requires -2147483648 <= number <= 2147483647") : n;
            case 'L' when mode == StructMode.Native:
            case 'N':
                return !fitsULong ? throw OutOfRange() : (BigInteger)(long)(ulong)n;
            case 'L':
                return !fitsULong ? throw OutOfRange() : n > uint.MaxValue ? throw error("'L' format requires 0 <= number <= 4294967295") : n;
            case 'q':
                return fitsLong ? n : throw (native ? OutOfRange() : TooLarge());
            case 'Q':
                return fitsULong ? (long)(ulong)n : throw (native ? OutOfRange() : TooLarge());
            case 'P':
                return fitsLong ? n : fitsULong ? (long)(ulong)n : throw TooLarge();
        }
        throw error("bad char in struct format");
    }
}
