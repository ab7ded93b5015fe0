using System.Text;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>The methods of <c>dict</c>.</summary>
internal static class DictMethods
{
    private static PyDict Self(object o) => o as PyDict ?? throw Ops.TypeError($"descriptor requires a 'dict' object but received a '{Ops.TypeName(o)}'");

    /// <summary>dict.__getitem__: the value, else a subclass's __missing__, else KeyError.</summary>
    public static object GetItem(PyDict d, object key)
    {
        if (d.TryGetValue(key, out var v))
        {
            return v;
        }
        if (!ReferenceEquals(d.Type, Py.DictType) && d.Type.Slots[(int)SlotId.Missing] is { } missing)
        {
            return Ops.CallBound(missing, d, key);
        }
        throw Ops.KeyError(key);
    }

    public static void Fill(PyType t)
    {
        t.Def("__len__", self => Py.Int(Self(self).Count));
        t.Def("__getitem__", (self, key) => GetItem(Self(self), key));
        t.Def("__setitem__", (self, key, value) =>
        {
            Self(self)[key] = value;
            return Py.None;
        });
        t.Def("__delitem__", (self, key) =>
        {
            if (!Self(self).Remove(key))
            {
                throw Ops.KeyError(key);
            }
            return Py.None;
        });
        t.Def("__contains__", (self, key) => Py.Bool(Self(self).ContainsKey(key)));
        t.Def("__iter__", self => new DictIterator(Self(self), DictIterKind.Keys));
        t.Def("__reversed__", self =>
        {
            var d = Self(self);
            var keys = new List<object>(d.Count);
            var pos = 0;
            while (d.TryGetEntry(ref pos, out var k, out _))
            {
                keys.Add(k);
            }
            keys.Reverse();
            return new ArrayIterator(keys.ToArray(), Py.DictReverseKeyIteratorType);
        });
        t.Def("__eq__", (self, other) => other is PyDict o ? Py.Bool(Equal(Self(self), o)) : Py.NotImplemented);
        t.Def("__ne__", (self, other) => other is PyDict o ? Py.Bool(!Equal(Self(self), o)) : Py.NotImplemented);
        t.Def("__repr__", self => Ops.ReprGuarded(self, "{...}", () => Repr(Self(self))));
        t.Namespace["__hash__"] = Py.None;
        t.Def("__or__", (self, other) =>
        {
            if (other is not PyDict o)
            {
                return Py.NotImplemented;
            }
            var r = Self(self).Copy();
            r.Update(o);
            return r;
        });
        t.Def("__ror__", (self, other) =>
        {
            if (other is not PyDict o)
            {
                return Py.NotImplemented;
            }
            var r = o.Copy();
            r.Update(Self(self));
            return r;
        });
        t.Def("__ior__", (self, other) =>
        {
            Update(Self(self), other);
            return self;
        });
        t.Def("keys", self => new PyDictView(Self(self), DictIterKind.Keys));
        t.Def("values", self => new PyDictView(Self(self), DictIterKind.Values));
        t.Def("items", self => new PyDictView(Self(self), DictIterKind.Items));
        t.DefOptional("get", (self, key, dflt) => Self(self).TryGetValue(key, out var v) ? v : dflt ?? Py.None);
        t.DefOptional("setdefault", (self, key, dflt) => Self(self).SetDefault(key, dflt ?? Py.None));
        t.DefOptional("pop", (self, key, dflt) => Self(self).Remove(key, out var v) ? v : dflt ?? throw Ops.KeyError(key));
        t.Def("popitem", self =>
        {
            if (Self(self).TryPopLast(out var k, out var v))
            {
                return new PyTuple(new[] { k, v });
            }
            throw Ops.Error(PyExc.KeyError, "popitem(): dictionary is empty");
        });
        t.DefRaw("update", (args, kw) =>
        {
            var d = Self(args[0]);
            var positional = args.Length - (kw?.Length ?? 0);
            if (positional > 2)
            {
                throw Ops.TypeError($"update expected at most 1 argument, got {positional - 1}");
            }
            if (positional == 2)
            {
                Update(d, args[1]);
            }
            for (var i = 0; i < (kw?.Length ?? 0); i++)
            {
                d[kw![i]] = args[positional + i];
            }
            return Py.None;
        });
        t.Def("clear", self =>
        {
            Self(self).Clear();
            return Py.None;
        });
        t.Def("copy", self => Self(self).Copy());
        t.DefClass("fromkeys", 1, 2, a =>
        {
            var value = a.Length > 2 ? a[2] : Py.None;
            var d = ReferenceEquals(a[0], Py.DictType) ? new PyDict() : Ops.Call(a[0]);
            var it = Ops.GetIter(a[1]);
            while (Ops.TryNext(it, out var k))
            {
                Ops.SetItem(d, k, value);
            }
            return d;
        });
        t.DefRaw("__init__", (args, kw) =>
        {
            var d = Self(args[0]);
            var positional = args.Length - (kw?.Length ?? 0);
            if (positional > 2)
            {
                throw Ops.TypeError($"dict expected at most 1 argument, got {positional - 1}");
            }
            if (positional == 2)
            {
                Update(d, args[1]);
            }
            for (var i = 0; i < (kw?.Length ?? 0); i++)
            {
                d[kw![i]] = args[positional + i];
            }
            return Py.None;
        });
        t.DefNew((cls, args, kw) => ReferenceEquals(cls, Py.DictType) ? new PyDict() : new PyDict(cls));
    }

