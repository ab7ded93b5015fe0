using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>The methods shared by the builtin iterator types.</summary>
internal static class IteratorMethods
{
    public static void Fill(PyType[] types)
    {
        foreach (var t in types)
        {
            t.Def("__iter__", self => self).Intrinsic = Intrinsic.IterSelf;
            t.Def("__next__", self => ((PyIterator)self).TryNext(out var v) ? v : throw Ops.StopIteration());
            t.Def("__length_hint__", self => Py.Int(Math.Max(0, ((PyIterator)self).LengthHint)));
        }
    }
}
