using System.Numerics;

namespace IronUwsgi.Python.Modules;

/// <summary>
/// MT19937 with CPython's seeding (init_by_array over the 32-bit words of the seed, least
/// significant first) and output conversions, so seeded sequences match CPython's bit for bit.
/// </summary>
internal sealed class MersenneTwister
{
    public const int N = 624;
    private const int M = 397;
    private const uint MatrixA = 0x9908b0dfU;
    private const uint UpperMask = 0x80000000U;
    private const uint LowerMask = 0x7fffffffU;

    private readonly uint[] mt = new uint[N];

    public int Index { get; private set; } = N + 1;

    public uint[] Words => mt;

    public void SeedWithWords(uint[] key)
    {
        InitGenrand(19650218U);
        int i = 1, j = 0;
        for (var k = Math.Max(N, key.Length); k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + key[j] + (uint)j;
            i++;
            j++;
            if (i >= N)
            {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if (j >= key.Length)
            {
                j = 0;
            }
        }
        for (var k = N - 1; k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint)i;
            i++;
            if (i >= N)
            {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x80000000U;
    }

    /// <summary>Seeds from a non-negative integer, split into 32-bit words (zero gives one zero word).</summary>
    public void Seed(BigInteger magnitude)
    {
        var bytes = magnitude.ToByteArray(isUnsigned: true, isBigEndian: false);
        var count = Math.Max(1, (bytes.Length + 3) / 4);
        var key = new uint[count];
        for (var b = 0; b < bytes.Length; b++)
        {
            key[b / 4] |= (uint)bytes[b] << (8 * (b % 4));
        }
        SeedWithWords(key);
    }

    public void SetState(uint[] words, int index)
    {
        Array.Copy(words, mt, N);
        Index = index;
    }

    public uint Next()
    {
        if (Index >= N)
        {
            Generate();
        }
        var y = mt[Index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680U;
        y ^= (y << 15) & 0xefc60000U;
        return y ^ (y >> 18);
    }

    /// <summary>A float in [0, 1) with 53 random bits, as CPython's random_random.</summary>
    public double NextDouble()
    {
        var a = Next() >> 5;
        var b = Next() >> 6;
        return ((a * 67108864.0) + b) * (1.0 / 9007199254740992.0);
    }

    /// <summary>k random bits; words are drawn least significant first and the last one keeps its top bits.</summary>
    public BigInteger GetRandBits(int k)
    {
        if (k <= 32)
        {
            return Next() >> (32 - k);
        }
        var words = (k - 1) / 32 + 1;
        var bytes = new byte[words * 4];
        for (var w = 0; w < words; w++, k -= 32)
        {
            var r = Next();
            if (k < 32)
            {
                r >>= 32 - k;
            }
            bytes[4 * w] = (byte)r;
            bytes[(4 * w) + 1] = (byte)(r >> 8);
            bytes[(4 * w) + 2] = (byte)(r >> 16);
            bytes[(4 * w) + 3] = (byte)(r >> 24);
        }
        return new BigInteger(bytes, isUnsigned: true, isBigEndian: false);
    }

    private void InitGenrand(uint s)
    {
        mt[0] = s;
        for (var i = 1; i < N; i++)
        {
            mt[i] = (1812433253U * (mt[i - 1] ^ (mt[i - 1] >> 30))) + (uint)i;
        }
        Index = N;
    }

    private void Generate()
    {
        int kk;
        uint y;
        for (kk = 0; kk < N - M; kk++)
        {
            y = (mt[kk] & UpperMask) | (mt[kk + 1] & LowerMask);
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ ((y & 1) * MatrixA);
        }
        for (; kk < N - 1; kk++)
        {
            y = (mt[kk] & UpperMask) | (mt[kk + 1] & LowerMask);
            mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ ((y & 1) * MatrixA);
        }
        y = (mt[N - 1] & UpperMask) | (mt[0] & LowerMask);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ ((y & 1) * MatrixA);
        Index = 0;
    }
}
