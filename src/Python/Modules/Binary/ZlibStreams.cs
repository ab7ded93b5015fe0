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
    /// The length of the container's header at the start of input (0 for raw), -1 while the input ends inside it;
    /// resolves <see cref="ZlibContainer.Auto"/>. A bad header throws <see cref="InflateException"/>.
    /// </summary>
    public static int HeaderLength(byte[] input, int length, ref ZlibContainer container)
    {
        if (container == ZlibContainer.Auto)
        {
            if (length < 2)
            {
                return -1;
            }
            container = input[0] == 0x1F && input[1] == 0x8B ? ZlibContainer.Gzip : ZlibContainer.Zlib;
        }
        switch (container)
        {
            case ZlibContainer.Zlib:
                if (length < 2)
                {
                    return -1;
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
                return 2;
            case ZlibContainer.Gzip:
                return GzipHeaderLength(input, length);
            default:
                return 0;
        }
    }

    /// <summary>The trailer's length for a container.</summary>
    public static int TrailerLength(ZlibContainer container) => container switch
    {
        ZlibContainer.Zlib => 4,
        ZlibContainer.Gzip => 8,
        _ => 0,
    };

    /// <summary>The running checksum a container's trailer carries, before any data.</summary>
    public static uint InitialChecksum(ZlibContainer container) => container == ZlibContainer.Zlib ? 1u : 0u;

    public static uint UpdateChecksum(ZlibContainer container, uint checksum, ReadOnlySpan<byte> data) =>
        container == ZlibContainer.Zlib ? Checksums.Adler32(data, checksum) : Checksums.Crc32(data, checksum);

    /// <summary>Checks the trailer at input[at..] against the output's checksum and length (zlib's messages).</summary>
    public static void CheckTrailer(ZlibContainer container, byte[] input, int at, uint checksum, long totalOutput)
    {
        switch (container)
        {
            case ZlibContainer.Zlib:
                if (BinaryPrimitives.ReadUInt32BigEndian(input.AsSpan(at)) != checksum)
                {
                    throw new InflateException("incorrect data check");
                }
                break;
            case ZlibContainer.Gzip:
                if (BinaryPrimitives.ReadUInt32LittleEndian(input.AsSpan(at)) != checksum)
                {
                    throw new InflateException("incorrect data check");
                }
                if (BinaryPrimitives.ReadUInt32LittleEndian(input.AsSpan(at + 4)) != (uint)totalOutput)
                {
                    throw new InflateException("incorrect length check");
                }
                break;
        }
    }

    /// <summary>Decodes a whole stream in one go; false when the input ends before the stream does.</summary>
    public static bool DecodeAll(byte[] input, ZlibContainer container, List<byte> output)
    {
        var header = HeaderLength(input, input.Length, ref container);
        if (header < 0)
        {
            return false;
        }
        var inflater = Inflater.Run(input, new InflatePoint(header, 0, 0, 0), input.Length, output, 0, long.MaxValue, out var status);
        var trailer = TrailerLength(container);
        if (status != InflateStatus.Done || inflater.Consumed + trailer > input.Length)
        {
            return false;
        }
        var data = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(output);
        CheckTrailer(container, input, inflater.Consumed, UpdateChecksum(container, InitialChecksum(container), data), data.Length);
        return true;
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
