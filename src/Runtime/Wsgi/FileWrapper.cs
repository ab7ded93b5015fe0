using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Runtime.Wsgi;

/// <summary>
/// <c>wsgi.file_wrapper(filelike, blksize=8192)</c>: an iterable reading the file-like object in
/// blocks, whose close() closes it, as PEP 3333's optional file wrapper describes.
/// </summary>
internal sealed class FileWrapper : PyIterator
{
    public static readonly PyType WrapperType = MakeType();

    /// <summary>The callable put in the environ as <c>wsgi.file_wrapper</c>.</summary>
    public static readonly PyBuiltinFunction Factory = new("file_wrapper", null, ["filelike", "blksize"], 1, args =>
        new FileWrapper(args[0]!, args[1] is { } size ? Ops.IndexAsLong(size) : 8192));

    private readonly object _file;
    private readonly object _blockSize;

    private FileWrapper(object file, long blockSize)
        : base(WrapperType)
    {
        _file = file;
        _blockSize = Py.Int(blockSize);
    }

    public override bool TryNext(out object value)
    {
        value = Ops.Call(Ops.GetAttr(_file, "read"), _blockSize);
        return Ops.IsTrue(value);
    }

    private static PyType MakeType()
    {
        var t = Py.Bare("uwsgi._FileWrapper", Py.ObjectType);
        t.Type = Py.TypeType;
        t.Namespace.Type = Py.DictType;
        t.Namespace["__doc__"] = Py.None;
        t.Namespace["__module__"] = "uwsgi";
        t.Def("__iter__", self => self);
        t.Def("__next__", self => ((FileWrapper)self).TryNext(out var block) ? block : throw Ops.StopIteration());
        t.Def("close", self =>
        {
            if (Ops.TryGetAttr(((FileWrapper)self)._file, "close", out var close))
                Ops.Call(close);
            return Py.None;
        });
        Py.ReadyBuiltin(t);
        return t;
    }
}
