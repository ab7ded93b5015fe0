using System.Buffers.Binary;
using System.IO.Compression;

namespace IronUwsgi.Python.Modules.Binary;

/// <summary>The container a wbits value selects: zlib header and Adler-32, raw deflate, gzip, or zlib-or-gzip by the header.</summary>
internal enum ZlibContainer
{
    Zlib,
    Raw,
    Gzip,
    Auto,
}

/// <summary>Result of decoding the input seen so far.</summary>
internal readonly record struct ZlibDecodeResult(bool Eof, int Consumed, int MarkPosition);

/// <summary>zlib's stream formats around DEFLATE: compression through System.IO.Compression, decompression through <see cref="Inflater"/>.</summary>
internal static class ZlibStreams
{
    /// <summary>The container for a wbits value, or null when zlib would reject it.</summary>
    public static ZlibContainer? ContainerFor(long wbits, bool decompressing) => wbits switch
    {
        >= 9 and <= 15 => ZlibContainer.Zlib,
        0 when decompressing => ZlibContainer.Zlib,
        >= -15 and <= -9 => ZlibContainer.Raw,
        >= 25 and <= 31 => ZlibContainer.Gzip,
        >= 40 and <= 47 when decompressing => ZlibContainer.Auto,
        _ => null,
    };

    public static Stream Compressor(Stream sink, ZlibContainer container, int level, int strategy)
    {
        var options = new ZLibCompressionOptions
        {
            CompressionLevel = level < 0 ? 6 : level,
            CompressionStrategy = strategy switch
            {
                1 => ZLibCompressionStrategy.Filtered,
                2 => ZLibCompressionStrategy.HuffmanOnly,
                3 => ZLibCompressionStrategy.RunLengthEncoding,
                4 => ZLibCompressionStrategy.Fixed,
                _ => ZLibCompressionStrategy.Default,
            },
        };
        return container switch
        {
            ZlibContainer.Raw => new DeflateStream(sink, options, leaveOpen: true),
            ZlibContainer.Gzip => new GZipStream(sink, options, leaveOpen: true),
            _ => new ZLibStream(sink, options, leaveOpen: true),
        };
    }

    /// <summary>
    /// The stream zlib writes for no data at all (System.IO.Compression writes nothing when nothing was written):
    /// an empty final fixed block inside the container's header and checksums.
    /// </summary>
    public static byte[] Empty(ZlibContainer container, int level)
    {
        byte[] block = [0x03, 0x00];
        return container switch
        {
            ZlibContainer.Raw => block,
            ZlibContainer.Gzip => [0x1F, 0x8B, 0x08, 0, 0, 0, 0, 0, (byte)(level == 9 ? 2 : level == 1 ? 4 : 0), 0x03, .. block, 0, 0, 0, 0, 0, 0, 0, 0],
            _ => [0x78, level switch { 0 or 1 => 0x01, >= 2 and <= 5 => 0x5E, >= 7 => 0xDA, _ => 0x9C }, .. block, 0, 0, 0, 1],
        };
    }

    /// <summary>
    /// Decodes input[0..length) into output (which it fills from empty). Incomplete input is not an error here;
    /// a corrupt stream throws <see cref="InflateException"/> with zlib's message.
    /// </summary>
    public static ZlibDecodeResult Decode(byte[] input, int length, ZlibContainer container, List<byte> output, long markAt)
    {
        var at = 0;
        if (container == ZlibContainer.Auto)
        {
            if (length < 2)
            {
                return new ZlibDecodeResult(false, 0, -1);
            }
            container = input[0] == 0x1F && input[1] == 0x8B ? ZlibContainer.Gzip : ZlibContainer.Zlib;
        }
        switch (container)
        {
            case ZlibContainer.Zlib:
                if (length < 2)
                {
                    return new ZlibDecodeResult(false, 0, -1);
                }
                if (((input[0] << 8) | input[1]) % 31 != 0)
                {
                    throw new InflateException("incorrect header check");
                }
                if ((input[0] & 0x0F) != 8)
                {
                    throw new InflateException("unknown compression method");
                }
                if ((input[0] >> 4) > 7)
                {
                    throw new InflateException("invalid window size");
                }
                if ((input[1] & 0x20) != 0)
                {
                    throw new InflateException("need dictionary");
                }
                at = 2;
                break;
            case ZlibContainer.Gzip:
                var header = GzipHeaderLength(input, length);
                if (header < 0)
                {
                    return new ZlibDecodeResult(false, 0, -1);
                }
                at = header;
                break;
        }
        var status = Inflater.Run(input, at, length, output, out var consumed, markAt, out var mark);
        if (status == InflateStatus.NeedInput)
        {
            return new ZlibDecodeResult(false, length, mark);
        }
        switch (container)
        {
            case ZlibContainer.Zlib:
                if (consumed + 4 > length)
                {
                    return new ZlibDecodeResult(false, length, mark);
                }
                if (BinaryPrimitives.ReadUInt32BigEndian(input.AsSpan(consumed)) != Checksums.Adler32(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(output), 1))
                {
                    throw new InflateException("incorrect data check");
                }
                consumed += 4;
                break;
            case ZlibContainer.Gzip:
                if (consumed + 8 > length)
                {
                    return new ZlibDecodeResult(false, length, mark);
                }
                var data = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(output);
                if (BinaryPrimitives.ReadUInt32LittleEndian(input.AsSpan(consumed)) != Checksums.Crc32(data, 0))
                {
                    throw new InflateException("incorrect data check");
                }
                if (BinaryPrimitives.ReadUInt32LittleEndian(input.AsSpan(consumed + 4)) != (uint)data.Length)
                {
                    throw new InflateException("incorrect length check");
                }
                consumed += 8;
                break;
        }
        return new ZlibDecodeResult(true, consumed, mark);
    }

    /// <summary>The length of a gzip member header (RFC 1952), -1 when the input ends inside it.</summary>
    private static int GzipHeaderLength(byte[] input, int length)
    {
        if (length >= 1 && input[0] != 0x1F || length >= 2 && input[1] != 0x8B)
        {
            throw new InflateException("incorrect header check");
        }
        if (length < 10)
        {
            return -1;
        }
        if (input[2] != 8)
        {
            throw new InflateException("unknown compression method");
        }
        var flags = input[3];
        var at = 10;
        if ((flags & 4) != 0)
        {
            if (at + 2 > length)
            {
                return -1;
            }
            at += 2 + (input[at] | (input[at + 1] << 8));
        }
        foreach (var bit in new[] { 8, 16 })
        {
            if ((flags & bit) != 0)
            {
                while (at < length && input[at] != 0)
                {
                    at++;
                }
                at++;
            }
        }
        if ((flags & 2) != 0)
        {
            at += 2;
        }
        return at > length ? -1 : at;
    }
}
