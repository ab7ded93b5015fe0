using System.Buffers.Binary;
using System.Numerics;
using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Erlang.Etf;

/// <summary>
/// Encodes terms the way OTP 25 does over distribution (UTF-8 atoms, NEW_PID_EXT,
/// NEWER_REFERENCE_EXT, NEW_FLOAT_EXT, STRING_EXT for lists of bytes). The size is measured
/// first so the output is written into one span; nesting uses an explicit stack.
/// </summary>
internal static class EtfEncoder
{
    private const int MaxStringLength = 65535;

    /// <summary>The exact size of the term's encoding without the version byte.</summary>
    public static long Measure(ErlTerm term)
    {
        long size = 0;
        var pending = new Stack<ErlTerm>();
        pending.Push(term);
        while (pending.TryPop(out var current))
        {
            switch (current)
            {
                case ErlTuple tuple:
                    size += tuple.Arity <= byte.MaxValue ? 2 : 5;
                    foreach (var element in tuple.Elements)
                        pending.Push(element);
                    break;
                case ErlList list when list.IsEmpty:
                    size += 1;
                    break;
                case ErlList list when IsByteString(list):
                    size += 3 + list.Count;
                    break;
                case ErlList list:
                    size += 5;
                    foreach (var item in list.Items)
                        pending.Push(item);
                    pending.Push(list.Tail);
                    break;
                case ErlMap map:
                    size += 5;
                    foreach (var (key, value) in map.Entries)
                    {
                        pending.Push(key);
                        pending.Push(value);
                    }
                    break;
                case ErlFun fun:
                    size += 1 + 4 + 1 + ErlFun.UniqLength + 4 + 4 + AtomSize(fun.Module) + IntegerSize(fun.OldIndex) + IntegerSize(fun.OldUniq) + PidSize(fun.Pid);
                    foreach (var freeVar in fun.FreeVars)
                        pending.Push(freeVar);
                    break;
                default:
                    size += LeafSize(current);
                    break;
            }
        }
        return size;
    }

    /// <summary>Writes the term (without the version byte) into <paramref name="output"/>, which must hold <see cref="Measure"/> bytes; returns the bytes written.</summary>
    public static int Write(ErlTerm term, Span<byte> output)
    {
        int position = 0;
        var pending = new Stack<Work>();
        pending.Push(new Work(term, -1));
        while (pending.TryPop(out var work))
        {
            if (work.Term is null)
            {
                // The fun's Size field counts itself and everything after it, free variables included.
                BinaryPrimitives.WriteUInt32BigEndian(output[work.SizeAt..], (uint)(position - work.SizeAt));
                continue;
            }
            switch (work.Term)
            {
                case ErlTuple tuple:
                    if (tuple.Arity <= byte.MaxValue)
                    {
                        output[position++] = EtfTag.SmallTuple;
                        output[position++] = (byte)tuple.Arity;
                    }
                    else
                    {
                        output[position++] = EtfTag.LargeTuple;
                        position = WriteU32(output, position, (uint)tuple.Arity);
                    }
                    PushReversed(pending, tuple.Elements);
                    break;
                case ErlList list when list.IsEmpty:
                    output[position++] = EtfTag.Nil;
                    break;
                case ErlList list when IsByteString(list):
                    output[position++] = EtfTag.String;
                    BinaryPrimitives.WriteUInt16BigEndian(output[position..], (ushort)list.Count);
                    position += 2;
                    foreach (var item in list.Items)
                        output[position++] = (byte)((ErlInteger)item).LongValue;
                    break;
                case ErlList list:
                    output[position++] = EtfTag.List;
                    position = WriteU32(output, position, (uint)list.Count);
                    pending.Push(new Work(list.Tail, -1));
                    PushReversed(pending, list.Items);
                    break;
                case ErlMap map:
                    output[position++] = EtfTag.Map;
                    position = WriteU32(output, position, (uint)map.Count);
                    for (int i = map.Count - 1; i >= 0; i--)
                    {
                        pending.Push(new Work(map.Entries[i].Value, -1));
                        pending.Push(new Work(map.Entries[i].Key, -1));
                    }
                    break;
                case ErlFun fun:
                    output[position++] = EtfTag.NewFun;
                    pending.Push(new Work(null, position));
                    position += 4;
                    output[position++] = (byte)fun.Arity;
                    fun.Uniq.CopyTo(output[position..]);
                    position += ErlFun.UniqLength;
                    position = WriteU32(output, position, fun.Index);
                    position = WriteU32(output, position, (uint)fun.FreeVars.Length);
                    position = WriteAtom(output, position, fun.Module);
                    position = WriteInteger(output, position, fun.OldIndex);
                    position = WriteInteger(output, position, fun.OldUniq);
                    position = WritePid(output, position, fun.Pid);
                    PushReversed(pending, fun.FreeVars);
                    break;
                default:
                    position = WriteLeaf(output, position, work.Term);
                    break;
            }
        }
        return position;
    }

