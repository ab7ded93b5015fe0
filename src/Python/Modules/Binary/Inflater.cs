namespace IronUwsgi.Python.Modules.Binary;

/// <summary>Why inflating stopped: the final block ended, or the input ran out first.</summary>
internal enum InflateStatus
{
    Done,
    NeedInput,
}

/// <summary>A place in a DEFLATE stream between blocks: the input byte offset, the unread bits of the last byte, and the output length.</summary>
internal readonly record struct InflatePoint(int Pos, int BitBuffer, int BitCount, int OutputCount);

/// <summary>A raw DEFLATE stream (RFC 1951) is invalid; the message is zlib's.</summary>
internal sealed class InflateException(string message) : Exception(message);

/// <summary>
/// A raw DEFLATE decoder that starts at a block boundary and reports the last one it passed, so
/// zlib's decompressobj can resume from there when more input arrives (decoding the partial last
/// block again). Canonical Huffman codes are decoded by code length, as RFC 1951 defines them.
/// </summary>
internal sealed class Inflater
{
    private static readonly int[] LengthBase = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
    private static readonly int[] LengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
    private static readonly int[] DistBase = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
    private static readonly int[] DistExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
    private static readonly int[] CodeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

    private readonly byte[] input;
    private readonly int end;
    private readonly List<byte> output;
    private readonly long trimmed;
    private readonly long markAt;
    private int pos;
    private int bitBuffer;
    private int bitCount;

    private Inflater(byte[] input, InflatePoint from, int end, List<byte> output, long trimmed, long markAt)
    {
        this.input = input;
        pos = from.Pos;
        bitBuffer = from.BitBuffer;
        bitCount = from.BitCount;
        this.end = end;
        this.output = output;
        this.trimmed = trimmed;
        this.markAt = markAt;
        LastBlockEnd = from;
    }

    /// <summary>Input offset at which the output list first reached <c>markAt</c> entries (-1 if it never did).</summary>
    public int MarkPosition { get; private set; } = -1;

    /// <summary>The last boundary before a non-final block that was passed (the start point when there was none).</summary>
    public InflatePoint LastBlockEnd { get; private set; }

    /// <summary>Where the final block ended (whole bytes), once the status is Done.</summary>
    public int Consumed => pos;

    /// <summary>
    /// Decodes input[from.Pos..end) appending to output, whose entries before from.OutputCount are the
    /// stream's earlier output; <paramref name="trimmed"/> more bytes came before those (for distance checks).
    /// </summary>
    public static Inflater Run(byte[] input, InflatePoint from, int end, List<byte> output, long trimmed, long markAt, out InflateStatus status)
    {
        var inflater = new Inflater(input, from, end, output, trimmed, markAt);
        status = inflater.Blocks();
        return inflater;
    }

    private InflateStatus Blocks()
    {
        try
        {
            bool last;
            do
            {
                last = Bits(1) == 1;
                switch (Bits(2))
                {
                    case 0:
                        Stored();
                        break;
                    case 1:
                        Codes(FixedLengths.Value, FixedDistances.Value);
                        break;
                    case 2:
                        Dynamic();
                        break;
                    default:
                        throw new InflateException("invalid block type");
                }
                if (!last)
                {
                    LastBlockEnd = new InflatePoint(pos, bitBuffer, bitCount, output.Count);
                }
            }
            while (!last);
            return InflateStatus.Done;
        }
        catch (EndOfInputException)
        {
            return InflateStatus.NeedInput;
        }
    }

    private sealed class EndOfInputException : Exception;

    private int Bits(int need)
    {
        var value = bitBuffer;
        while (bitCount < need)
        {
            if (pos >= end)
            {
                throw new EndOfInputException();
            }
            value |= input[pos++] << bitCount;
            bitCount += 8;
        }
        bitBuffer = value >> need;
        bitCount -= need;
        return value & ((1 << need) - 1);
    }

    private void Emit(byte b)
    {
        output.Add(b);
        if (MarkPosition < 0 && output.Count >= markAt)
        {
            MarkPosition = pos;
        }
    }

    private void Stored()
    {
        bitBuffer = 0;
        bitCount = 0;
        if (pos + 4 > end)
        {
            throw new EndOfInputException();
        }
        var length = input[pos] | (input[pos + 1] << 8);
        var check = input[pos + 2] | (input[pos + 3] << 8);
        if (length != (~check & 0xFFFF))
        {
            throw new InflateException("invalid stored block lengths");
        }
        pos += 4;
        // Stored bytes are handed out as they arrive, as zlib does; a short block then waits for more input.
        var available = Math.Min(length, end - pos);
        for (var i = 0; i < available; i++)
        {
            Emit(input[pos++]);
        }
        if (available < length)
        {
            throw new EndOfInputException();
        }
    }

    /// <summary>A canonical Huffman code: how many codes of each length, and the symbols in code order.</summary>
    private sealed class Huffman
    {
        public readonly short[] Counts = new short[16];
        public readonly short[] Symbols;

