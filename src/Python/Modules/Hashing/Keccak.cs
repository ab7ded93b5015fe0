using System.Buffers.Binary;
using System.Numerics;

namespace IronUwsgi.Python.Modules.Hashing;

/// <summary>SHA-3 and SHAKE (FIPS 202) on Keccak-f[1600]: sponge with a rate, a domain byte and a fixed or chosen output.</summary>
internal sealed class Keccak : HashState
{
    private static readonly ulong[] RoundConstants =
    [
        0x0000000000000001, 0x0000000000008082, 0x800000000000808A, 0x8000000080008000, 0x000000000000808B, 0x0000000080000001,
        0x8000000080008081, 0x8000000000008009, 0x000000000000008A, 0x0000000000000088, 0x0000000080008009, 0x000000008000000A,
        0x000000008000808B, 0x800000000000008B, 0x8000000000008089, 0x8000000000008003, 0x8000000000008002, 0x8000000000000080,
        0x000000000000800A, 0x800000008000000A, 0x8000000080008081, 0x8000000000008080, 0x0000000080000001, 0x8000000080008008,
    ];

    private static readonly int[] Rotations = [1, 3, 6, 10, 15, 21, 28, 36, 45, 55, 2, 14, 27, 41, 56, 8, 25, 43, 62, 18, 39, 61, 20, 44];
    private static readonly int[] Lanes = [10, 7, 11, 17, 18, 3, 5, 16, 8, 21, 24, 4, 15, 23, 19, 13, 12, 2, 20, 14, 22, 9, 6, 1];

    private readonly string name;
    private readonly int rate;
    private readonly int outputSize;
    private readonly byte domain;
    private readonly ulong[] state = new ulong[25];
    private readonly byte[] buffer;
    private int filled;

    private Keccak(string name, int rate, int outputSize, byte domain)
    {
        this.name = name;
        this.rate = rate;
        this.outputSize = outputSize;
        this.domain = domain;
        buffer = new byte[rate];
    }

    public static Keccak Sha3(int bits) => new($"sha3_{bits}", 200 - (bits / 4), bits / 8, 0x06);

    public static Keccak Shake(int bits) => new($"shake_{bits}", 200 - (bits / 4), 0, 0x1F);

    public override string Name => name;

    public override int DigestSize => outputSize;

    public override int BlockSize => rate;

    public override void Update(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            var n = Math.Min(rate - filled, data.Length);
            data[..n].CopyTo(buffer.AsSpan(filled));
            filled += n;
            data = data[n..];
            if (filled == rate)
            {
                Absorb(state, buffer);
                filled = 0;
            }
        }
    }

    public override byte[] Digest(int length)
    {
        var size = outputSize > 0 ? outputSize : length;
        var s = (ulong[])state.Clone();
        var last = new byte[rate];
        buffer.AsSpan(0, filled).CopyTo(last);
        last[filled] ^= domain;
        last[rate - 1] ^= 0x80;
        Absorb(s, last);
        var output = new byte[size];
        var done = 0;
        Span<byte> lane = stackalloc byte[8];
        while (true)
        {
            for (var i = 0; i < rate / 8 && done < size; i++)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(lane, s[i]);
                var n = Math.Min(8, size - done);
                lane[..n].CopyTo(output.AsSpan(done));
                done += n;
            }
            if (done >= size)
            {
                return output;
            }
            Permute(s);
        }
    }

    public override HashState Clone()
    {
        var c = new Keccak(name, rate, outputSize, domain) { filled = filled };
        state.CopyTo(c.state, 0);
        buffer.CopyTo(c.buffer, 0);
        return c;
    }

    private static void Absorb(ulong[] s, byte[] block)
    {
        for (var i = 0; i < block.Length / 8; i++)
        {
            s[i] ^= BinaryPrimitives.ReadUInt64LittleEndian(block.AsSpan(i * 8));
        }
        Permute(s);
    }

    private static void Permute(ulong[] s)
    {
        Span<ulong> c = stackalloc ulong[5];
        for (var round = 0; round < 24; round++)
        {
            for (var x = 0; x < 5; x++)
            {
                c[x] = s[x] ^ s[x + 5] ^ s[x + 10] ^ s[x + 15] ^ s[x + 20];
            }
            for (var x = 0; x < 5; x++)
            {
                var d = c[(x + 4) % 5] ^ BitOperations.RotateLeft(c[(x + 1) % 5], 1);
                for (var y = 0; y < 25; y += 5)
                {
                    s[y + x] ^= d;
                }
            }
            var current = s[1];
            for (var i = 0; i < 24; i++)
            {
                var j = Lanes[i];
                var next = s[j];
                s[j] = BitOperations.RotateLeft(current, Rotations[i]);
                current = next;
            }
            for (var y = 0; y < 25; y += 5)
            {
                for (var x = 0; x < 5; x++)
                {
                    c[x] = s[y + x];
                }
                for (var x = 0; x < 5; x++)
                {
                    s[y + x] = c[x] ^ (~c[(x + 1) % 5] & c[(x + 2) % 5]);
                }
            }
            s[0] ^= RoundConstants[round];
        }
    }
}
