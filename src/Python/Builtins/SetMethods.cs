using System.Text;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>The methods of <c>set</c> and <c>frozenset</c>, following CPython's algorithms so iteration order matches.</summary>
internal static class SetMethods
{
    private static PySet Self(object o) => o as PySet ?? throw Ops.TypeError($"descriptor requires a 'set' object but received a '{Ops.TypeName(o)}'");

    private static PyType BaseOf(PySet s) => s.IsFrozen ? Py.FrozenSetType : Py.SetType;

    /// <summary>A new set of <paramref name="type"/> holding the elements of any iterable.</summary>
    public static PySet From(PyType type, object? iterable)
    {
        var s = new PySet(type);
        if (iterable is not null)
        {
            AddAll(s, iterable);
        }
        return s;
    }

    private static void AddAll(PySet s, object iterable)
    {
        switch (iterable)
        {
            case PySet other:
                s.Merge(other);
                return;
            case PyDict d when ReferenceEquals(d.Type, Py.DictType):
                s.MergeKeys(d);
                return;
        }
        var it = Ops.GetIter(iterable);
        while (Ops.TryNext(it, out var v))
        {
            s.Add(v);
        }
    }

    private static PySet AsSet(object o) => o as PySet ?? From(Py.SetType, o);

    public static void Fill(PyType t, bool frozen)
    {
        t.Def("__len__", self => Py.Int(Self(self).Count));
        t.Def("__contains__", (self, x) => Py.Bool(Contains(Self(self), x)));
        t.Def("__iter__", self => new SetIterator(Self(self)));
        t.Def("__reduce__", self => new PyTuple([Py.TypeOf(self), new PyTuple([new PyList(Ops.ToArray(self))]), self is PyObject { Dict: { } d } ? d : Py.None]));
        t.Def("__repr__", self => Ops.ReprGuarded(self, "...", () => Repr(Self(self))));
        t.Def("__or__", (self, o) => o is PySet os ? Union(Self(self), os) : Py.NotImplemented);
        t.Def("__ror__", (self, o) => o is PySet os ? Union(os, Self(self)) : Py.NotImplemented);
        t.Def("__and__", (self, o) => o is PySet os ? Intersection(Self(self), os) : Py.NotImplemented);
        t.Def("__rand__", (self, o) => o is PySet os ? Intersection(os, Self(self)) : Py.NotImplemented);
        t.Def("__sub__", (self, o) => o is PySet os ? Difference(Self(self), os) : Py.NotImplemented);
        t.Def("__rsub__", (self, o) => o is PySet os ? Difference(os, Self(self)) : Py.NotImplemented);
        t.Def("__xor__", (self, o) => o is PySet os ? SymmetricDifference(Self(self), os) : Py.NotImplemented);
        t.Def("__rxor__", (self, o) => o is PySet os ? SymmetricDifference(os, Self(self)) : Py.NotImplemented);
        t.Def("__eq__", (self, o) => o is PySet os ? Py.Bool(Self(self).Count == os.Count && IsSubset(Self(self), os)) : Py.NotImplemented);
        t.Def("__ne__", (self, o) => o is PySet os ? Py.Bool(!(Self(self).Count == os.Count && IsSubset(Self(self), os))) : Py.NotImplemented);
        t.Def("__le__", (self, o) => o is PySet os ? Py.Bool(IsSubset(Self(self), os)) : Py.NotImplemented);
        t.Def("__lt__", (self, o) => o is PySet os ? Py.Bool(Self(self).Count < os.Count && IsSubset(Self(self), os)) : Py.NotImplemented);
        t.Def("__ge__", (self, o) => o is PySet os ? Py.Bool(IsSubset(os, Self(self))) : Py.NotImplemented);
        t.Def("__gt__", (self, o) => o is PySet os ? Py.Bool(os.Count < Self(self).Count && IsSubset(os, Self(self))) : Py.NotImplemented);
        t.Def("copy", self => frozen && ReferenceEquals(Self(self).Type, Py.FrozenSetType) ? self : Self(self).CopyAs(BaseOf(Self(self))));
        t.DefRange("union", 0, -1, a => Fold(a, Union));
        t.DefRange("intersection", 0, -1, a => Fold(a, Intersection));
        t.DefRange("difference", 0, -1, a => Fold(a, Difference));
        t.Def("symmetric_difference", (self, o) => SymmetricDifference(Self(self), o));
        t.Def("issubset", (self, o) => Py.Bool(IsSubset(Self(self), AsSet(o))));
        t.Def("issuperset", (self, o) => Py.Bool(IsSubset(AsSet(o), Self(self))));
        t.Def("isdisjoint", (self, o) =>
        {
            var s = Self(self);
            var it = Ops.GetIter(o);
            while (Ops.TryNext(it, out var v))
            {
                if (s.Contains(v))
                {
                    return Py.False;
                }
            }
            return Py.True;
        });
        if (frozen)
        {
            t.Def("__hash__", self => Py.Int(FrozenHash(Self(self))));
            t.DefNew((cls, args, kw) =>
            {
                if (kw is { Length: > 0 })
                {
                    throw Ops.TypeError("frozenset() takes no keyword arguments");
                }
                if (args.Length > 1)
                {
                    throw Ops.TypeError($"frozenset expected at most 1 argument, got {args.Length}");
                }
                if (args.Length == 1 && ReferenceEquals(cls, Py.FrozenSetType) && args[0] is PySet { } fs && ReferenceEquals(fs.Type, Py.FrozenSetType))
                {
                    return fs;
                }
                return From(cls, args.Length == 1 ? args[0] : null);
            });
            return;
        }
        t.Namespace["__hash__"] = Py.None;
        t.Def("add", (self, x) =>
        {
            Self(self).Add(x);
            return Py.None;
        });
        t.Def("remove", (self, x) => Self(self).Remove(x) ? Py.None : throw Ops.KeyError(x));
        t.Def("discard", (self, x) =>
        {
            Self(self).Remove(x);
            return Py.None;
        });
        t.Def("pop", self => Self(self).TryPop(out var v) ? v : throw Ops.Error(PyExc.KeyError, "pop from an empty set"));
        t.Def("clear", self =>
        {
            Self(self).Clear();
            return Py.None;
        });
        t.DefRange("update", 0, -1, a =>
        {
            for (var i = 1; i < a.Length; i++)
            {
                AddAll(Self(a[0]), a[i]);
            }
            return Py.None;
        });
        t.DefRange("intersection_update", 0, -1, a => Replace(Self(a[0]), (PySet)Fold(a, Intersection)));
        t.DefRange("difference_update", 0, -1, a =>
        {
            var s = Self(a[0]);
            for (var i = 1; i < a.Length; i++)
            {
                var it = Ops.GetIter(a[i]);
                while (Ops.TryNext(it, out var v))
                {
                    s.Remove(v);
                }
            }
            return Py.None;
        });
        t.Def("symmetric_difference_update", (self, o) =>
        {
            SymmetricUpdate(Self(self), AsSet(o));
            return Py.None;
        });
        t.Def("__ior__", (self, o) =>
        {
            if (o is not PySet os)
            {
                return Py.NotImplemented;
            }
            Self(self).Merge(os);
            return self;
        });
        t.Def("__iand__", (self, o) => o is PySet os ? Replace(Self(self), Intersection(Self(self), os), self) : Py.NotImplemented);
        t.Def("__isub__", (self, o) =>
        {
            if (o is not PySet os)
            {
                return Py.NotImplemented;
            }
            var s = Self(self);
            var pos = 0;
            var remove = new List<object>();
            while (os.TryGetEntry(ref pos, out var v))
            {
                remove.Add(v);
            }
            foreach (var v in remove)
            {
                s.Remove(v);
            }
            return self;
        });
        t.Def("__ixor__", (self, o) =>
        {
            if (o is not PySet os)
            {
                return Py.NotImplemented;
            }
            SymmetricUpdate(Self(self), os);
            return self;
        });
        t.DefRange("__init__", 0, 1, a =>
        {
            var s = Self(a[0]);
            s.Clear();
            if (a.Length > 1)
            {
                AddAll(s, a[1]);
            }
            return Py.None;
        });
        t.DefNew((cls, args, kw) => new PySet(cls));
    }

