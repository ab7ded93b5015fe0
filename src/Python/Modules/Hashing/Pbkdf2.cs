using System.Security.Cryptography;

namespace IronUwsgi.Python.Modules.Hashing;

/// <summary>PBKDF2-HMAC (RFC 8018): the platform's for the SHA-1/SHA-2 digests it has, our own HMAC loop for the rest.</summary>
internal static class Pbkdf2
{
    public static byte[] Derive(string name, Func<HashState> create, byte[] password, byte[] salt, int iterations, int length)
    {
        HashAlgorithmName? platform = name switch
        {
            "sha1" => HashAlgorithmName.SHA1,
            "sha256" => HashAlgorithmName.SHA256,
            "sha384" => HashAlgorithmName.SHA384,
            "sha512" => HashAlgorithmName.SHA512,
            _ => null,
        };
        if (platform is { } algorithm)
        {
            return Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, algorithm, length);
        }
        var mac = new Hmac(create, password);
        var output = new byte[length];
        var block = 1;
        for (var done = 0; done < length; block++)
        {
            var first = new byte[salt.Length + 4];
            salt.CopyTo(first, 0);
            first[^4] = (byte)(block >> 24);
            first[^3] = (byte)(block >> 16);
            first[^2] = (byte)(block >> 8);
            first[^1] = (byte)block;
            var u = mac.Compute(first);
            var t = (byte[])u.Clone();
            for (var i = 1; i < iterations; i++)
            {
                u = mac.Compute(u);
                for (var k = 0; k < t.Length; k++)
                {
                    t[k] ^= u[k];
                }
            }
            var n = Math.Min(t.Length, length - done);
            t.AsSpan(0, n).CopyTo(output.AsSpan(done));
            done += n;
        }
        return output;
    }
}

/// <summary>HMAC (RFC 2104) over any <see cref="HashState"/>, with the keyed inner and outer states prepared once.</summary>
internal sealed class Hmac
{
    private readonly HashState inner;
    private readonly HashState outer;

    public Hmac(Func<HashState> create, byte[] key)
    {
        inner = create();
        outer = create();
        var blockSize = inner.BlockSize;
        if (key.Length > blockSize)
        {
            var h = create();
            h.Update(key);
            key = h.Digest(0);
        }
        var pad = new byte[blockSize];
        key.CopyTo(pad, 0);
        var ipad = pad.Select(b => (byte)(b ^ 0x36)).ToArray();
        var opad = pad.Select(b => (byte)(b ^ 0x5C)).ToArray();
        inner.Update(ipad);
        outer.Update(opad);
    }

    public byte[] Compute(byte[] message)
    {
        var i = inner.Clone();
        i.Update(message);
        var o = outer.Clone();
        o.Update(i.Digest(0));
        return o.Digest(0);
    }
}
