using System.Numerics;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>Integer arguments as C code sees them: a CRC seed keeps its low 32 bits, whatever its sign or size.</summary>
internal static class IntArguments
{
    public static uint Low32(object o) => Ops.Index(o) switch
    {
        long l => (uint)l,
        BigInteger b => (uint)(b & uint.MaxValue),
        var other => (uint)Ops.IndexAsLong(other),
    };
}