    /// <summary>dict.update(other): a dict, an object with keys(), or an iterable of pairs.</summary>
    public static void Update(PyDict d, object other)
    {
        if (other is PyDict od && ReferenceEquals(od.Type.Slots[(int)SlotId.Iter], Py.DictType.Slots[(int)SlotId.Iter]))
        {
            d.Update(od);
            return;
        }
        if (Ops.TryGetAttr(other, "keys", out var keys))
        {
            var it = Ops.GetIter(Ops.Call(keys));
            while (Ops.TryNext(it, out var k))
            {
                d[k] = Ops.GetItem(other, k);
            }
            return;
        }
        if (Py.TypeOf(other).Slots[(int)SlotId.Iter] is null && Py.TypeOf(other).Slots[(int)SlotId.GetItem] is null)
        {
            throw Ops.TypeError($"'{Ops.TypeName(other)}' object is not iterable");
        }
        var items = Ops.GetIter(other);
        var index = 0;
        while (Ops.TryNext(items, out var pair))
        {
            if (Py.TypeOf(pair).Slots[(int)SlotId.Iter] is null)
            {
                throw Ops.TypeError($"cannot convert dictionary update sequence element #{index} to a sequence");
            }
            var kv = Ops.ToArray(pair);
            if (kv.Length != 2)
            {
                throw Ops.ValueError($"dictionary update sequence element #{index} has length {kv.Length}; 2 is required");
            }
            d[kv[0]] = kv[1];
            index++;
        }
    }

    public static bool Equal(PyDict a, PyDict b)
    {
        if (a.Count != b.Count)
        {
            return false;
        }
        var pos = 0;
        while (a.TryGetEntry(ref pos, out var k, out var v))
        {
            if (!b.TryGetValue(k, out var w) || !Ops.EqualForLookup(v, w))
            {
                return false;
            }
        }
        return true;
    }

    public static string Repr(PyDict d)
    {
        var sb = new StringBuilder("{");
        var pos = 0;
        var first = true;
        while (d.TryGetEntry(ref pos, out var k, out var v))
        {
            if (!first)
            {
                sb.Append(", ");
            }
            first = false;
            sb.Append(Ops.Repr(k)).Append(": ").Append(Ops.Repr(v));
        }
        return sb.Append('}').ToString();
    }
}
