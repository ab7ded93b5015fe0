using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>The methods of <c>list</c>.</summary>
internal static class ListMethods
{
    private static PyList Self(object o) => o as PyList ?? throw Ops.TypeError($"descriptor requires a 'list' object but received a '{Ops.TypeName(o)}'");

    public static void Fill(PyType t)
    {
        t.Def("append", (self, x) =>
        {
            Self(self).Add(x);
            return Py.None;
        });
        t.Def("extend", (self, x) =>
        {
            Ops.Extend(Self(self), x);
            return Py.None;
        });
        t.Def("insert", (self, i, x) =>
        {
            var l = Self(self);
            var idx = Ops.IndexAsLongClamped(i);
            if (idx < 0)
            {
                idx = Math.Max(0, idx + l.Count);
            }
            l.Insert((int)Math.Min(idx, l.Count), x);
            return Py.None;
        });
        t.Def("remove", (self, x) =>
        {
            var l = Self(self);
            for (var i = 0; i < l.Count; i++)
            {
                if (Ops.EqualForLookup(l[i], x))
                {
                    l.RemoveAt(i);
                    return Py.None;
                }
            }
            throw Ops.ValueError("list.remove(x): x not in list");
        });
        t.DefRange("pop", 0, 1, a =>
        {
            var l = Self(a[0]);
            if (l.Count == 0)
            {
                throw Ops.IndexError("pop from empty list");
            }
            var i = a.Length > 1 ? Ops.SequenceIndex(Ops.IndexAsLongClamped(a[1]), l.Count, "pop") : l.Count - 1;
            var v = l[i];
            l.RemoveAt(i);
            return v;
        });
        t.Def("clear", self =>
        {
            Self(self).Clear();
            return Py.None;
        });
        t.DefRange("index", 1, 3, a => Py.Int(SequenceHelpers.Index(Self(a[0]).AsSpan(), a, "list")));
        t.Def("count", (self, x) => Py.Int(SequenceHelpers.Count(Self(self).AsSpan(), x)));
        t.Def("reverse", self =>
        {
            Self(self).AsSpan().Reverse();
            return Py.None;
        });
        t.Def("copy", self => new PyList(Self(self).ToArray()));
        t.DefRaw("sort", (args, kwnames) =>
        {
            // CPython's own wording for sort's keyword-only arguments (sorted() passes its keywords through).
            var positional = args.Length - (kwnames?.Length ?? 0);
            if (positional != 1)
            {
                throw Ops.TypeError(positional == 0 ? "descriptor 'sort' of 'list' object needs an argument" : "sort() takes no positional arguments");
            }
            object? key = null;
            var reverse = false;
            for (var i = 0; i < (kwnames?.Length ?? 0); i++)
            {
                var value = args[positional + i];
                switch (kwnames![i])
                {
                    case "key":
                        key = value is PyNone ? null : value;
                        break;
                    case "reverse":
                        reverse = Ops.IndexAsLong(value) != 0;
                        break;
                    default:
                        throw Ops.TypeError($"'{kwnames[i]}' is an invalid keyword argument for sort()");
                }
            }
            Sorting.Sort(Self(args[0]), key, reverse);
            return Py.None;
        });
        t.Def("__len__", self => Py.Int(Self(self).Count));
        t.Def("__getitem__", (self, key) => GetItem(Self(self), key));
        t.Def("__setitem__", (self, key, value) =>
        {
            SetItem(Self(self), key, value);
            return Py.None;
        });
        t.Def("__delitem__", (self, key) =>
        {
            DelItem(Self(self), key);
            return Py.None;
        });
        t.Def("__contains__", (self, x) =>
        {
            foreach (var v in Self(self).AsSpan())
            {
                if (Ops.EqualForLookup(v, x))
                {
                    return Py.True;
                }
            }
            return Py.False;
        });
        t.Def("__iter__", self => new ListIterator(Self(self)));
        t.Def("__reversed__", self => new ListReverseIterator(Self(self)));
        t.Def("__add__", (self, other) =>
        {
            return other is PyList o ? Concat(Self(self), o) : Py.NotImplemented;
        });
        t.Def("__iadd__", (self, other) =>
        {
            Ops.Extend(Self(self), other);
            return self;
        });
        t.Def("__mul__", (self, n) => Ops.IsIndex(n) ? new PyList(SequenceHelpers.Repeat(Self(self).AsSpan(), n)) : Py.NotImplemented);
        t.Def("__rmul__", (self, n) => Ops.IsIndex(n) ? new PyList(SequenceHelpers.Repeat(Self(self).AsSpan(), n)) : Py.NotImplemented);
        t.Def("__imul__", (self, n) =>
        {
            var l = Self(self);
            var items = SequenceHelpers.Repeat(l.AsSpan(), n);
            l.SetContents(items, items.Length);
            return self;
        });
        foreach (var (name, op) in new[] { ("__eq__", CompareOp.Eq), ("__ne__", CompareOp.Ne), ("__lt__", CompareOp.Lt), ("__le__", CompareOp.Le), ("__gt__", CompareOp.Gt), ("__ge__", CompareOp.Ge) })
        {
            t.Def(name, (self, other) => other is PyList o ? Py.Bool(SequenceHelpers.Compare(Self(self).AsSpan(), o.AsSpan(), op)) : Py.NotImplemented);
        }
        t.Def("__repr__", self => Ops.ReprGuarded(self, "[...]", () => SequenceHelpers.Repr(Self(self).AsSpan(), "[", "]", false)));
        t.Namespace["__hash__"] = Py.None;
        t.DefRange("__init__", 0, 1, a =>
        {
            var l = Self(a[0]);
            l.Clear();
            if (a.Length > 1)
            {
                Ops.Extend(l, a[1]);
            }
            return Py.None;
        });
        t.DefNew((cls, args, kw) => new PyList(cls));
    }

