using System.Runtime.CompilerServices;
using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules.Hashing;

/// <summary>A hashlib object: a <see cref="HashState"/> behind Python's update/digest/hexdigest/copy.</summary>
internal sealed class PyHash(PyType type, HashState state) : PyObject(type)
{
    public HashState State { get; private set; } = state;

    public void Update(object data) => State.Update(HashObjects.Data(data));

    public PyHash Copy() => new(Type, State.Clone());
}

/// <summary>The hash object types (CPython's _hashlib.HASH, _hashlib.HASHXOF, _blake2.blake2b/blake2s) and their data rules.</summary>
internal static class HashObjects
{
    public static readonly PyType Hash = Py.DefineType("HASH", null, TypeFlags.None, "_hashlib", t => Fill(t, false));
    public static readonly PyType HashXof = Py.DefineType("HASHXOF", Hash, TypeFlags.None, "_hashlib", t => Fill(t, true));
    public static readonly PyType Blake2b = Py.DefineType("blake2b", null, TypeFlags.None, "_blake2", t => Fill(t, false));
    public static readonly PyType Blake2s = Py.DefineType("blake2s", null, TypeFlags.None, "_blake2", t => Fill(t, false));

    public static PyHash Wrap(HashState state) => new(
        state switch
        {
            Blake2 b => b.Name == "blake2b" ? Blake2b : Blake2s,
            { DigestSize: 0 } => HashXof,
            _ => Hash,
        },
        state);

    /// <summary>The bytes of data given to a hash; CPython's TypeErrors for str and non-buffers.</summary>
    public static byte[] Data(object data) => data switch
    {
        string or PyValueInstance { Value: string } => throw Ops.TypeError("Strings must be encoded before hashing"),
        _ when BytesLike.Is(data) => BytesLike.Read(data),
        _ => throw Ops.TypeError("object supporting the buffer API required"),
    };

    private static PyHash Self(object o) => o as PyHash ?? throw Ops.TypeError($"descriptor requires a hash object, not '{Ops.TypeName(o)}'");

    private static void Fill(PyType t, bool xof)
    {
        t.Def("update", (self, data) =>
        {
            Self(self).Update(data);
            return Py.None;
        });
        t.Def("copy", self => Self(self).Copy());
        if (xof)
        {
            t.DefNamed("digest", ["self", "length"], 1, a => new PyBytes(Self(a[0]!).State.Digest(Length(a[1]))));
            t.DefNamed("hexdigest", ["self", "length"], 1, a => Convert.ToHexStringLower(Self(a[0]!).State.Digest(Length(a[1]))));
        }
        else
        {
            t.Def("digest", self => new PyBytes(Self(self).State.Digest(0)));
            t.Def("hexdigest", self => Convert.ToHexStringLower(Self(self).State.Digest(0)));
        }
        t.Prop("name", self => Self(self).State.Name);
        t.Prop("digest_size", self => Py.Int(Self(self).State.DigestSize));
        t.Prop("block_size", self => Py.Int(Self(self).State.BlockSize));
        t.Def("__repr__", self =>
        {
            var h = Self(self);
            var module = h.Type.Namespace.TryGetValue("__module__", out var m) ? m : "_hashlib";
            return $"<{h.State.Name} {module}.{h.Type.Name} object @ 0x{RuntimeHelpers.GetHashCode(h):x}>";
        });
    }

    private static int Length(object? length)
    {
        if (length is null)
        {
            throw Ops.TypeError("digest() missing required argument 'length' (pos 1)");
        }
        var n = Ops.IndexAsLong(length);
        return n < 0 ? throw Ops.ValueError("length must be non-negative") : (int)n;
    }
}
