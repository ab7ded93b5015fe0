using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>The methods of <c>tuple</c>.</summary>
internal static class TupleMethods
{
    private static PyTuple Self(object o) => o as PyTuple ?? throw Ops.TypeError($"descriptor requires a 'tuple' object but received a '{Ops.TypeName(o)}'");

    public static void Fill(PyType t)
    {
        t.Def("__len__", self => Py.Int(Self(self).Count));
        t.Def("__getitem__", (self, key) => GetItem(Self(self), key));
        t.Def("__contains__", (self, x) => Py.Bool(SequenceHelpers.Count(Self(self).Items, x) > 0));
        t.Def("__iter__", self => new ArrayIterator(Self(self).Items, Py.TupleIteratorType));
        t.Def("__add__", (self, other) =>
        {
            return other is PyTuple o ? Concat(Self(self), o) : Py.NotImplemented;
        });
        t.Def("__mul__", (self, n) => Ops.IsIndex(n) ? Repeat(Self(self), n) : Py.NotImplemented);
        t.Def("__rmul__", (self, n) => Ops.IsIndex(n) ? Repeat(Self(self), n) : Py.NotImplemented);
        foreach (var (name, op) in new[] { ("__eq__", CompareOp.Eq), ("__ne__", CompareOp.Ne), ("__lt__", CompareOp.Lt), ("__le__", CompareOp.Le), ("__gt__", CompareOp.Gt), ("__ge__", CompareOp.Ge) })
        {
            t.Def(name, (self, other) => other is PyTuple o ? Py.Bool(SequenceHelpers.Compare(Self(self).Items, o.Items, op)) : Py.NotImplemented);
        }
        t.Def("__hash__", self => Py.Int(Ops.TupleHash(Self(self).Items)));
        t.Def("__repr__", self => Ops.ReprGuarded(self, "(...)", () => SequenceHelpers.Repr(Self(self).Items, "(", ")", true)));
        t.Def("__getnewargs__", self => new PyTuple(new object[] { new PyTuple(Self(self).Items) }));
        t.Def("count", (self, x) => Py.Int(SequenceHelpers.Count(Self(self).Items, x)));
        t.DefRange("index", 1, 3, a => Py.Int(SequenceHelpers.Index(Self(a[0]).Items, a, "tuple")));
        t.DefNew((cls, args, kw) =>
        {
            if (kw is { Length: > 0 })
            {
                throw Ops.TypeError("tuple() takes no keyword arguments");
            }
            if (args.Length > 1)
            {
                throw Ops.TypeError($"tuple expected at most 1 argument, got {args.Length}");
            }
            if (args.Length == 0)
            {
                return ReferenceEquals(cls, Py.TupleType) ? Py.EmptyTuple : new PyTuple(cls, Array.Empty<object>());
            }
            if (ReferenceEquals(cls, Py.TupleType))
            {
                return FromIterable(args[0]);
            }
            // A tuple's items never change, so a tuple subclass instance (a namedtuple) shares them.
            return new PyTuple(cls, Ops.ToArray(args[0]));
        });
    }

    private static PyTuple Repeat(PyTuple t, object n)
    {
        var items = SequenceHelpers.Repeat(t.Items, n);
        return items.Length == t.Count && ReferenceEquals(t.Type, Py.TupleType) ? t : new PyTuple(items);
    }

    /// <summary>tuple(iterable) of the builtin tuple type: an exact tuple is itself.</summary>
    public static PyTuple FromIterable(object iterable)
    {
        if (iterable is PyTuple t && ReferenceEquals(t.Type, Py.TupleType))
        {
            return t;
        }
        var items = Ops.ToArray(iterable);
        return items.Length == 0 ? Py.EmptyTuple : new PyTuple(items);
    }

    /// <summary>a + b; adding an empty tuple gives the other operand itself when that is an exact tuple, as in CPython.</summary>
    public static PyTuple Concat(PyTuple a, PyTuple b)
    {
        if (a.Count == 0 && ReferenceEquals(b.Type, Py.TupleType))
        {
            return b;
        }
        if (b.Count == 0 && ReferenceEquals(a.Type, Py.TupleType))
        {
            return a;
        }
        var r = new object[a.Count + b.Count];
        a.Items.CopyTo(r, 0);
        b.Items.CopyTo(r, a.Count);
        return new PyTuple(r);
    }

    public static object GetItem(PyTuple t, object key)
    {
        if (key is PySlice s)
        {
            return GetSlice(t, s.Start, s.Stop, s.Step);
        }
        if (!Ops.IsIndex(key))
        {
            throw Ops.TypeError($"tuple indices must be integers or slices, not {Ops.TypeName(key)}");
        }
        return t.Items[Ops.SequenceIndex(key, t.Count, "tuple")];
    }

    /// <summary>t[start:stop:step]; a whole exact tuple is returned as itself, as in CPython.</summary>
    public static PyTuple GetSlice(PyTuple t, object start, object stop, object step)
    {
        var n = Ops.SliceIndices(start, stop, step, t.Count, out var first, out _, out var stride);
        if (stride == 1 && n == t.Count && ReferenceEquals(t.Type, Py.TupleType))
        {
            return t;
        }
        return new PyTuple(SequenceHelpers.Slice(t.Items, first, n, stride));
    }
}
