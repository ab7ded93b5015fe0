using System.Buffers.Binary;

namespace IronUwsgi.Server.Protocol.Uwsgi;

/// <summary>The 4-byte uwsgi packet header: modifier1, 16-bit little-endian datasize, modifier2.</summary>
internal readonly record struct UwsgiHeader(byte Modifier1, ushort DataSize, byte Modifier2)
{
    public const int Size = 4;

    /// <summary>modifier1 of a WSGI request.</summary>
    public const byte Wsgi = 0;

    /// <summary>modifier1 of a ping; the answer carries modifier2 = 1.</summary>
    public const byte Ping = 100;

    public static UwsgiHeader Read(ReadOnlySpan<byte> bytes) =>
        new(bytes[0], BinaryPrimitives.ReadUInt16LittleEndian(bytes[1..]), bytes[3]);

    public void Write(Span<byte> bytes)
    {
        bytes[0] = Modifier1;
        BinaryPrimitives.WriteUInt16LittleEndian(bytes[1..], DataSize);
        bytes[3] = Modifier2;
    }
}
