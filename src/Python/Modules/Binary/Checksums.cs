namespace IronUwsgi.Python.Modules.Binary;

/// <summary>The checksums zlib and binascii share: CRC-32 (as zlib), Adler-32 and CRC-CCITT (crc_hqx).</summary>
internal static class Checksums
{
    private static readonly uint[] CrcTable = MakeCrcTable();

    private static uint[] MakeCrcTable()
    {
        var table = new uint[256];
        for (uint n = 0; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            table[n] = c;
        }
        return table;
    }

    public static uint Crc32(ReadOnlySpan<byte> data, uint crc)
    {
        crc = ~crc;
        foreach (var b in data)
        {
            crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }
        return ~crc;
    }

    public static uint Adler32(ReadOnlySpan<byte> data, uint adler)
    {
        const uint Mod = 65521;
        uint a = adler & 0xFFFF;
        uint b = adler >> 16;
        while (data.Length > 0)
        {
            // 5552 bytes is the most that can be summed before the 32-bit sums may overflow.
            var n = Math.Min(data.Length, 5552);
            foreach (var x in data[..n])
            {
                a += x;
                b += a;
            }
            a %= Mod;
            b %= Mod;
            data = data[n..];
        }
        return (b << 16) | a;
    }

    public static uint CrcHqx(ReadOnlySpan<byte> data, uint crc)
    {
        crc &= 0xFFFF;
        foreach (var x in data)
        {
            crc ^= (uint)x << 8;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 0x8000) != 0 ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
            }
        }
        return crc;
    }
}
