using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>The methods of NoneType, NotImplementedType and ellipsis.</summary>
internal static class SingletonMethods
{
    public static void Fill(PyType none, PyType notImplemented, PyType ellipsis)
    {
        none.Def("__repr__", _ => "None");
        none.Def("__bool__", _ => Py.False);
        none.DefNew((cls, args, kw) => args.Length == 0 ? Py.None : throw Ops.TypeError("NoneType takes no arguments"));
        notImplemented.Def("__repr__", _ => "NotImplemented");
        notImplemented.DefNew((cls, args, kw) => args.Length == 0 ? Py.NotImplemented : throw Ops.TypeError("NotImplementedType takes no arguments"));
        ellipsis.Def("__repr__", _ => "Ellipsis");
        ellipsis.DefNew((cls, args, kw) => args.Length == 0 ? Py.Ellipsis : throw Ops.TypeError("ellipsis takes no arguments"));
    }
}

/// <summary>The methods of modules.</summary>
internal static class ModuleMethods
{
    public static void Fill(PyType t)
    {
        t.Def("__repr__", self =>
        {
            var m = (PyModule)self;
            return m.Dict!.TryGetValue("__file__", out var f) && f is string file
                ? $"<module '{m.Name}' from '{file}'>"
                : $"<module '{m.Name}'>";
        });
        t.Prop("__dict__", self => ((PyObject)self).Dict!);
        t.DefRange("__init__", 1, 2, a =>
        {
            var m = (PyModule)a[0];
            m.Dict!["__name__"] = a[1] as string ?? throw Ops.TypeError($"module.__init__() argument 'name' must be str, not {Ops.TypeName(a[1])}");
            m.Dict["__doc__"] = a.Length > 2 ? a[2] : Py.None;
            return Py.None;
        });
        t.DefNew((cls, args, kw) => new PyModule(args.Length > 0 && args[0] is string n ? n : "?") { Type = cls });
    }
}

/// <summary>The methods shared by the builtin iterator types.</summary>
internal static class IteratorMethods
{
    // Assigned once while the builtin types initialise; lets Ops.GetIter return builtin iterators directly.
    public static PyBuiltinFunction IterSelf { get; private set; } = null!;

    public static void Fill(PyType[] types)
    {
        foreach (var t in types)
        {
            var iter = t.Def("__iter__", self => self);
            IterSelf ??= iter;
            t.Namespace["__iter__"] = IterSelf;
            t.Def("__next__", self => ((PyIterator)self).TryNext(out var v) ? v : throw Ops.StopIteration());
            t.Def("__length_hint__", self => Py.Int(Math.Max(0, ((PyIterator)self).LengthHint)));
        }
    }
}
