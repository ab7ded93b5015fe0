using System.Text;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>The methods of dict_keys, dict_values and dict_items (keys and items views are set-like).</summary>
internal static class DictViewMethods
{
    private static PyDictView Self(object o) => (PyDictView)o;

    public static void Fill(PyType keys, PyType values, PyType items)
    {
        foreach (var t in new[] { keys, values, items })
        {
            t.Def("__len__", self => Py.Int(Self(self).Mapping.Count));
            t.Def("__iter__", self => new DictIterator(Self(self).Mapping, Self(self).Kind));
            t.Def("__reversed__", self =>
            {
                var all = Ops.ToArray(new DictIterator(Self(self).Mapping, Self(self).Kind));
                Array.Reverse(all);
                return new ArrayIterator(all, Self(self).Kind switch
                {
                    DictIterKind.Keys => Py.DictReverseKeyIteratorType,
                    DictIterKind.Values => Py.DictReverseValueIteratorType,
                    _ => Py.DictReverseItemIteratorType,
                });
            });
            t.Def("__repr__", self => Ops.ReprGuarded(self, "...", () => Repr(Self(self))));
            t.Prop("mapping", self => new PyMappingProxy(Self(self).Mapping));
        }
        keys.Def("__contains__", (self, x) => Py.Bool(Self(self).Mapping.ContainsKey(x)));
        items.Def("__contains__", (self, x) => Py.Bool(ItemsContains(Self(self).Mapping, x)));
        values.Def("__contains__", (self, x) =>
        {
            var d = Self(self).Mapping;
            var pos = 0;
            while (d.TryGetEntry(ref pos, out _, out var v))
            {
                if (Ops.EqualForLookup(v, x))
                {
                    return Py.True;
                }
            }
            return Py.False;
        });
        foreach (var t in new[] { keys, items })
        {
            t.Def("__and__", (self, o) => SetMethods.Intersection(ToSet(self), ToSet(o)));
            t.Def("__rand__", (self, o) => SetMethods.Intersection(ToSet(o), ToSet(self)));
            t.Def("__or__", (self, o) => SetMethods.Union(ToSet(self), ToSet(o)));
            t.Def("__ror__", (self, o) => SetMethods.Union(ToSet(o), ToSet(self)));
            t.Def("__sub__", (self, o) => SetMethods.Difference(ToSet(self), ToSet(o)));
            t.Def("__rsub__", (self, o) => SetMethods.Difference(ToSet(o), ToSet(self)));
            t.Def("__xor__", (self, o) => Xor(self, o));
            t.Def("__rxor__", (self, o) => Xor(o, self));
            t.Def("__eq__", (self, o) => IsSetLike(o) ? Py.Bool(SetEquals(self, o)) : Py.NotImplemented);
            t.Def("__ne__", (self, o) => IsSetLike(o) ? Py.Bool(!SetEquals(self, o)) : Py.NotImplemented);
            t.Def("__le__", (self, o) => IsSetLike(o) ? Py.Bool(SetMethods.IsSubset(ToSet(self), ToSet(o))) : Py.NotImplemented);
            t.Def("__ge__", (self, o) => IsSetLike(o) ? Py.Bool(SetMethods.IsSubset(ToSet(o), ToSet(self))) : Py.NotImplemented);
            t.Def("isdisjoint", (self, o) => Py.Bool(SetMethods.Intersection(ToSet(self), ToSet(o)).Count == 0));
            t.Namespace["__hash__"] = Py.None;
        }
    }

    private static bool IsSetLike(object o) => o is PySet || o is PyDictView { Kind: not DictIterKind.Values };

    private static bool SetEquals(object a, object b)
    {
        var x = ToSet(a);
        var y = ToSet(b);
        return x.Count == y.Count && SetMethods.IsSubset(x, y);
    }

    // CPython's dictviews_xor: set(left), then symmetric_difference_update(right).
    private static PySet Xor(object left, object right)
    {
        var r = SetMethods.From(Py.SetType, left);
        SetMethods.SymmetricUpdate(r, ToSet(right));
        return r;
    }

    private static PySet ToSet(object o) => o as PySet ?? SetMethods.From(Py.SetType, o);

    private static bool ItemsContains(PyDict d, object x)
    {
        if (x is not PyTuple { Count: 2 } pair)
        {
            return false;
        }
        return d.TryGetValue(pair.Items[0], out var v) && Ops.EqualForLookup(v, pair.Items[1]);
    }

    private static string Repr(PyDictView view)
    {
        var sb = new StringBuilder(view.Type.Name).Append("([");
        var it = new DictIterator(view.Mapping, view.Kind);
        var first = true;
        while (it.TryNext(out var v))
        {
            if (!first)
            {
                sb.Append(", ");
            }
            first = false;
            sb.Append(Ops.Repr(v));
        }
        return sb.Append("])").ToString();
    }
}
