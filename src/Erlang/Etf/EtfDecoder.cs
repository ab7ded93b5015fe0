using System.Buffers.Binary;
using System.Globalization;
using System.IO.Compression;
using System.Numerics;
using System.Text;
using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Erlang.Etf;

/// <summary>
/// Decodes one term of the external term format. Nesting uses an explicit stack, counts are
/// checked against the bytes left before anything is allocated, and every failure is an
/// <see cref="EtfException"/> naming the tag and offset.
/// </summary>
internal static class EtfDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes the term that starts with the version byte at the start of <paramref name="data"/>.</summary>
    public static ErlTerm Decode(ReadOnlySpan<byte> data, out int consumed)
    {
        if (data.IsEmpty)
            throw new EtfException("empty input: expected the version byte 131", 0);
        if (data[0] != EtfTag.Version)
            throw new EtfException($"bad version byte {data[0]}: expected 131", 0);
        if (data.Length > 1 && data[1] == EtfTag.Compressed)
        {
            var inflated = Inflate(data);
            var cursor = new Cursor(inflated, 0);
            var term = DecodeTerm(ref cursor);
            if (cursor.Position != inflated.Length)
                throw new EtfException($"compressed term: {inflated.Length - cursor.Position} bytes left over after the term in the inflated data", cursor.Position);
            // The zlib stream is taken to run to the end of the input.
            consumed = data.Length;
            return term;
        }
        var reader = new Cursor(data, 1);
        var result = DecodeTerm(ref reader);
        consumed = reader.Position;
        return result;
    }

    private static byte[] Inflate(ReadOnlySpan<byte> data)
    {
        var cursor = new Cursor(data, 2) { Tag = EtfTag.Compressed, TagOffset = 1 };
        uint size = cursor.U32();
        // Grow with the data actually inflated, so a lying size field cannot allocate gigabytes up front.
        var output = new MemoryStream((int)Math.Min(size, 1u << 20));
        try
        {
            using var zlib = new ZLibStream(new MemoryStream(data[6..].ToArray(), writable: false), CompressionMode.Decompress);
            var buffer = new byte[81920];
            int read;
            while ((read = zlib.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (output.Length + read > size)
                    throw new EtfException($"COMPRESSED: the data inflates to more than the declared {size} bytes", 1);
                output.Write(buffer, 0, read);
            }
        }
        catch (InvalidDataException error)
        {
            throw new EtfException($"COMPRESSED at offset 1: corrupt zlib data ({error.Message})", error);
        }
        if (output.Length != size)
            throw new EtfException($"COMPRESSED: the data inflates to {output.Length} bytes, not the declared {size}", 1);
        return output.ToArray();
    }

    private static ErlTerm DecodeTerm(ref Cursor cursor)
    {
        Stack<Frame>? frames = null;
        while (true)
        {
            cursor.TagOffset = cursor.Position;
            cursor.Tag = 0;
            byte tag = cursor.U8();
            cursor.Tag = tag;
            ErlTerm value;
            switch (tag)
            {
                case EtfTag.SmallTuple:
                case EtfTag.LargeTuple:
                    {
                        int arity = tag == EtfTag.SmallTuple ? cursor.U8() : cursor.Count(1);
                        if (arity == 0)
                        {
                            value = ErlTuple.Empty;
                            break;
                        }
                        cursor.EnsureAtLeast(arity);
                        (frames ??= new()).Push(new Frame(FrameKind.Tuple, arity, cursor.TagOffset));
                        continue;
                    }
                case EtfTag.List:
                    {
                        int length = cursor.Count(1);
                        cursor.EnsureAtLeast(length + 1L);
                        (frames ??= new()).Push(new Frame(FrameKind.List, length + 1, cursor.TagOffset));
                        continue;
                    }
                case EtfTag.Map:
                    {
                        int count = cursor.Count(2);
                        if (count == 0)
                        {
                            value = ErlMap.Empty;
                            break;
                        }
                        (frames ??= new()).Push(new Frame(FrameKind.Map, count * 2, cursor.TagOffset));
                        continue;
                    }
                case EtfTag.NewFun:
                    {
                        var frame = ReadFunHeader(ref cursor);
                        if (frame.Items.Length > 0)
                        {
                            (frames ??= new()).Push(frame);
                            continue;
                        }
                        value = frame.Build(ref cursor);
                        break;
                    }
                default:
                    value = ReadLeaf(ref cursor, tag);
                    break;
            }
            while (true)
            {
                if (frames is null || !frames.TryPeek(out var top))
                    return value;
                top.Items[top.Filled++] = value;
                if (top.Filled < top.Items.Length)
                    break;
                frames.Pop();
                value = top.Build(ref cursor);
            }
        }
    }

    private static Frame ReadFunHeader(ref Cursor cursor)
    {
        int sizeAt = cursor.Position;
        uint size = cursor.U32();
        int arity = cursor.U8();
        byte[] uniq = cursor.Bytes(ErlFun.UniqLength).ToArray();
        uint index = cursor.U32();
        int freeCount = cursor.Count(1);
        int funOffset = cursor.TagOffset;
        var module = ReadAtom(ref cursor);
        long oldIndex = ReadSmallInteger(ref cursor);
        long oldUniq = ReadSmallInteger(ref cursor);
        var pid = ReadPidTerm(ref cursor);
        cursor.Tag = EtfTag.NewFun;
        cursor.TagOffset = funOffset;
        return new Frame(FrameKind.Fun, freeCount, funOffset)
        {
            Fun = new FunHeader(module, arity, uniq, index, oldIndex, oldUniq, pid, sizeAt, size),
        };
    }

    private static ErlTerm ReadLeaf(ref Cursor cursor, byte tag)
    {
        switch (tag)
        {
            case EtfTag.SmallInteger:
                return ErlInteger.Of(cursor.U8());
            case EtfTag.Integer:
                return ErlInteger.Of((int)cursor.U32());
            case EtfTag.SmallBig:
                return ReadBig(ref cursor, cursor.U8());
            case EtfTag.LargeBig:
                return ReadBig(ref cursor, cursor.Count(1));
            case EtfTag.NewFloat:
                {
                    double value = BitConverter.UInt64BitsToDouble(cursor.U64());
                    return double.IsFinite(value) ? new ErlFloat(value) : throw cursor.Error($"{value} is not an Erlang float");
                }
            case EtfTag.Float:
                return ReadOldFloat(ref cursor);
            case EtfTag.Atom:
            case EtfTag.SmallAtom:
            case EtfTag.AtomUtf8:
            case EtfTag.SmallAtomUtf8:
                return ReadAtomBody(ref cursor, tag);
            case EtfTag.Nil:
                return ErlList.Nil;
            case EtfTag.String:
                {
                    var bytes = cursor.Bytes(cursor.U16());
                    if (bytes.IsEmpty)
                        return ErlList.Nil;
                    var items = new ErlTerm[bytes.Length];
                    for (int i = 0; i < items.Length; i++)
                        items[i] = ErlInteger.Of(bytes[i]);
                    return new ErlList(items, null);
                }
            case EtfTag.Binary:
                return new ErlBinary(cursor.Bytes(cursor.Count(1)).ToArray(), owned: true);
            case EtfTag.BitBinary:
                return ReadBitBinary(ref cursor);
            case EtfTag.Pid:
            case EtfTag.NewPid:
                return ReadPidBody(ref cursor, tag);
            case EtfTag.Port:
                {
                    var node = ReadAtom(ref cursor);
                    uint id = cursor.U32();
                    return new ErlPort(node, id, cursor.U8());
                }
            case EtfTag.NewPort:
                {
                    var node = ReadAtom(ref cursor);
                    uint id = cursor.U32();
                    return new ErlPort(node, id, cursor.U32());
                }
            case EtfTag.V4Port:
                {
                    var node = ReadAtom(ref cursor);
                    ulong id = cursor.U64();
                    return new ErlPort(node, id, cursor.U32());
                }
            case EtfTag.Reference:
                {
                    var node = ReadAtom(ref cursor);
                    uint id = cursor.U32();
                    return new ErlRef(node, cursor.U8(), [id]);
                }
            case EtfTag.NewReference:
            case EtfTag.NewerReference:
                return ReadReference(ref cursor, tag);
            case EtfTag.Export:
                {
                    var module = ReadAtom(ref cursor);
                    var function = ReadAtom(ref cursor);
                    int arityOffset = cursor.Position;
                    if (cursor.U8() != EtfTag.SmallInteger)
                        throw new EtfException("EXPORT_EXT: the arity must be a SMALL_INTEGER_EXT", arityOffset);
                    return new ErlExport(module, function, cursor.U8());
                }
            case EtfTag.Compressed:
                throw cursor.Error("a compressed term may only appear right after the version byte");
            case EtfTag.AtomCacheRef:
                throw cursor.Error("atom cache references are only valid after a distribution header");
            case EtfTag.Fun:
                throw cursor.Error("FUN_EXT was removed in OTP 23 and is not accepted");
            case EtfTag.Local:
                throw cursor.Error("LOCAL_EXT is only meaningful to the node that encoded it");
            default:
                throw new EtfException($"unknown tag {tag}", cursor.TagOffset);
        }
    }

    private static ErlInteger ReadBig(ref Cursor cursor, int length)
    {
        byte sign = cursor.U8();
        if (sign > 1)
            throw cursor.Error($"sign byte {sign} is neither 0 nor 1");
        var magnitude = new BigInteger(cursor.Bytes(length), isUnsigned: true, isBigEndian: false);
        return new ErlInteger(sign == 1 ? -magnitude : magnitude);
    }

    // FLOAT_EXT: 31 bytes of "%.20e" text, NUL padded.
    private static ErlFloat ReadOldFloat(ref Cursor cursor)
    {
        var text = cursor.Bytes(31);
        int end = text.IndexOf((byte)0);
        var digits = Encoding.ASCII.GetString(end < 0 ? text : text[..end]).Trim();
        if (!double.TryParse(digits, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
            throw cursor.Error($"'{digits}' is not a float");
        return new ErlFloat(value);
    }

    private static ErlTerm ReadBitBinary(ref Cursor cursor)
    {
        int length = cursor.Count(1);
        int bits = cursor.U8();
        var data = cursor.Bytes(length);
        if (length == 0)
            return bits == 0 ? ErlBinary.Empty : throw cursor.Error($"an empty bitstring cannot use {bits} bits of a last byte");
        if (bits is < 1 or > 8)
            throw cursor.Error($"{bits} bits used in the last byte: expected 1 to 8");
        return bits == 8 ? new ErlBinary(data.ToArray(), owned: true) : new ErlBitstring(data, bits);
    }

    private static ErlTerm ReadReference(ref Cursor cursor, byte tag)
    {
        int count = cursor.U16();
        if (count is 0 or > ErlRef.MaxIds)
            throw cursor.Error($"{count} id words: expected 1 to {ErlRef.MaxIds}");
        var node = ReadAtom(ref cursor);
        uint creation = tag == EtfTag.NewerReference ? cursor.U32() : cursor.U8();
        Span<uint> ids = stackalloc uint[count];
        for (int i = 0; i < count; i++)
            ids[i] = cursor.U32();
        return new ErlRef(node, creation, ids);
    }

    private static ErlPid ReadPidTerm(ref Cursor cursor)
    {
        cursor.TagOffset = cursor.Position;
        byte tag = cursor.U8();
        cursor.Tag = tag;
        if (tag is not (EtfTag.Pid or EtfTag.NewPid))
            throw cursor.Error("expected a pid");
        return ReadPidBody(ref cursor, tag);
    }

    private static ErlPid ReadPidBody(ref Cursor cursor, byte tag)
    {
        var node = ReadAtom(ref cursor);
        uint id = cursor.U32();
        uint serial = cursor.U32();
        uint creation = tag == EtfTag.NewPid ? cursor.U32() : cursor.U8();
        return new ErlPid(node, id, serial, creation);
    }

    // The integer terms inside NEW_FUN_EXT (OldIndex, OldUniq).
    private static long ReadSmallInteger(ref Cursor cursor)
    {
        int offset = cursor.Position;
        byte tag = cursor.U8();
        return tag switch
        {
            EtfTag.SmallInteger => cursor.U8(),
            EtfTag.Integer => (int)cursor.U32(),
            _ => throw new EtfException($"NEW_FUN_EXT: expected an integer, found {EtfTag.Name(tag)}", offset),
        };
    }

    private static ErlAtom ReadAtom(ref Cursor cursor)
    {
        int offset = cursor.Position;
        byte tag = cursor.U8();
        if (tag is not (EtfTag.Atom or EtfTag.SmallAtom or EtfTag.AtomUtf8 or EtfTag.SmallAtomUtf8))
            throw new EtfException($"{EtfTag.Name(cursor.Tag)}: expected an atom, found {EtfTag.Name(tag)}", offset);
        return ReadAtomBody(ref cursor, tag);
    }

    private static ErlAtom ReadAtomBody(ref Cursor cursor, byte tag)
    {
        int offset = cursor.Position;
        int length = tag is EtfTag.SmallAtom or EtfTag.SmallAtomUtf8 ? cursor.U8() : cursor.U16();
        var bytes = cursor.Bytes(length);
        string name;
        if (tag is EtfTag.Atom or EtfTag.SmallAtom)
        {
            name = Encoding.Latin1.GetString(bytes);
        }
        else
        {
            try
            {
                name = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                throw new EtfException($"{EtfTag.Name(tag)}: the atom is not valid UTF-8", offset);
            }
        }
        try
        {
            return new ErlAtom(name);
        }
        catch (ArgumentException error)
        {
            throw new EtfException($"{EtfTag.Name(tag)}: {error.Message}", offset);
        }
    }

    private enum FrameKind
    {
        Tuple,
        List,
        Map,
        Fun,
    }

    private sealed record FunHeader(ErlAtom Module, int Arity, byte[] Uniq, uint Index, long OldIndex, long OldUniq, ErlPid Pid, int SizeAt, uint Size);

    // A container whose elements are being decoded.
    private sealed class Frame(FrameKind kind, int count, int offset)
    {
        public ErlTerm[] Items { get; } = count == 0 ? [] : new ErlTerm[count];

        public int Filled { get; set; }

        public FunHeader? Fun { get; init; }

        public ErlTerm Build(ref Cursor cursor)
        {
            switch (kind)
            {
                case FrameKind.Tuple:
                    return new ErlTuple(Items);
                case FrameKind.List:
                    {
                        var tail = Items[^1];
                        if (Items.Length == 1)
                            return tail;
                        return new ErlList(Items[..^1], tail);
                    }
                case FrameKind.Map:
                    {
                        var entries = new KeyValuePair<ErlTerm, ErlTerm>[Items.Length / 2];
                        for (int i = 0; i < entries.Length; i++)
                            entries[i] = new(Items[2 * i], Items[(2 * i) + 1]);
                        try
                        {
                            return new ErlMap(entries);
                        }
                        catch (ArgumentException error)
                        {
                            throw new EtfException($"MAP_EXT: {error.Message}", offset);
                        }
                    }
                default:
                    {
                        var fun = Fun!;
                        long actual = cursor.Position - fun.SizeAt;
                        if (actual != fun.Size)
                            throw new EtfException($"NEW_FUN_EXT: Size says {fun.Size} bytes but the fun takes {actual}", offset);
                        return new ErlFun(fun.Module, fun.Arity, fun.Uniq, fun.Index, fun.OldIndex, fun.OldUniq, fun.Pid, Items);
                    }
            }
        }
    }

    // Reads big-endian fields, failing with the current tag and offset when the input ends early.
    private ref struct Cursor(ReadOnlySpan<byte> data, int position)
    {
        private readonly ReadOnlySpan<byte> _data = data;

        public int Position { get; private set; } = position;

        public byte Tag { get; set; }

        public int TagOffset { get; set; }

        public byte U8()
        {
            Need(1);
            return _data[Position++];
        }

        public ushort U16() => BinaryPrimitives.ReadUInt16BigEndian(Bytes(2));

        public uint U32() => BinaryPrimitives.ReadUInt32BigEndian(Bytes(4));

        public ulong U64() => BinaryPrimitives.ReadUInt64BigEndian(Bytes(8));

        public ReadOnlySpan<byte> Bytes(int count)
        {
            Need(count);
            var bytes = _data.Slice(Position, count);
            Position += count;
            return bytes;
        }

        /// <summary>A u32 count of items that each take at least <paramref name="bytesEach"/> bytes, checked against the input left.</summary>
        public int Count(int bytesEach)
        {
            uint count = U32();
            EnsureAtLeast((long)count * bytesEach);
            return (int)count;
        }

        public readonly void EnsureAtLeast(long bytes)
        {
            if (bytes > _data.Length - Position)
                throw Error($"declares {bytes} more bytes of content but only {_data.Length - Position} remain");
        }

        public readonly EtfException Error(string problem) =>
            new($"{(Tag == 0 ? "tag" : EtfTag.Name(Tag))} at offset {TagOffset}: {problem}", Position);

        private readonly void Need(int count)
        {
            if (count > _data.Length - Position)
                throw Error($"truncated: needs {count} more bytes but {_data.Length - Position} remain");
        }
    }
}
