using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>The buffer protocol as the native modules need it: bytes, bytearray and memoryview.</summary>
internal static class BytesLike
{
    public static bool Is(object o) => o is PyBytes or PyByteArray or PyMemoryView or IBufferExporter;

    /// <summary>The content of a bytes-like object (a copy for mutable ones); TypeError naming the type otherwise.</summary>
    public static byte[] Read(object o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.Value.ToArray(),
        PyMemoryView { Released: true } => throw Ops.ValueError("operation forbidden on released memoryview object"),
        PyMemoryView mv => Read(mv.Source),
        IBufferExporter e => e.ExportBytes(),
        _ => throw Ops.TypeError($"a bytes-like object is required, not '{Ops.TypeName(o)}'"),
    };

    /// <summary>The storage of a writable buffer (a bytearray, or a memoryview of one).</summary>
    public static List<byte> Writable(object o) => o switch
    {
        PyByteArray ba => ba.Value,
        PyMemoryView { Released: false, Source: PyByteArray ba } => ba.Value,
        _ => throw Ops.TypeError($"argument must be read-write bytes-like object, not {Ops.TypeName(o)}"),
    };
}
