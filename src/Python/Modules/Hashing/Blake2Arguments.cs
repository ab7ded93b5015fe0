using System.Numerics;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules.Hashing;

/// <summary>The keyword arguments of blake2b()/blake2s(), checked with CPython's messages.</summary>
internal static class Blake2Arguments
{
    /// <summary>Builds the state from [data, digest_size, key, salt, person, fanout, depth, leaf_size, node_offset, node_depth, inner_size, last_node].</summary>
    public static Blake2 Create(bool big, object?[] a)
    {
        var max = big ? 64 : 32;
        var saltMax = big ? 16 : 8;
        var digestSize = Int(a[1], max);
        if (digestSize < 1 || digestSize > max)
        {
            throw Ops.ValueError($"digest_size must be between 1 and {max} bytes");
        }
        var key = Bytes(a[2]);
        if (key.Length > max)
        {
            throw Ops.ValueError($"maximum key length is {max} bytes");
        }
        var salt = Bytes(a[3]);
        if (salt.Length > saltMax)
        {
            throw Ops.ValueError($"maximum salt length is {saltMax} bytes");
        }
        var person = Bytes(a[4]);
        if (person.Length > saltMax)
        {
            throw Ops.ValueError($"maximum person length is {saltMax} bytes");
        }
        var fanout = Int(a[5], 1);
        if (fanout is < 0 or > 255)
        {
            throw Ops.ValueError("fanout must be between 0 and 255");
        }
        var depth = Int(a[6], 1);
        if (depth is < 1 or > 255)
        {
            throw Ops.ValueError("depth must be between 1 and 255");
        }
        var leaf = Int(a[7], 0);
        if (leaf < 0)
        {
            throw Ops.ValueError("value must be positive");
        }
        if (leaf > uint.MaxValue)
        {
            throw Ops.OverflowError("leaf_size is too large");
        }
        var offset = Big(a[8]);
        if (offset.Sign < 0)
        {
            throw Ops.ValueError("value must be positive");
        }
        if (offset > (big ? ulong.MaxValue : (1UL << 48) - 1))
        {
            throw Ops.OverflowError("node_offset is too large");
        }
        var nodeDepth = Int(a[9], 0);
        if (nodeDepth is < 0 or > 255)
        {
            throw Ops.ValueError("node_depth must be between 0 and 255");
        }
        var inner = Int(a[10], 0);
        if (inner < 0 || inner > max)
        {
            throw Ops.ValueError($"inner_size must be between 0 and is {max}");
        }
        var lastNode = a[11] is { } l && Ops.IsTrue(l);
        return Blake2.Create(big, new Blake2Parameters((int)digestSize, key, salt, person, (int)fanout, (int)depth, (uint)leaf, (ulong)offset, (int)nodeDepth, (int)inner, lastNode));
    }

    private static long Int(object? o, long fallback) => o is null ? fallback : Ops.IndexAsLong(o);

    private static BigInteger Big(object? o) => o is null ? BigInteger.Zero : Ops.Index(o) switch
    {
        long l => l,
        BigInteger b => b,
        var other => Ops.IndexAsLong(other),
    };

    private static byte[] Bytes(object? o) => o is null or PyNone ? [] : HashObjects.Data(o);
}
