using System.Buffers.Binary;
using System.Numerics;

namespace IronUwsgi.Python.Modules.Hashing;

/// <summary>The tree and keying parameters of BLAKE2 (RFC 7693 and the BLAKE2 paper's parameter block).</summary>
internal sealed record Blake2Parameters(int DigestSize, byte[] Key, byte[] Salt, byte[] Person, int Fanout, int Depth, uint LeafSize, ulong NodeOffset, int NodeDepth, int InnerSize, bool LastNode);

/// <summary>
/// BLAKE2b (64-bit words, 128-byte blocks) and BLAKE2s (32-bit words, 64-byte blocks). Words are
/// held as ulong for both; BLAKE2s masks to 32 bits. The final block is compressed only at digest().
/// </summary>
internal sealed class Blake2 : HashState
{
    private static readonly ulong[] IvB =
    [
        0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
        0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
    ];

    private static readonly ulong[] IvS = [0x6A09E667, 0xBB67AE85, 0x3C6EF372, 0xA54FF53A, 0x510E527F, 0x9B05688C, 0x1F83D9AB, 0x5BE0CD19];

    private static readonly byte[][] Sigma =
    [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
        [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
        [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
        [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
        [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
        [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
        [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
        [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
        [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
    ];

    private readonly bool big;
    private readonly bool lastNode;
    private readonly int digestSize;
    private readonly ulong[] h = new ulong[8];
    private readonly byte[] buffer;
    private int filled;
    private UInt128 counter;

    private Blake2(bool big, int digestSize, bool lastNode)
    {
        this.big = big;
        this.digestSize = digestSize;
        this.lastNode = lastNode;
        buffer = new byte[big ? 128 : 64];
    }

    public static Blake2 Create(bool big, Blake2Parameters p)
    {
        var b = new Blake2(big, p.DigestSize, p.LastNode);
        var block = new byte[big ? 64 : 32];
        block[0] = (byte)p.DigestSize;
        block[1] = (byte)p.Key.Length;
        block[2] = (byte)p.Fanout;
        block[3] = (byte)p.Depth;
        BinaryPrimitives.WriteUInt32LittleEndian(block.AsSpan(4), p.LeafSize);
        if (big)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(block.AsSpan(8), p.NodeOffset);
            block[16] = (byte)p.NodeDepth;
            block[17] = (byte)p.InnerSize;
            p.Salt.CopyTo(block, 32);
            p.Person.CopyTo(block, 48);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(block.AsSpan(8), (uint)p.NodeOffset);
            BinaryPrimitives.WriteUInt16LittleEndian(block.AsSpan(12), (ushort)(p.NodeOffset >> 32));
            block[14] = (byte)p.NodeDepth;
            block[15] = (byte)p.InnerSize;
            p.Salt.CopyTo(block, 16);
            p.Person.CopyTo(block, 24);
        }
        for (var i = 0; i < 8; i++)
        {
            b.h[i] = big
                ? IvB[i] ^ BinaryPrimitives.ReadUInt64LittleEndian(block.AsSpan(i * 8))
                : IvS[i] ^ BinaryPrimitives.ReadUInt32LittleEndian(block.AsSpan(i * 4));
        }
        if (p.Key.Length > 0)
        {
            var keyBlock = new byte[b.buffer.Length];
            p.Key.CopyTo(keyBlock, 0);
            b.Update(keyBlock);
        }
        return b;
    }

    public override string Name => big ? "blake2b" : "blake2s";

    public override int DigestSize => digestSize;

    public override int BlockSize => buffer.Length;

    public override void Update(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            if (filled == buffer.Length)
            {
                counter += (uint)buffer.Length;
                Compress(h, buffer, counter, false);
                filled = 0;
            }
            var n = Math.Min(buffer.Length - filled, data.Length);
            data[..n].CopyTo(buffer.AsSpan(filled));
            filled += n;
            data = data[n..];
        }
    }

    public override byte[] Digest(int length)
    {
        var state = (ulong[])h.Clone();
        var last = new byte[buffer.Length];
        buffer.AsSpan(0, filled).CopyTo(last);
        Compress(state, last, counter + (uint)filled, true);
        var wordSize = big ? 8 : 4;
        var full = new byte[8 * wordSize];
        for (var i = 0; i < 8; i++)
        {
            if (big)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(full.AsSpan(i * 8), state[i]);
            }
            else
            {
                BinaryPrimitives.WriteUInt32LittleEndian(full.AsSpan(i * 4), (uint)state[i]);
            }
        }
        return full[..digestSize];
    }

    public override HashState Clone()
    {
        var c = new Blake2(big, digestSize, lastNode) { filled = filled, counter = counter };
        h.CopyTo(c.h, 0);
        buffer.CopyTo(c.buffer, 0);
        return c;
    }

    private void Compress(ulong[] state, byte[] block, UInt128 t, bool final)
    {
        Span<ulong> v = stackalloc ulong[16];
        Span<ulong> m = stackalloc ulong[16];
        var iv = big ? IvB : IvS;
        for (var i = 0; i < 16; i++)
        {
            m[i] = big ? BinaryPrimitives.ReadUInt64LittleEndian(block.AsSpan(i * 8)) : BinaryPrimitives.ReadUInt32LittleEndian(block.AsSpan(i * 4));
        }
        for (var i = 0; i < 8; i++)
        {
            v[i] = state[i];
            v[i + 8] = iv[i];
        }
        var mask = big ? ulong.MaxValue : uint.MaxValue;
        var shift = big ? 64 : 32;
        v[12] ^= (ulong)(t & mask);
        v[13] ^= (ulong)((t >> shift) & mask);
        if (final)
        {
            v[14] ^= mask;
            if (lastNode)
            {
                v[15] ^= mask;
            }
        }
        var rounds = big ? 12 : 10;
        for (var r = 0; r < rounds; r++)
        {
            var s = Sigma[r % 10];
            G(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            G(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            G(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            G(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            G(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            G(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            G(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            G(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (var i = 0; i < 8; i++)
        {
            state[i] ^= v[i] ^ v[i + 8];
        }
    }

    private void G(Span<ulong> v, int a, int b, int c, int d, ulong x, ulong y)
    {
        if (big)
        {
            v[a] = v[a] + v[b] + x;
            v[d] = BitOperations.RotateRight(v[d] ^ v[a], 32);
            v[c] = v[c] + v[d];
            v[b] = BitOperations.RotateRight(v[b] ^ v[c], 24);
            v[a] = v[a] + v[b] + y;
            v[d] = BitOperations.RotateRight(v[d] ^ v[a], 16);
            v[c] = v[c] + v[d];
            v[b] = BitOperations.RotateRight(v[b] ^ v[c], 63);
            return;
        }
        v[a] = (uint)(v[a] + v[b] + x);
        v[d] = BitOperations.RotateRight((uint)(v[d] ^ v[a]), 16);
        v[c] = (uint)(v[c] + v[d]);
        v[b] = BitOperations.RotateRight((uint)(v[b] ^ v[c]), 12);
        v[a] = (uint)(v[a] + v[b] + y);
        v[d] = BitOperations.RotateRight((uint)(v[d] ^ v[a]), 8);
        v[c] = (uint)(v[c] + v[d]);
        v[b] = BitOperations.RotateRight((uint)(v[b] ^ v[c]), 7);
    }
}