    private static object Replace(PySet target, PySet source, object? result = null)
    {
        target.Clear();
        target.Merge(source);
        return result ?? Py.None;
    }

    private static object Fold(object[] a, Func<PySet, PySet, PySet> op)
    {
        var self = Self(a[0]);
        var result = a.Length == 1 ? self.CopyAs(BaseOf(self)) : self;
        for (var i = 1; i < a.Length; i++)
        {
            result = op(result, AsSet(a[i]));
        }
        return result;
    }

    private static bool Contains(PySet s, object x)
    {
        if (x is PySet { IsFrozen: false } inner)
        {
            // set.__contains__ retries an unhashable set as a frozenset.
            return s.Contains(From(Py.FrozenSetType, inner));
        }
        return s.Contains(x);
    }

    public static PySet Union(PySet a, PySet b)
    {
        var r = a.CopyAs(BaseOf(a));
        r.Merge(b);
        return r;
    }

    public static PySet Intersection(PySet a, PySet b)
    {
        var r = new PySet(BaseOf(a));
        var (small, large) = b.Count > a.Count ? (a, b) : (b, a);
        var pos = 0;
        while (small.TryGetEntry(ref pos, out var v))
        {
            var h = small.HashAt(pos - 1);
            if (large.Contains(v, h))
            {
                r.Add(v, h);
            }
        }
        return r;
    }

