using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Compiling.Generators;

/// <summary>
/// The builtin types the compiler's runtime objects report: generator, traceback and frame.
/// Like every builtin type they are immutable and shared by all engines.
/// </summary>
internal static class GeneratorTypes
{
    public static readonly PyType Generator = Make("generator", FillGenerator);

    public static readonly PyType Traceback = Make("traceback", FillTraceback);

    private static PyType Make(string name, Action<PyType> fill)
    {
        var t = Py.Bare(name, Py.ObjectType);
        t.Type = Py.TypeType;
        t.Namespace.Type = Py.DictType;
        t.Namespace["__doc__"] = Py.None;
        fill(t);
        Py.ReadyBuiltin(t);
        return t;
    }

    private static PyGenerator Self(object o) => o as PyGenerator ?? throw Ops.TypeError($"descriptor requires a 'generator' object but received a '{Ops.TypeName(o)}'");

    private static void FillGenerator(PyType t)
    {
        t.Def("__iter__", self => Self(self));
        t.Def("__next__", self => Self(self).Send(Py.None));
        t.Def("send", (self, value) => Self(self).Send(value));
        t.DefRange("throw", 1, 3, args => Self(args[0]).Throw(ThrownException(args)));
        t.Def("close", self =>
        {
            Self(self).Close();
            return Py.None;
        });
        t.Def("__repr__", self => $"<generator object {Self(self).Function.QualName} at 0x{Ops.IdentityHash(self):x}>");
        t.Prop("__name__", self => Self(self).Function.Name);
        t.Prop("__qualname__", self => Self(self).Function.QualName);
        t.Prop("gi_running", self => Py.Bool(Self(self).Running));
        t.Prop("gi_code", self => Self(self).Function.Code);
        t.Prop("gi_frame", self => Self(self).Finished ? Py.None : self);
    }

    // throw(type[, value[, traceback]]) or throw(instance).
    private static PyBaseException ThrownException(object[] args)
    {
        var kind = args[1];
        if (kind is PyBaseException instance)
        {
            if (args.Length > 2 && args[2] != Py.None)
            {
                throw Ops.TypeError("instance exception may not have a separate value");
            }

            return instance;
        }

        if (kind is PyType type && type.IsSubtypeOf(PyExc.BaseException))
        {
            var value = args.Length > 2 ? args[2] : Py.None;
            if (value is PyBaseException v && v.Type.IsSubtypeOf(type))
            {
                return v;
            }

            var made = value == Py.None ? Ops.Call(type) : value is PyTuple tuple ? Ops.Call(type, tuple.Items) : Ops.Call(type, value);
            return (PyBaseException)made;
        }

        throw Ops.TypeError($"exceptions must be classes or instances deriving from BaseException, not {Ops.TypeName(kind)}");
    }

    private static PyTraceback Tb(object o) => (PyTraceback)o;

    private static void FillTraceback(PyType t)
    {
        t.Prop("tb_lineno", self => Py.Int(Tb(self).Line));
        t.Prop("tb_next", self => (object?)Tb(self).Next ?? Py.None);
        t.Prop("tb_frame", self => new PyFrame(Tb(self).Code, Tb(self).Globals, Tb(self).Line, null));
    }
}
