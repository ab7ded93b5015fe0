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
        t.Def("__next__", self => G(self).Resume(Py.None, null, out var v) ? v : throw Ops.StopIteration(G(self).ReturnValue is PyNone ? null : G(self).ReturnValue));
        t.Def("send", (self, value) =>
        {
            var g = G(self);
            if (!g.Started && value is not PyNone && !g.Finished)
            {
                throw Ops.TypeError("can't send non-None value to a just-started generator");
            }
            return g.Resume(value, null, out var v) ? v : throw Ops.StopIteration(g.ReturnValue is PyNone ? null : g.ReturnValue);
        });
        t.DefRange("throw", 1, 3, a =>
        {
            var g = G(a[0]);
            var exc = ThrownException(a[1], a.Length > 2 ? a[2] : Py.None, a.Length > 3 ? a[3] : Py.None);
            return g.Resume(Py.None, exc, out var v) ? v : throw Ops.StopIteration(g.ReturnValue is PyNone ? null : g.ReturnValue);
        });
        t.Def("close", self =>
        {
            var g = G(self);
            if (g.Finished || !g.Started)
            {
                return Py.None;
            }
            bool yielded;
            try
            {
                yielded = g.Resume(Py.None, new PyBaseException(PyExc.GeneratorExit, Py.EmptyTuple), out _);
            }
            catch (PythonException e) when (Ops.Matches(e, PyExc.GeneratorExit) || Ops.Matches(e, PyExc.StopIteration))
            {
                return Py.None;
            }
            if (yielded)
            {
                throw Ops.RuntimeError("generator ignored GeneratorExit");
            }
            return Py.None;
        });
        t.Def("__repr__", self => $"<generator object {G(self).QualName} at {ObjectMethods.Address(self)}>");
        t.Prop("__name__", self => G(self).Name, (self, v) => G(self).Name = v as string ?? throw Ops.TypeError("__name__ must be set to a string object"));
        t.Prop("__qualname__", self => G(self).QualName, (self, v) => G(self).QualName = v as string ?? throw Ops.TypeError("__qualname__ must be set to a string object"));
        t.Prop("gi_running", self => Py.Bool(G(self).Running));
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
