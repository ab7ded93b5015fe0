using System.Buffers;
using System.Buffers.Binary;
using System.IO.Compression;
using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Erlang.Etf;

/// <summary>
/// The external term format: every term starts with the version byte 131. Inside a namespace
/// under <c>IronUwsgi.Erlang</c>, put <c>using IronUwsgi.Erlang.Etf;</c> after the namespace line
/// (or write <c>Etf.Etf</c>), because the namespace <c>Etf</c> is found before this class there.
/// </summary>
public static class Etf
{
    /// <summary>The version byte that starts every encoded term.</summary>
    public const byte Version = EtfTag.Version;

    /// <summary>
    /// Encodes a term with its version byte. <paramref name="compressed"/> zlib-compresses it as
    /// <c>term_to_binary(T, [compressed])</c> does, keeping the plain form when that is not larger.
    /// </summary>
    public static byte[] Encode(ErlTerm term, bool compressed = false)
    {
        ArgumentNullException.ThrowIfNull(term);
        int size = MeasureTerm(term);
        if (compressed && TryCompress(term, size) is { } packed)
            return packed;
        var bytes = new byte[size + 1];
        bytes[0] = Version;
        EtfEncoder.Write(term, bytes.AsSpan(1));
        return bytes;
    }

    /// <summary>Appends the term, version byte first, to <paramref name="output"/>; returns the bytes appended.</summary>
    public static int Write(IBufferWriter<byte> output, ErlTerm term, bool compressed = false)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(term);
        int size = MeasureTerm(term);
        if (compressed && TryCompress(term, size) is { } packed)
        {
            output.Write(packed);
            return packed.Length;
        }
        var span = output.GetSpan(size + 1);
        span[0] = Version;
        int written = EtfEncoder.Write(term, span[1..]);
        output.Advance(written + 1);
        return written + 1;
    }

    /// <summary>The size of the uncompressed encoding, version byte included.</summary>
    public static long GetEncodedSize(ErlTerm term)
    {
        ArgumentNullException.ThrowIfNull(term);
        return EtfEncoder.Measure(term) + 1;
    }

    /// <summary>Decodes a whole input holding exactly one term; trailing bytes are an <see cref="EtfException"/>.</summary>
    public static ErlTerm Decode(ReadOnlySpan<byte> data)
    {
        var term = Read(data, out int consumed);
        if (consumed != data.Length)
            throw new EtfException($"{data.Length - consumed} bytes left over after the term", consumed);
        return term;
    }

    /// <summary>
    /// Decodes the term (version byte first) at the start of <paramref name="data"/> and reports
    /// the bytes it took, for inputs holding several terms such as distribution packets.
    /// A compressed term is taken to run to the end of <paramref name="data"/>.
    /// </summary>
    public static ErlTerm Read(ReadOnlySpan<byte> data, out int consumed) => EtfDecoder.Decode(data, out consumed);

    private static int MeasureTerm(ErlTerm term)
    {
        long measured = EtfEncoder.Measure(term);
        if (measured > Array.MaxLength - 6)
            throw new EtfException($"the term's encoding takes {measured} bytes, more than a single buffer can hold");
        return (int)measured;
    }

    // 131, 80, the uncompressed size, then zlib data of the term without its version byte.
    private static byte[]? TryCompress(ErlTerm term, int size)
    {
        var plain = new byte[size];
        EtfEncoder.Write(term, plain);
        var packed = new MemoryStream();
        packed.Write([Version, EtfTag.Compressed, 0, 0, 0, 0]);
        using (var zlib = new ZLibStream(packed, CompressionLevel.Optimal, leaveOpen: true))
            zlib.Write(plain);
        if (packed.Length >= size + 1)
            return null;
        var result = packed.ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(result.AsSpan(2), (uint)size);
        return result;
    }
}
