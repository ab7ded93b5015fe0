using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>
/// The methods of mappingproxy. Class namespaces are only exposed read-only, so builtin types
/// (shared by all engines) cannot be changed through <c>int.__dict__</c> and class changes always
/// go through type.__setattr__, which bumps the version tag.
/// </summary>
internal static class MappingProxyMethods
{
    private static PyDict M(object self) => ((PyMappingProxy)self).Mapping;

    public static void Fill(PyType t)
    {
        t.Def("__getitem__", (self, key) => M(self).TryGetValue(key, out var v) ? v : throw Ops.KeyError(key));
        t.Def("__contains__", (self, key) => Py.Bool(M(self).ContainsKey(key)));
        t.Def("__iter__", self => new DictIterator(M(self), DictIterKind.Keys));
        t.Def("__len__", self => Py.Int(M(self).Count));
        t.DefRange("get", 1, 2, a => M(a[0]).TryGetValue(a[1], out var v) ? v : a.Length > 2 ? a[2] : Py.None);
        t.Def("keys", self => new PyDictView(M(self), DictIterKind.Keys));
        t.Def("values", self => new PyDictView(M(self), DictIterKind.Values));
        t.Def("items", self => new PyDictView(M(self), DictIterKind.Items));
        t.Def("copy", self => M(self).Copy());
        t.Def("__repr__", self => $"mappingproxy({Ops.Repr(M(self))})");
        t.Def("__str__", self => Ops.Str(M(self)));
        t.Def("__eq__", (self, other) => other is PyDict d ? Py.Bool(DictMethods.Equal(M(self), d)) : other is PyMappingProxy p ? Py.Bool(DictMethods.Equal(M(self), p.Mapping)) : Py.NotImplemented);
        t.Def("__or__", (self, other) =>
        {
            if (other is not PyDict d)
            {
                return Py.NotImplemented;
            }
            var r = M(self).Copy();
            r.Update(d);
            return r;
        });
    }
}
