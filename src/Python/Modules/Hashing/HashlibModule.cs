using System.Security.Cryptography;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules.Hashing;

/// <summary><c>_hashlib</c>: the digest constructors, pbkdf2_hmac and compare_digest under hashlib.py and hmac.py.</summary>
internal static class HashlibModule
{
    private static readonly string[] FixedNames = ["md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"];

    /// <summary>A fresh state for a digest name (case-insensitive), or null when there is no such digest. The platform's SHA-3 and SHAKE are used where OpenSSL has them; SHA3-224 is always ours.</summary>
    public static HashState? Create(string name) => name.ToLowerInvariant() switch
    {
        "md5" => new PlatformHash("md5", HashAlgorithmName.MD5, 16, 64),
        "sha1" => new PlatformHash("sha1", HashAlgorithmName.SHA1, 20, 64),
        "sha224" => new Sha224(),
        "sha256" => new PlatformHash("sha256", HashAlgorithmName.SHA256, 32, 64),
        "sha384" => new PlatformHash("sha384", HashAlgorithmName.SHA384, 48, 128),
        "sha512" => new PlatformHash("sha512", HashAlgorithmName.SHA512, 64, 128),
        "sha3_224" => Keccak.Sha3(224),
        "sha3_256" => SHA3_256.IsSupported ? new PlatformHash("sha3_256", HashAlgorithmName.SHA3_256, 32, 136) : Keccak.Sha3(256),
        "sha3_384" => SHA3_384.IsSupported ? new PlatformHash("sha3_384", HashAlgorithmName.SHA3_384, 48, 104) : Keccak.Sha3(384),
        "sha3_512" => SHA3_512.IsSupported ? new PlatformHash("sha3_512", HashAlgorithmName.SHA3_512, 64, 72) : Keccak.Sha3(512),
        "shake_128" => Shake128.IsSupported ? new PlatformShake("shake_128", 168, new Shake128()) : Keccak.Shake(128),
        "shake_256" => Shake256.IsSupported ? new PlatformShake("shake_256", 136, new Shake256()) : Keccak.Shake(256),
        "blake2b" => Blake2.Create(true, new Blake2Parameters(64, [], [], [], 1, 1, 0, 0, 0, 0, false)),
        "blake2s" => Blake2.Create(false, new Blake2Parameters(32, [], [], [], 1, 1, 0, 0, 0, 0, false)),
        _ => null,
    };

    public static void Fill(PythonEngine engine, PyModule module)
    {
        var d = module.Dict!;
        var unsupported = ModuleErrors.Define("_hashlib", "UnsupportedDigestmodError", PyExc.ValueError);
        d["UnsupportedDigestmodError"] = unsupported;
        d["HASH"] = HashObjects.Hash;
        d["HASHXOF"] = HashObjects.HashXof;
        foreach (var name in FixedNames)
        {
            d[name] = new PyBuiltinFunction(name, null, ["string", "*usedforsecurity"], 0, a => Start(Create(name)!, a[0]));
        }
        d["new"] = new PyBuiltinFunction("new", null, ["name", "string", "*usedforsecurity"], 1, a =>
        {
            var name = a[0] as string ?? throw Ops.TypeError($"new() argument 'name' must be str, not {Ops.TypeName(a[0]!)}");
            return Start(Create(name) ?? throw Ops.ValueError("unsupported hash type " + name), a[1]);
        });
        string[] blakeParameters = ["data", "*digest_size", "*key", "*salt", "*person", "*fanout", "*depth", "*leaf_size", "*node_offset", "*node_depth", "*inner_size", "*last_node", "*usedforsecurity"];
        d["blake2b"] = new PyBuiltinFunction("blake2b", null, blakeParameters, 0, a => Start(Blake2Arguments.Create(true, a), a[0]));
        d["blake2s"] = new PyBuiltinFunction("blake2s", null, blakeParameters, 0, a => Start(Blake2Arguments.Create(false, a), a[0]));
        d["pbkdf2_hmac"] = new PyBuiltinFunction("pbkdf2_hmac", null, ["hash_name", "password", "salt", "iterations", "dklen"], 4, a =>
        {
            var name = a[0] as string ?? throw Ops.TypeError($"pbkdf2_hmac() argument 'hash_name' must be str, not {Ops.TypeName(a[0]!)}");
            var password = BytesLike.Read(a[1]!);
            var salt = BytesLike.Read(a[2]!);
            var iterations = Ops.IndexAsLong(a[3]!);
            if (iterations < 1)
            {
                throw Ops.ValueError("iteration value must be greater than 0.");
            }
            if (Create(name) is not { DigestSize: > 0 } probe)
            {
                throw Ops.Error(unsupported, "unsupported hash type " + name);
            }
            var length = a[4] is null or PyNone ? probe.DigestSize : Ops.IndexAsLong(a[4]!);
            if (length < 1)
            {
                throw Ops.ValueError("key length must be greater than 0.");
            }
            return new PyBytes(Pbkdf2.Derive(name.ToLowerInvariant(), () => Create(name)!, password, salt, (int)Math.Min(iterations, int.MaxValue), (int)length));
        });
        d["compare_digest"] = new PyBuiltinFunction("compare_digest", null, (object x, object y) => Py.Bool(CompareDigest(x, y)));
    }

    private static PyHash Start(HashState state, object? data)
    {
        var h = HashObjects.Wrap(state);
        if (data is not null)
        {
            h.Update(data);
        }
        return h;
    }

    private static bool CompareDigest(object a, object b)
    {
        byte[] x, y;
        if (a is string sa && b is string sb)
        {
            if (sa.Any(c => c > 127) || sb.Any(c => c > 127))
            {
                throw Ops.TypeError("comparing strings with non-ASCII characters is not supported");
            }
            x = System.Text.Encoding.ASCII.GetBytes(sa);
            y = System.Text.Encoding.ASCII.GetBytes(sb);
        }
        else if (BytesLike.Is(a) && BytesLike.Is(b))
        {
            x = BytesLike.Read(a);
            y = BytesLike.Read(b);
        }
        else if (a is string && BytesLike.Is(b) || BytesLike.Is(a) && b is string)
        {
            throw Ops.TypeError("a bytes-like object is required, not 'str'");
        }
        else
        {
            throw Ops.TypeError($"unsupported operand types(s) or combination of types: '{Ops.TypeName(a)}' and '{Ops.TypeName(b)}'");
        }
        return CryptographicOperations.FixedTimeEquals(x, y);
    }
}
