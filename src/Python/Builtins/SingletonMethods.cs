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
        notImplemented.Def("__reduce__", _ => "NotImplemented");
        notImplemented.DefNew((cls, args, kw) => args.Length == 0 ? Py.NotImplemented : throw Ops.TypeError("NotImplementedType takes no arguments"));
        ellipsis.Def("__repr__", _ => "Ellipsis");
        ellipsis.Def("__reduce__", _ => "Ellipsis");
        ellipsis.DefNew((cls, args, kw) => args.Length == 0 ? Py.Ellipsis : throw Ops.TypeError("ellipsis takes no arguments"));
    }
}