    public static PyList Concat(PyList a, PyList b)
    {
        var r = new PyList(a.Count + b.Count);
        r.AddRange(a.AsSpan());
        r.AddRange(b.AsSpan());
        return r;
    }

    public static object GetItem(PyList l, object key)
    {
        if (key is PySlice s)
        {
            return new PyList(SequenceHelpers.Slice(l.AsSpan(), s.Start, s.Stop, s.Step));
        }
        if (!Ops.IsIndex(key))
        {
            throw Ops.TypeError($"list indices must be integers or slices, not {Ops.TypeName(key)}");
        }
        return l[Ops.SequenceIndex(key, l.Count, "list")];
    }

    public static void SetItem(PyList l, object key, object value)
    {
        if (key is PySlice s)
        {
            SetSlice(l, s.Start, s.Stop, s.Step, value);
            return;
        }
        if (!Ops.IsIndex(key))
        {
            throw Ops.TypeError($"list indices must be integers or slices, not {Ops.TypeName(key)}");
        }
        l[Ops.SequenceIndex(key, l.Count, "list assignment")] = value;
    }

    /// <summary>l[lower:upper:step] = value.</summary>
    public static void SetSlice(PyList l, object lower, object upper, object stride, object value)
    {
        var n = Ops.SliceIndices(lower, upper, stride, l.Count, out var start, out var stop, out var step);
        // Exact lists and tuples are read in place (CPython's PySequence_Fast); subclasses iterate; the list itself is copied.
        ReadOnlySpan<object> items;
        if (ReferenceEquals(value, l))
        {
            items = l.ToArray();
        }
        else if (value is PyList vl && ReferenceEquals(vl.Type, Py.ListType))
        {
            items = vl.AsSpan();
        }
        else if (value is PyTuple vt && ReferenceEquals(vt.Type, Py.TupleType))
        {
            items = vt.Items;
        }
        else
        {
            items = NewItems(value);
        }
        if (step == 1)
        {
            l.ReplaceRange(start, Math.Max(start, stop), items);
            return;
        }
        if (items.Length != n)
        {
            throw Ops.ValueError($"attempt to assign sequence of size {items.Length} to extended slice of size {n}");
        }
        for (var k = 0; k < n; k++)
        {
            l[start + (k * step)] = items[k];
        }
    }

    private static object[] NewItems(object value)
    {
        if (Py.TypeOf(value).Slots[(int)SlotId.Iter] is null && Py.TypeOf(value).Slots[(int)SlotId.GetItem] is null)
        {
            throw Ops.TypeError("can only assign an iterable");
        }
        return Ops.ToArray(value);
    }

    public static void DelItem(PyList l, object key)
    {
        if (key is PySlice s)
        {
            var n = Ops.SliceIndices(s, l.Count, out var start, out _, out var step);
            if (n == 0)
            {
                return;
            }
            if (step == 1)
            {
                l.RemoveRange(start, n);
                return;
            }
            var remove = new HashSet<int>();
            for (var k = 0; k < n; k++)
            {
                remove.Add(start + (k * step));
            }
            var kept = new List<object>(l.Count - n);
            for (var i = 0; i < l.Count; i++)
            {
                if (!remove.Contains(i))
                {
                    kept.Add(l[i]);
                }
            }
            l.SetContents(kept.ToArray(), kept.Count);
            return;
        }
        if (!Ops.IsIndex(key))
        {
            throw Ops.TypeError($"list indices must be integers or slices, not {Ops.TypeName(key)}");
        }
        l.RemoveAt(Ops.SequenceIndex(key, l.Count, "list assignment"));
    }
}