    public static PySet Difference(PySet a, PySet b)
    {
        if ((a.Count >> 2) > b.Count)
        {
            var copy = a.CopyAs(BaseOf(a));
            var p = 0;
            while (b.TryGetEntry(ref p, out var v))
            {
                copy.Remove(v, b.HashAt(p - 1));
            }
            return copy;
        }
        var r = new PySet(BaseOf(a));
        var pos = 0;
        while (a.TryGetEntry(ref pos, out var v))
        {
            var h = a.HashAt(pos - 1);
            if (!b.Contains(v, h))
            {
                r.Add(v, h);
            }
        }
        return r;
    }

    /// <summary>a ^ other the way CPython builds it: a new set from <paramref name="other"/>, then updated with a (this fixes the repr order).</summary>
    public static PySet SymmetricDifference(PySet a, object other)
    {
        var r = other is PySet os ? os.CopyAs(BaseOf(a)) : From(BaseOf(a), other);
        SymmetricUpdate(r, a);
        return r;
    }

    public static void SymmetricUpdate(PySet s, PySet other)
    {
        if (ReferenceEquals(s, other))
        {
            s.Clear();
            return;
        }
        var pos = 0;
        while (other.TryGetEntry(ref pos, out var v))
        {
            var h = other.HashAt(pos - 1);
            if (!s.Remove(v, h))
            {
                s.Add(v, h);
            }
        }
    }

    public static bool IsSubset(PySet a, PySet b)
    {
        if (a.Count > b.Count)
        {
            return false;
        }
        var pos = 0;
        while (a.TryGetEntry(ref pos, out var v))
        {
            if (!b.Contains(v, a.HashAt(pos - 1)))
            {
                return false;
            }
        }
        return true;
    }

    private static long FrozenHash(PySet s)
    {
        if (s.CachedHash != 0)
        {
            return s.CachedHash;
        }
        static ulong Shuffle(ulong h) => ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
        ulong hash = 0;
        var pos = 0;
        while (s.TryGetEntry(ref pos, out _))
        {
            hash ^= Shuffle((ulong)s.HashAt(pos - 1));
        }
        hash ^= ((ulong)s.Count + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = (hash * 69069U) + 907133923UL;
        if (hash == ulong.MaxValue)
        {
            hash = 590923713UL;
        }
        s.CachedHash = (long)hash;
        return (long)hash;
    }

    public static string Repr(PySet s)
    {
        var name = s.Type.Name;
        var isPlainSet = ReferenceEquals(s.Type, Py.SetType);
        if (s.Count == 0)
        {
            return name + "()";
        }
        var sb = new StringBuilder();
        if (!isPlainSet)
        {
            sb.Append(name).Append('(');
        }
        sb.Append('{');
        var pos = 0;
        var first = true;
        while (s.TryGetEntry(ref pos, out var v))
        {
            if (!first)
            {
                sb.Append(", ");
            }
            first = false;
            sb.Append(Ops.Repr(v));
        }
        sb.Append('}');
        if (!isPlainSet)
        {
            sb.Append(')');
        }
        return sb.ToString();
    }
}
