using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>
/// object.__reduce_ex__, __reduce__ and __getstate__: the default reduction of an instance into a constructor,
/// its arguments and its state, which pickle and copy both use.
/// </summary>
internal static class ObjectReduce
{
    public static void Fill(PyType t)
    {
        t.Def("__reduce_ex__", (self, protocol) =>
        {
            var proto = Ops.IndexAsLong(protocol);
            var reduce = Py.TypeOf(self).Lookup("__reduce__");
            return reduce is not null && !ReferenceEquals(reduce, Py.ObjectType.Namespace["__reduce__"])
                ? Ops.CallMethod(self, "__reduce__")
                : Reduce(self, proto);
        });
        t.Def("__reduce__", self => Reduce(self, 0));
        t.Def("__getstate__", self => DefaultState(self, required: false));
    }

    private static object Reduce(object self, long proto) => proto >= 2
        ? ReduceNewObj(self)
        : Ops.Call(Ops.GetAttr(Copyreg(), "_reduce_ex"), self, Py.Int(proto));

    private static object Copyreg() => PythonThread.Current.Engine.Import("copyreg");

    // Protocol 2 and later: cls.__new__(cls, *args, **kwargs) through copyreg, then state, list items and dict items.
    private static PyTuple ReduceNewObj(object self)
    {
        var type = Py.TypeOf(self);
        if (type.Slots[(int)SlotId.New] is null)
        {
            throw Ops.TypeError($"cannot pickle '{type.Name}' object");
        }
        NewArguments(self, out var args, out var kwargs);
        var copyreg = Copyreg();
        object newobj, newargs;
        if (kwargs is null || kwargs.Count == 0)
        {
            newobj = Ops.GetAttr(copyreg, "__newobj__");
            var items = new object[1 + (args?.Items.Length ?? 0)];
            items[0] = type;
            args?.Items.CopyTo(items, 1);
            newargs = new PyTuple(items);
        }
        else
        {
            newobj = Ops.GetAttr(copyreg, "__newobj_ex__");
            newargs = new PyTuple([type, args!, kwargs]);
        }
        var state = StateOf(self, required: !(args is not null || self is PyList || self is PyDict));
        var listItems = self is PyList ? Ops.GetIter(self) : Py.None;
        var dictItems = self is PyDict ? Ops.GetIter(Ops.CallMethod(self, "items")) : Py.None;
        return new PyTuple([newobj, newargs, state, listItems, dictItems]);
    }

    private static void NewArguments(object self, out PyTuple? args, out PyDict? kwargs)
    {
        if (Ops.TryLookupSpecial(self, "__getnewargs_ex__", out var getNewArgsEx))
        {
            var r = Ops.Call(getNewArgsEx);
            if (r is not PyTuple pair)
            {
                throw Ops.TypeError($"__getnewargs_ex__ should return a tuple, not '{Ops.TypeName(r)}'");
            }
            if (pair.Items.Length != 2)
            {
                throw Ops.ValueError($"__getnewargs_ex__ should return a tuple of length 2, not {pair.Items.Length}");
            }
            args = pair.Items[0] as PyTuple ?? throw Ops.TypeError(
                $"first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{Ops.TypeName(pair.Items[0])}'");
            kwargs = pair.Items[1] as PyDict ?? throw Ops.TypeError(
                $"second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{Ops.TypeName(pair.Items[1])}'");
            return;
        }
        kwargs = null;
        if (Ops.TryLookupSpecial(self, "__getnewargs__", out var getNewArgs))
        {
            var r = Ops.Call(getNewArgs);
            args = r as PyTuple ?? throw Ops.TypeError($"__getnewargs__ should return a tuple, not '{Ops.TypeName(r)}'");
            return;
        }
        args = null;
    }

    // A class's own __getstate__ decides its state; object's default refuses instances whose value lives outside
    // __dict__ and slots when nothing else (constructor arguments, items) would carry it.
    private static object StateOf(object self, bool required)
    {
        var getstate = Py.TypeOf(self).Lookup("__getstate__");
        return getstate is null || ReferenceEquals(getstate, Py.ObjectType.Namespace["__getstate__"])
            ? DefaultState(self, required)
            : Ops.CallMethod(self, "__getstate__");
    }

    private static object DefaultState(object self, bool required)
    {
        var type = Py.TypeOf(self);
        if (required && !ReferenceEquals(type.SolidBase, Py.ObjectType))
        {
            throw Ops.TypeError($"cannot pickle '{type.Name}' object");
        }
        object state = self is PyObject { Dict: { Count: > 0 } dict } ? dict : Py.None;
        var names = Ops.Call(Ops.GetAttr(Copyreg(), "_slotnames"), type);
        if (names is not PyList slotNames)
        {
            if (names is PyNone)
            {
                return state;
            }
            throw Ops.TypeError("copyreg._slotnames didn't return a list or None");
        }
        var slots = new PyDict();
        foreach (var name in slotNames.ToArray())
        {
            if (Ops.TryGetAttr(self, Ops.Str(name), out var value))
            {
                slots[name] = value;
            }
        }
        return slots.Count > 0 ? new PyTuple([state, slots]) : state;
    }
}