        public Huffman(ReadOnlySpan<byte> lengths, out int left)
        {
            Symbols = new short[lengths.Length];
            foreach (var l in lengths)
            {
                Counts[l]++;
            }
            left = 1;
            for (var len = 1; len < 16; len++)
            {
                left = (left << 1) - Counts[len];
                if (left < 0)
                {
                    return;
                }
            }
            Span<short> offsets = stackalloc short[16];
            for (var len = 1; len < 15; len++)
            {
                offsets[len + 1] = (short)(offsets[len] + Counts[len]);
            }
            for (short symbol = 0; symbol < lengths.Length; symbol++)
            {
                if (lengths[symbol] != 0)
                {
                    Symbols[offsets[lengths[symbol]]++] = symbol;
                }
            }
        }
    }

    private static readonly Lazy<Huffman> FixedLengths = new(() =>
    {
        var lengths = new byte[288];
        lengths.AsSpan(0, 144).Fill(8);
        lengths.AsSpan(144, 112).Fill(9);
        lengths.AsSpan(256, 24).Fill(7);
        lengths.AsSpan(280, 8).Fill(8);
        return new Huffman(lengths, out _);
    });

    private static readonly Lazy<Huffman> FixedDistances = new(() => new Huffman(Enumerable.Repeat((byte)5, 30).ToArray(), out _));

    private int Decode(Huffman h)
    {
        int code = 0, first = 0, index = 0;
        for (var len = 1; len < 16; len++)
        {
            code |= Bits(1);
            int count = h.Counts[len];
            if (code - count < first)
            {
                return h.Symbols[index + (code - first)];
            }
            index += count;
            first = (first + count) << 1;
            code <<= 1;
        }
        return -1;
    }

    private void Codes(Huffman lengths, Huffman distances)
    {
        while (true)
        {
            var symbol = Decode(lengths);
            if (symbol < 0)
            {
                throw new InflateException("invalid literal/length code");
            }
            if (symbol < 256)
            {
                Emit((byte)symbol);
                continue;
            }
            if (symbol == 256)
            {
                return;
            }
            symbol -= 257;
            if (symbol >= 29)
            {
                throw new InflateException("invalid literal/length code");
            }
            var length = LengthBase[symbol] + Bits(LengthExtra[symbol]);
            var d = Decode(distances);
            if (d < 0 || d >= 30)
            {
                throw new InflateException("invalid distance code");
            }
            var distance = DistBase[d] + Bits(DistExtra[d]);
            if (distance > output.Count + trimmed)
            {
                throw new InflateException("invalid distance too far back");
            }
            var from = output.Count - distance;
            for (var i = 0; i < length; i++)
            {
                Emit(output[from + i]);
            }
        }
    }

    private void Dynamic()
    {
        var literalCount = Bits(5) + 257;
        var distanceCount = Bits(5) + 1;
        var codeCount = Bits(4) + 4;
        if (literalCount > 286 || distanceCount > 30)
        {
            throw new InflateException("too many length or distance symbols");
        }
        var lengths = new byte[320];
        for (var i = 0; i < codeCount; i++)
        {
            lengths[CodeLengthOrder[i]] = (byte)Bits(3);
        }
        var codeLengths = new Huffman(lengths.AsSpan(0, 19), out var left);
        // zlib accepts a code-length code with no codes at all; decoding with it then fails (or runs out of input).
        if (left != 0 && codeLengths.Counts[0] != 19)
        {
            throw new InflateException("invalid code lengths set");
        }
        Array.Clear(lengths);
        var index = 0;
        while (index < literalCount + distanceCount)
        {
            var symbol = Decode(codeLengths);
            if (symbol < 0)
            {
                throw new InflateException("invalid code lengths set");
            }
            if (symbol < 16)
            {
                lengths[index++] = (byte)symbol;
                continue;
            }
            byte value = 0;
            int repeat;
            if (symbol == 16)
            {
                if (index == 0)
                {
                    throw new InflateException("invalid bit length repeat");
                }
                value = lengths[index - 1];
                repeat = 3 + Bits(2);
            }
            else
            {
                repeat = symbol == 17 ? 3 + Bits(3) : 11 + Bits(7);
            }
            if (index + repeat > literalCount + distanceCount)
            {
                throw new InflateException("invalid bit length repeat");
            }
            while (repeat-- > 0)
            {
                lengths[index++] = value;
            }
        }
        if (lengths[256] == 0)
        {
            throw new InflateException("invalid code -- missing end-of-block");
        }
        var literals = new Huffman(lengths.AsSpan(0, literalCount), out left);
        if (left < 0 || (left > 0 && literalCount - literals.Counts[0] != 1))
        {
            throw new InflateException("invalid literal/lengths set");
        }
        var distances = new Huffman(lengths.AsSpan(literalCount, distanceCount), out left);
        if (left < 0 || (left > 0 && distanceCount - distances.Counts[0] != 1))
        {
            throw new InflateException("invalid distances set");
        }
        Codes(literals, distances);
    }
}
