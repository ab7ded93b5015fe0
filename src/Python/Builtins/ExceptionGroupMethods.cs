using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>BaseExceptionGroup and ExceptionGroup: construction rules, message/exceptions, subgroup/split/derive.</summary>
internal static class ExceptionGroupMethods
{
    private static PyBaseException E(object o) => (PyBaseException)o;

    public static string Message(PyBaseException e) => (string)e.Args.Items[0];

    public static PyTuple Exceptions(PyBaseException e) => (PyTuple)e.Dict!["exceptions"];

    public static void Fill(PyType t)
    {
        t.DefNew((cls, args, kw) =>
        {
            if (kw is { Length: > 0 })
            {
                throw Ops.TypeError($"{cls.Name}() takes no keyword arguments");
            }
            if (args.Length != 2)
            {
                throw Ops.TypeError($"BaseExceptionGroup.__new__() takes exactly 2 arguments ({args.Length} given)");
            }
            var message = args[0] as string ?? throw Ops.TypeError($"BaseExceptionGroup.__new__() argument 1 must be str, not {Ops.TypeName(args[0])}");
            if (Py.TypeOf(args[1]).Slots[(int)SlotId.GetItem] is null || args[1] is string or PySet || Ops.Length(args[1]) == 0)
            {
                throw Ops.ValueError("second argument (exceptions) must be a non-empty sequence");
            }
            var items = Ops.ToArray(args[1]);
            var allExceptions = true;
            for (var i = 0; i < items.Length; i++)
            {
                if (items[i] is not PyBaseException ex)
                {
                    throw Ops.ValueError($"Item {i} of second argument (exceptions) is not an exception");
                }
                allExceptions &= ex.Type.IsSubtypeOf(PyExc.Exception);
            }
            var type = cls;
            if (ReferenceEquals(cls, PyExc.BaseExceptionGroup) && allExceptions)
            {
                type = PyExc.ExceptionGroup;
            }
            else if (cls.IsSubtypeOf(PyExc.Exception) && !allExceptions)
            {
                throw Ops.TypeError($"Cannot nest BaseExceptions in {(ReferenceEquals(cls, PyExc.ExceptionGroup) ? "an ExceptionGroup" : $"'{cls.Name}'")}");
            }
            var e = new PyBaseException(type, new PyTuple(new[] { message, args[1] }));
            (e.Dict = new PyDict())["exceptions"] = new PyTuple((object[])items.Clone());
            return e;
        });
        t.DefRaw("__init__", (args, kw) => Py.None);
        t.Def("__str__", self =>
        {
            var n = Exceptions(E(self)).Count;
            return $"{Message(E(self))} ({n} sub-exception{(n == 1 ? "" : "s")})";
        });
        t.Prop("message", self => Message(E(self)));
        t.Prop("exceptions", self => Exceptions(E(self)));
        t.Def("derive", (self, excs) => Ops.Call(PyExc.BaseExceptionGroup, Message(E(self)), excs));
        t.Def("subgroup", (self, condition) => Split(E(self), Matcher(condition)).Match ?? (object)Py.None);
        t.Def("split", (self, condition) =>
        {
            var (match, rest) = Split(E(self), Matcher(condition));
            return new PyTuple(new[] { match ?? (object)Py.None, rest ?? (object)Py.None });
        });
    }

    private static Func<PyBaseException, bool> Matcher(object condition)
    {
        if (condition is PyType or PyTuple)
        {
            return e => Ops.ExceptionMatches(e, condition);
        }
        if (condition is PyObject p && p.Type.Slots[(int)SlotId.Call] is not null)
        {
            return e => Ops.IsTrue(Ops.Call(condition, e));
        }
        throw Ops.TypeError($"expected an exception type, a tuple of exception types, or a callable (other than a class), not {Ops.TypeName(condition)}");
    }

    /// <summary>Splits a group by a predicate, recursing into nested groups; parts keep the group's message and chaining.</summary>
    public static (PyBaseException? Match, PyBaseException? Remainder) Split(PyBaseException group, Func<PyBaseException, bool> matches)
    {
        if (matches(group))
        {
            return (group, null);
        }
        var matched = new List<object>();
        var rest = new List<object>();
        foreach (var item in Exceptions(group).Items)
        {
            var ex = (PyBaseException)item;
            if (ex.Type.IsSubtypeOf(PyExc.BaseExceptionGroup))
            {
                var (m, r) = Split(ex, matches);
                if (m is not null)
                {
                    matched.Add(m);
                }
                if (r is not null)
                {
                    rest.Add(r);
                }
            }
            else if (matches(ex))
            {
                matched.Add(ex);
            }
            else
            {
                rest.Add(ex);
            }
        }
        return (Derive(group, matched), Derive(group, rest));
    }

    private static PyBaseException? Derive(PyBaseException group, List<object> items)
    {
        if (items.Count == 0)
        {
            return null;
        }
        var derived = (PyBaseException)Ops.CallMethod(group, "derive", new PyList(items.ToArray()));
        derived.Cause = group.Cause;
        derived.Context = group.Context;
        derived.Traceback = group.Traceback;
        if (group.Dict is { } d && d.TryGetValue("__notes__", out var notes))
        {
            derived.Dict!["__notes__"] = notes;
        }
        return derived;
    }
}
