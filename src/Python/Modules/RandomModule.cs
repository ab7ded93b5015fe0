using System.Numerics;
using System.Security.Cryptography;
using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>
/// <c>_random</c>: the Mersenne Twister generator type that random.py's Random subclasses
/// (seed, random, getrandbits, getstate, setstate), plus the SHA-512 digest random.seed needs
/// for str and bytes seeds.
/// </summary>
internal static class RandomModule
{
    public static readonly PyType RandomType = MakeRandomType();

    public static void Fill(PythonEngine engine, PyModule module)
    {
        var d = module.Dict!;
        d["Random"] = RandomType;
        d["_sha512"] = new PyBuiltinFunction("_sha512", null, data => new PyBytes(SHA512.HashData(Bytes(data))));
    }

    private static byte[] Bytes(object data) => data switch
    {
        PyBytes b => b.Value,
        PyByteArray b => [.. b.Value],
        _ => throw Ops.TypeError($"a bytes-like object is required, not '{Ops.TypeName(data)}'"),
    };

    private static PyType MakeRandomType()
    {
        var t = Py.Bare("Random", Py.ObjectType, TypeFlags.BaseType);
        t.Type = Py.TypeType;
        t.Namespace.Type = Py.DictType;
        t.Namespace["__doc__"] = "Random() -> create a random number generator with its own internal state.";
        t.Namespace["__module__"] = "_random";
        // Seeding belongs to __init__ (random.Random overrides it); __new__ leaves a generator
        // seeded from entropy for subclasses whose __init__ never seeds.
        t.DefNew((cls, args, kw) =>
        {
            var r = new PyRandom(cls);
            Seed(r, Py.None);
            return r;
        });
        t.DefRaw("__init__", (args, kw) =>
        {
            var self = Self(args[0]);
            if (kw is { Length: > 0 } && (ReferenceEquals(self.Type, t) || ReferenceEquals(self.Type.Lookup("__init__"), t.Namespace["__init__"])))
            {
                throw Ops.TypeError("Random() takes no keyword arguments");
            }
            var positional = args.Length - 1 - (kw?.Length ?? 0);
            if (positional > 1)
            {
                throw Ops.TypeError("Random() requires 0 or 1 argument");
            }
            Seed(self, positional == 1 ? args[1] : Py.None);
            return Py.None;
        });
        t.DefRange("seed", 0, 1, a =>
        {
            Seed(Self(a[0]), a.Length > 1 ? a[1] : Py.None);
            return Py.None;
        });
        t.Def("random", self => Self(self).Generator.NextDouble());
        t.Def("getrandbits", (self, k) =>
        {
            var bits = Ops.IndexAsLong(k);
            if (bits < 0)
            {
                throw Ops.ValueError("number of bits must be non-negative");
            }
            if (bits > int.MaxValue)
            {
                throw Ops.OverflowError("Python int too large to convert to C int");
            }
            return bits == 0 ? Py.Int(0) : Py.Int(Self(self).Generator.GetRandBits((int)bits));
        });
        t.Def("getstate", self =>
        {
            var g = Self(self).Generator;
            var items = new object[MersenneTwister.N + 1];
            for (var i = 0; i < MersenneTwister.N; i++)
            {
                items[i] = Py.Int((long)g.Words[i]);
            }
            items[MersenneTwister.N] = Py.Int(g.Index);
            return new PyTuple(items);
        });
        t.Def("setstate", (self, state) =>
        {
            SetState(Self(self).Generator, state);
            return Py.None;
        });
        Py.ReadyBuiltin(t);
        return t;
    }

    private static PyRandom Self(object o) =>
        o as PyRandom ?? throw Ops.TypeError($"descriptor requires a '_random.Random' object but received a '{Ops.TypeName(o)}'");

    private static void Seed(PyRandom r, object arg)
    {
        if (arg == Py.None)
        {
            var entropy = RandomNumberGenerator.GetBytes(MersenneTwister.N * 4);
            var key = new uint[MersenneTwister.N];
            Buffer.BlockCopy(entropy, 0, key, 0, entropy.Length);
            r.Generator.SeedWithWords(key);
            return;
        }
        // Ints seed by magnitude; anything else by its hash read as an unsigned machine word.
        var value = IntOps.TryUnwrap(arg, out var v) ? BigInteger.Abs(IntOps.ToBig(v)) : (ulong)Ops.Hash(arg);
        r.Generator.Seed(value);
    }

    private static void SetState(MersenneTwister g, object state)
    {
        if (state is not PyTuple tuple)
        {
            throw Ops.TypeError("state vector must be a tuple");
        }
        if (tuple.Items.Length != MersenneTwister.N + 1)
        {
            throw Ops.ValueError("state vector is the wrong size");
        }
        var words = new uint[MersenneTwister.N];
        for (var i = 0; i < MersenneTwister.N; i++)
        {
            words[i] = Word(tuple.Items[i]);
        }
        var index = Ops.IndexAsLong(tuple.Items[MersenneTwister.N]);
        if (index < 0 || index > MersenneTwister.N)
        {
            throw Ops.ValueError("invalid state");
        }
        g.SetState(words, (int)index);
    }

    private static uint Word(object o)
    {
        if (!IntOps.TryUnwrap(o, out var v))
        {
            throw Ops.TypeError($"'{Ops.TypeName(o)}' object cannot be interpreted as an integer");
        }
        var big = IntOps.ToBig(v);
        if (big.Sign < 0)
        {
            throw Ops.OverflowError("can't convert negative value to unsigned int");
        }
        if (big > uint.MaxValue)
        {
            throw Ops.OverflowError("Python int too large to convert to C unsigned long");
        }
        return (uint)big;
    }
}

/// <summary>An instance of _random.Random (or a Python subclass): one generator state.</summary>
internal sealed class PyRandom(PyType type) : PyObject(type)
{
    public MersenneTwister Generator { get; } = new();
}
