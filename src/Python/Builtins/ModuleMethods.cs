using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

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
                : m.IsBuiltin ? $"<module '{m.Name}' (built-in)>" : $"<module '{m.Name}'>";
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