    private static void PushReversed(Stack<Work> pending, ReadOnlySpan<ErlTerm> terms)
    {
        for (int i = terms.Length - 1; i >= 0; i--)
            pending.Push(new Work(terms[i], -1));
    }

    // OTP sends proper lists of at most 65535 integers 0..255 as STRING_EXT.
    private static bool IsByteString(ErlList list)
    {
        if (!list.IsProper || list.Count > MaxStringLength)
            return false;
        foreach (var item in list.Items)
        {
            if (item is not ErlInteger { IsLong: true } integer || (ulong)integer.LongValue > byte.MaxValue)
                return false;
        }
        return true;
    }

    private static long LeafSize(ErlTerm term) => term switch
    {
        ErlAtom atom => AtomSize(atom),
        ErlInteger integer => IntegerSize(integer),
        ErlFloat => 9,
        ErlPid pid => PidSize(pid),
        ErlPort port => 1 + AtomSize(port.Node) + (port.Id <= uint.MaxValue ? 4 : 8) + 4,
        ErlRef reference => 1 + 2 + AtomSize(reference.Node) + 4 + (4 * reference.Ids.Length),
        ErlBinary binary => 5L + binary.Length,
        ErlBitstring bits => 6L + bits.Span.Length,
        ErlExport export => 1 + AtomSize(export.Module) + AtomSize(export.Function) + 2,
        _ => throw new InvalidOperationException($"cannot encode {term.GetType().Name}"),
    };

    private static int WriteLeaf(Span<byte> output, int position, ErlTerm term)
    {
        switch (term)
        {
            case ErlAtom atom:
                return WriteAtom(output, position, atom);
            case ErlInteger integer:
                return WriteInteger(output, position, integer);
            case ErlFloat number:
                output[position] = EtfTag.NewFloat;
                BinaryPrimitives.WriteDoubleBigEndian(output[(position + 1)..], number.Value);
                return position + 9;
            case ErlPid pid:
                return WritePid(output, position, pid);
            case ErlPort port:
                if (port.Id <= uint.MaxValue)
                {
                    output[position] = EtfTag.NewPort;
                    position = WriteAtom(output, position + 1, port.Node);
                    position = WriteU32(output, position, (uint)port.Id);
                }
                else
                {
                    output[position] = EtfTag.V4Port;
                    position = WriteAtom(output, position + 1, port.Node);
                    BinaryPrimitives.WriteUInt64BigEndian(output[position..], port.Id);
                    position += 8;
                }
                return WriteU32(output, position, port.Creation);
            case ErlRef reference:
                output[position] = EtfTag.NewerReference;
                BinaryPrimitives.WriteUInt16BigEndian(output[(position + 1)..], (ushort)reference.Ids.Length);
                position = WriteAtom(output, position + 3, reference.Node);
                position = WriteU32(output, position, reference.Creation);
                foreach (uint id in reference.Ids)
                    position = WriteU32(output, position, id);
                return position;
            case ErlBinary binary:
                output[position] = EtfTag.Binary;
                position = WriteU32(output, position + 1, (uint)binary.Length);
                binary.Span.CopyTo(output[position..]);
                return position + binary.Length;
            case ErlBitstring bits:
                output[position] = EtfTag.BitBinary;
                position = WriteU32(output, position + 1, (uint)bits.Span.Length);
                output[position++] = (byte)bits.BitsInLastByte;
                bits.Span.CopyTo(output[position..]);
                return position + bits.Span.Length;
            case ErlExport export:
                output[position] = EtfTag.Export;
                position = WriteAtom(output, position + 1, export.Module);
                position = WriteAtom(output, position, export.Function);
                output[position] = EtfTag.SmallInteger;
                output[position + 1] = (byte)export.Arity;
                return position + 2;
            default:
                throw new InvalidOperationException($"cannot encode {term.GetType().Name}");
        }
    }

