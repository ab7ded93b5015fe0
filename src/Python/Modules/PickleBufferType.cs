using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>pickle.PickleBuffer: wraps a bytes-like object so a protocol 5 pickler may hand its data out of band.</summary>
internal static class PickleBufferType
{
    public static readonly PyType Type = Py.DefineType("PickleBuffer", null, TypeFlags.None, "pickle", t =>
    {
        t.DefNew((cls, args, kw) =>
        {
            if (args.Length != 1 || kw is { Length: > 0 })
            {
                throw Ops.TypeError($"PickleBuffer() takes exactly 1 argument ({args.Length} given)");
            }
            return new PickleBufferObject(cls, args[0] switch
            {
                PyMemoryView view => view.Source,
                PyBytes or PyByteArray => args[0],
                IBufferExporter exporter => new PyBytes(exporter.ExportBytes()),
                _ => throw Ops.TypeError($"a bytes-like object is required, not '{Ops.TypeName(args[0])}'"),
            });
        });
        t.Def("raw", self => new PyMemoryView(((PickleBufferObject)self).Live));
        t.Def("release", self =>
        {
            ((PickleBufferObject)self).Source = null;
            return Py.None;
        });
    });
}

internal sealed class PickleBufferObject(PyType type, object source) : PyObject(type), IBufferExporter
{
    /// <summary>The bytes or bytearray wrapped; null once released.</summary>
    public object? Source { get; set; } = source;

    public object Live => Source ?? throw Ops.ValueError("operation forbidden on released PickleBuffer object");

    public byte[] ExportBytes() => BytesMethods.AsBytes(Live);
}
