using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>The methods of <c>memoryview</c> (read access over bytes-like objects).</summary>
internal static class MemoryViewMethods
{
    private static byte[] Data(object self)
    {
        var mv = (PyMemoryView)self;
        if (mv.Released)
        {
            throw Ops.ValueError("operation forbidden on released memoryview object");
        }
        return BytesMethods.AsBytes(mv.Source);
    }

    public static void Fill(PyType t)
    {
        t.DefNew((cls, args, kw) => args.Length == 1 && args[0] is PyBytes or PyByteArray or PyMemoryView or Modules.PickleBufferObject
            ? new PyMemoryView(args[0] switch { PyMemoryView inner => inner.Source, Modules.PickleBufferObject buffer => buffer.Live, _ => args[0] })
            : throw Ops.TypeError($"memoryview: a bytes-like object is required, not '{(args.Length > 0 ? Ops.TypeName(args[0]) : "nothing")}'"));
        t.Def("tobytes", self => new PyBytes(Data(self)));
        t.Def("tolist", self => new PyList(Array.ConvertAll(Data(self), b => Py.Int(b))));
        t.Def("hex", self => Convert.ToHexString(Data(self)).ToLowerInvariant());
        t.Def("__len__", self => Py.Int(Data(self).Length));
        t.Def("__getitem__", (self, key) =>
        {
            var data = Data(self);
            if (key is PySlice s)
            {
                var items = SequenceHelpers.Slice(Array.ConvertAll(data, b => (object)b), s);
                return new PyMemoryView(new PyBytes(Array.ConvertAll(items, x => (byte)x)));
            }
            return Py.Int(data[Ops.SequenceIndex(key, data.Length, "index")]);
        });
        t.Def("__eq__", (self, o) => o is PyBytes or PyByteArray or PyMemoryView
            ? Py.Bool(Data(self).AsSpan().SequenceEqual(o is PyMemoryView m ? Data(m) : BytesMethods.AsBytes(o)))
            : Py.NotImplemented);
        t.Def("release", self =>
        {
            ((PyMemoryView)self).Released = true;
            return Py.None;
        });
        t.Def("__enter__", self => self);
        t.DefRange("__exit__", 0, 3, a =>
        {
            ((PyMemoryView)a[0]).Released = true;
            return Py.False;
        });
        t.Prop("nbytes", self => Py.Int(Data(self).Length));
        t.Prop("readonly", self => Py.Bool(((PyMemoryView)self).Source is PyBytes));
        t.Prop("obj", self => ((PyMemoryView)self).Source);
        t.Def("__repr__", self => $"<{(((PyMemoryView)self).Released ? "released " : "")}memory at {ObjectMethods.Address(self)}>");
    }
}