    private static long AtomSize(ErlAtom atom)
    {
        int length = atom.Utf8.Length;
        return length <= byte.MaxValue ? 2 + length : 3 + length;
    }

    private static int WriteAtom(Span<byte> output, int position, ErlAtom atom)
    {
        var utf8 = atom.Utf8;
        int length = utf8.Length;
        if (length <= byte.MaxValue)
        {
            output[position] = EtfTag.SmallAtomUtf8;
            output[position + 1] = (byte)length;
            position += 2;
        }
        else
        {
            output[position] = EtfTag.AtomUtf8;
            BinaryPrimitives.WriteUInt16BigEndian(output[(position + 1)..], (ushort)length);
            position += 3;
        }
        utf8.CopyTo(output[position..]);
        return position + length;
    }

    private static long PidSize(ErlPid pid) => 1 + AtomSize(pid.Node) + 12;

    private static int WritePid(Span<byte> output, int position, ErlPid pid)
    {
        output[position] = EtfTag.NewPid;
        position = WriteAtom(output, position + 1, pid.Node);
        position = WriteU32(output, position, pid.Id);
        position = WriteU32(output, position, pid.Serial);
        return WriteU32(output, position, pid.Creation);
    }

    private static long IntegerSize(ErlInteger integer) =>
        integer.IsLong ? IntegerSize(integer.LongValue) : BigSize(integer.Value);

    private static long IntegerSize(long value) => value switch
    {
        >= 0 and <= byte.MaxValue => 2,
        >= int.MinValue and <= int.MaxValue => 5,
        _ => BigSize(value),
    };

    private static long BigSize(BigInteger value)
    {
        int length = BigInteger.Abs(value).GetByteCount(isUnsigned: true);
        return length <= byte.MaxValue ? 3 + length : 6L + length;
    }

    private static int WriteInteger(Span<byte> output, int position, ErlInteger integer) =>
        integer.IsLong ? WriteInteger(output, position, integer.LongValue) : WriteBig(output, position, integer.Value);

    private static int WriteInteger(Span<byte> output, int position, long value)
    {
        switch (value)
        {
            case >= 0 and <= byte.MaxValue:
                output[position] = EtfTag.SmallInteger;
                output[position + 1] = (byte)value;
                return position + 2;
            case >= int.MinValue and <= int.MaxValue:
                output[position] = EtfTag.Integer;
                BinaryPrimitives.WriteInt32BigEndian(output[(position + 1)..], (int)value);
                return position + 5;
            default:
                return WriteBig(output, position, value);
        }
    }

    // Bignums are a sign byte and the magnitude's bytes, least significant first.
    private static int WriteBig(Span<byte> output, int position, BigInteger value)
    {
        var magnitude = BigInteger.Abs(value);
        int length = magnitude.GetByteCount(isUnsigned: true);
        if (length <= byte.MaxValue)
        {
            output[position] = EtfTag.SmallBig;
            output[position + 1] = (byte)length;
            position += 2;
        }
        else
        {
            output[position] = EtfTag.LargeBig;
            position = WriteU32(output, position + 1, (uint)length);
        }
        output[position++] = value.Sign < 0 ? (byte)1 : (byte)0;
        magnitude.TryWriteBytes(output[position..], out int written, isUnsigned: true, isBigEndian: false);
        return position + written;
    }

    private static int WriteU32(Span<byte> output, int position, uint value)
    {
        BinaryPrimitives.WriteUInt32BigEndian(output[position..], value);
        return position + 4;
    }

    // A term still to write, or (Term null) the position of a fun's Size field to fill in.
    private readonly record struct Work(ErlTerm? Term, int SizeAt);
}
