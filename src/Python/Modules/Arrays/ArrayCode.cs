using System.Buffers.Binary;
using System.Numerics;
using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules.Arrays;

/// <summary>
/// One array typecode: its item size and how a Python value becomes the item's native bytes
/// and back, with CPython's range checks and messages (which follow the C parsing chain, so
/// 'b' reports a short overflow before a char one).
/// </summary>
internal sealed class ArrayCode
{
    public const string All = "bBuhHiIlLqQfd";

    private ArrayCode(char code, int size)
    {
        Code = code;
        Size = size;
    }

    public char Code { get; }

    public int Size { get; }

    public bool IsUnicode => Code == 'u';

    public bool IsFloat => Code is 'f' or 'd';

    public static ArrayCode? Find(char code) => code switch
    {
        'b' or 'B' => new ArrayCode(code, 1),
        'h' or 'H' => new ArrayCode(code, 2),
        'i' or 'I' or 'f' => new ArrayCode(code, 4),
        // wchar_t is four bytes on Linux.
        'u' => new ArrayCode(code, 4),
        'l' or 'L' or 'q' or 'Q' or 'd' => new ArrayCode(code, 8),
        _ => null,
    };

    public object Read(ReadOnlySpan<byte> s) => Code switch
    {
        'b' => Py.Int((sbyte)s[0]),
        'B' => Py.Int(s[0]),
        'h' => Py.Int(BinaryPrimitives.ReadInt16LittleEndian(s)),
        'H' => Py.Int(BinaryPrimitives.ReadUInt16LittleEndian(s)),
        'i' => Py.Int(BinaryPrimitives.ReadInt32LittleEndian(s)),
        'I' => Py.Int(BinaryPrimitives.ReadUInt32LittleEndian(s)),
        'l' or 'q' => Py.Int(BinaryPrimitives.ReadInt64LittleEndian(s)),
        'L' or 'Q' => Py.Int(new BigInteger(BinaryPrimitives.ReadUInt64LittleEndian(s))),
        'f' => (double)BinaryPrimitives.ReadSingleLittleEndian(s),
        'd' => BinaryPrimitives.ReadDoubleLittleEndian(s),
        _ => ReadChar(s),
    };

    public void Write(object value, Span<byte> s)
    {
        switch (Code)
        {
            case 'b':
                s[0] = (byte)(sbyte)Signed(value, short.MinValue, short.MaxValue, "signed short integer", sbyte.MinValue, sbyte.MaxValue, "signed char");
                break;
            case 'B':
                s[0] = (byte)Signed(value, long.MinValue, long.MaxValue, "", 0, byte.MaxValue, "unsigned byte integer");
                break;
            case 'h':
                BinaryPrimitives.WriteInt16LittleEndian(s, (short)Signed(value, long.MinValue, long.MaxValue, "", short.MinValue, short.MaxValue, "signed short integer"));
                break;
            case 'H':
                BinaryPrimitives.WriteUInt16LittleEndian(s, (ushort)Signed(value, int.MinValue, int.MaxValue, "signed integer", 0, ushort.MaxValue, "unsigned short"));
                break;
            case 'i':
                BinaryPrimitives.WriteInt32LittleEndian(s, (int)Signed(value, long.MinValue, long.MaxValue, "", int.MinValue, int.MaxValue, "signed integer"));
                break;
            case 'l':
                BinaryPrimitives.WriteInt64LittleEndian(s, Signed(value, long.MinValue, long.MaxValue, "", long.MinValue, long.MaxValue, ""));
                break;
            case 'q':
                BinaryPrimitives.WriteInt64LittleEndian(s, LongLong(value));
                break;
            case 'I':
                BinaryPrimitives.WriteUInt32LittleEndian(s, (uint)Unsigned(value, uint.MaxValue, "unsigned int is greater than maximum"));
                break;
            case 'L':
                BinaryPrimitives.WriteUInt64LittleEndian(s, Unsigned(value, ulong.MaxValue, "Python int too large to convert to C unsigned long"));
                break;
            case 'Q':
                BinaryPrimitives.WriteUInt64LittleEndian(s, UnsignedLongLong(value));
                break;
            case 'f':
                BinaryPrimitives.WriteSingleLittleEndian(s, (float)Ops.RealToFloat(value));
                break;
            case 'd':
                BinaryPrimitives.WriteDoubleLittleEndian(s, Ops.RealToFloat(value));
                break;
            default:
                WriteChar(value, s);
                break;
        }
    }

    private static object ReadChar(ReadOnlySpan<byte> s)
    {
        var cp = BinaryPrimitives.ReadInt32LittleEndian(s);
        return cp is >= 0 and <= 0x10FFFF ? CodePoints.FromCodePoint(cp)
            : throw Ops.ValueError($"character U+{cp:x} is not in range [U+0000; U+10ffff]");
    }

    private static void WriteChar(object value, Span<byte> s)
    {
        if (value is not string text || CodePoints.Length(text) != 1)
        {
            throw Ops.TypeError("array item must be unicode character");
        }
        BinaryPrimitives.WriteInt32LittleEndian(s, CodePoints.At(text, 0));
    }

    /// <summary>An int through __index__, first checked against C long.</summary>
    private static long AsLong(object value)
    {
        var v = Ops.Index(value);
        return v is long l ? l : throw Ops.OverflowError("Python int too large to convert to C long");
    }

    /// <summary>C's two-step parse: the wider format's range (outer) then the item's (inner).</summary>
    private static long Signed(object value, long outerMin, long outerMax, string outerName, long min, long max, string name)
    {
        var v = AsLong(value);
        if (v < outerMin)
        {
            throw Ops.OverflowError($"{outerName} is less than minimum");
        }
        if (v > outerMax)
        {
            throw Ops.OverflowError($"{outerName} is greater than maximum");
        }
        if (v < min)
        {
            throw Ops.OverflowError($"{name} is less than minimum");
        }
        return v > max ? throw Ops.OverflowError($"{name} is greater than maximum") : v;
    }

    private static BigInteger Exact(object value)
    {
        var v = Ops.Index(value);
        return v is long l ? l : (BigInteger)v;
    }

    private static ulong Unsigned(object value, ulong max, string tooBig)
    {
        var v = Exact(value);
        if (v.Sign < 0)
        {
            throw Ops.OverflowError("can't convert negative value to unsigned int");
        }
        if (v > ulong.MaxValue)
        {
            throw Ops.OverflowError("Python int too large to convert to C unsigned long");
        }
        return v > max ? throw Ops.OverflowError(tooBig) : (ulong)v;
    }

    private static long LongLong(object value)
    {
        var v = Exact(value);
        return v < long.MinValue || v > long.MaxValue ? throw Ops.OverflowError("int too big to convert") : (long)v;
    }

    private static ulong UnsignedLongLong(object value)
    {
        var v = Exact(value);
        if (v.Sign < 0)
        {
            throw Ops.OverflowError("can't convert negative int to unsigned");
        }
        return v > ulong.MaxValue ? throw Ops.OverflowError("int too big to convert") : (ulong)v;
    }
}
