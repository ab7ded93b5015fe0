using IronUwsgi.Python.Compiling.Generators;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>The methods of generator objects: send, throw, close, and their attributes.</summary>
internal static class GeneratorMethods
{
    private static PyGenerator G(object o) => (PyGenerator)o;

    public static void Fill(PyType t)
    {
        t.Def("__iter__", self => self).Intrinsic = Intrinsic.IterSelf;
        t.Def("__next__", self => G(self).Send(Py.None));
        t.Def("send", (self, value) => G(self).Send(value));
        t.DefRange("throw", 1, 3, a => G(a[0]).Throw(ThrownException(a[1], a.Length > 2 ? a[2] : Py.None, a.Length > 3 ? a[3] : Py.None)));
        t.Def("close", self =>
        {
            G(self).Close();
            return Py.None;
        });
        t.Def("__repr__", self => $"<generator object {G(self).QualName} at {ObjectMethods.Address(self)}>");
        t.Prop("__name__", self => G(self).Name, (self, v) => G(self).Name = v as string ?? throw Ops.TypeError("__name__ must be set to a string object"));
        t.Prop("__qualname__", self => G(self).QualName, (self, v) => G(self).QualName = v as string ?? throw Ops.TypeError("__qualname__ must be set to a string object"));
        t.Prop("gi_running", self => Py.Bool(G(self).Running));
        t.Prop("gi_code", self => ((CompiledGenerator)self).Code);
        t.Prop("gi_frame", self => Frame((CompiledGenerator)self));
        t.Prop("gi_suspended", self => Py.Bool(G(self).Started && !G(self).Running && !G(self).Finished));
    }

    /// <summary>A suspended generator's frame: its code stopped at the pending yield (the def line before it starts); None once finished.</summary>
    private static object Frame(CompiledGenerator g)
    {
        if (g.Finished)
        {
            return Py.None;
        }
        return new PyFrame(g.Code, g.Globals, null, g.Started ? g.Line : g.Code.FirstLine, null);
    }

    /// <summary>generator.throw(type[, value[, tb]]) argument normalisation.</summary>
    private static PyBaseException ThrownException(object type, object value, object traceback)
    {
        PyBaseException exc;
        if (type is PyBaseException instance)
        {
            if (value is not PyNone)
            {
                throw Ops.TypeError("instance exception may not have a separate value");
            }
            exc = instance;
        }
        else if (type is PyType cls && cls.IsSubtypeOf(PyExc.BaseException))
        {
            exc = value switch
            {
                PyBaseException v when v.Type.IsSubtypeOf(cls) => v,
                PyNone => (PyBaseException)Ops.Call(cls),
                PyTuple args => (PyBaseException)Ops.Call(cls, args.Items),
                _ => (PyBaseException)Ops.Call(cls, value),
            };
        }
        else
        {
            throw Ops.TypeError($"exceptions must be classes or instances deriving from BaseException, not {Ops.TypeName(type)}");
        }
        if (traceback is not PyNone)
        {
            exc.Traceback = traceback;
        }
        return exc;
    }
}
