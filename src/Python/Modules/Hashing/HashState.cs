using System.Security.Cryptography;

namespace IronUwsgi.Python.Modules.Hashing;

/// <summary>A running message digest that can be copied mid-stream (what a hashlib object wraps).</summary>
internal abstract class HashState
{
    public abstract string Name { get; }

    /// <summary>Bytes in digest(); 0 for the SHAKE functions, whose output length is chosen per call.</summary>
    public abstract int DigestSize { get; }

    public abstract int BlockSize { get; }

    public abstract void Update(ReadOnlySpan<byte> data);

    /// <summary>The digest of everything so far, leaving the state unchanged; <paramref name="length"/> only for SHAKE.</summary>
    public abstract byte[] Digest(int length);

    public abstract HashState Clone();
}

/// <summary>The digests System.Security.Cryptography has: MD5, SHA-1, SHA-256, SHA-384, SHA-512.</summary>
internal sealed class PlatformHash(string name, HashAlgorithmName algorithm, int digestSize, int blockSize, IncrementalHash? state = null) : HashState
{
    private readonly IncrementalHash state = state ?? IncrementalHash.CreateHash(algorithm);

    public override string Name => name;

    public override int DigestSize => digestSize;

    public override int BlockSize => blockSize;

    public override void Update(ReadOnlySpan<byte> data) => state.AppendData(data);

    public override byte[] Digest(int length) => state.GetCurrentHash();

    public override HashState Clone() => new PlatformHash(name, algorithm, digestSize, blockSize, state.Clone());
}

/// <summary>SHAKE128/SHAKE256 from System.Security.Cryptography (when the platform has them).</summary>
internal sealed class PlatformShake : HashState
{
    private readonly string name;
    private readonly int blockSize;
    private readonly Shake128? shake128;
    private readonly Shake256? shake256;

    public PlatformShake(string name, int blockSize, Shake128 state)
    {
        this.name = name;
        this.blockSize = blockSize;
        shake128 = state;
    }

    public PlatformShake(string name, int blockSize, Shake256 state)
    {
        this.name = name;
        this.blockSize = blockSize;
        shake256 = state;
    }

    public override string Name => name;

    public override int DigestSize => 0;

    public override int BlockSize => blockSize;

    public override void Update(ReadOnlySpan<byte> data)
    {
        shake128?.AppendData(data);
        shake256?.AppendData(data);
    }

    public override byte[] Digest(int length) => length == 0 ? [] : shake128?.GetCurrentHash(length) ?? shake256!.GetCurrentHash(length);

    public override HashState Clone() => shake128 is not null
        ? new PlatformShake(name, blockSize, shake128.Clone())
        : new PlatformShake(name, blockSize, shake256!.Clone());
}
