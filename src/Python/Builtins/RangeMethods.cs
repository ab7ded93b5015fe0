using System.Numerics;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>The methods of <c>range</c> and <c>slice</c>.</summary>
internal static class RangeMethods
{
    private static PyRange Self(object o) => (PyRange)o;

    public static void Fill(PyType t)
    {
        t.Def("__len__", self => Py.Int(Self(self).Length));
        t.Def("__iter__", self => new RangeIterator(Self(self).Start, Self(self).Step, Self(self).Length));
        t.Def("__reversed__", self =>
        {
            var r = Self(self);
            return new RangeIterator(r.Start + ((r.Length - 1) * r.Step), -r.Step, r.Length);
        });
        t.Def("__contains__", (self, x) => Py.Bool(Contains(Self(self), x)));
        t.Def("__getitem__", (self, key) => GetItem(Self(self), key));
        t.Def("__bool__", self => Py.Bool(Self(self).Length != 0));
        t.Def("__repr__", self =>
        {
            var r = Self(self);
            return r.Step == 1 ? $"range({r.Start}, {r.Stop})" : $"range({r.Start}, {r.Stop}, {r.Step})";
        });
        t.Def("__eq__", (self, o) => o is PyRange r ? Py.Bool(Equal(Self(self), r)) : Py.NotImplemented);
        t.Def("__ne__", (self, o) => o is PyRange r ? Py.Bool(!Equal(Self(self), r)) : Py.NotImplemented);
        t.Def("__hash__", self =>
        {
            var r = Self(self);
            var key = r.Length == 0 ? new object[] { Py.Int(0), Py.None, Py.None }
                : r.Length == 1 ? new object[] { Py.Int(1), Py.Int(r.Start), Py.None }
                : new object[] { Py.Int(r.Length), Py.Int(r.Start), Py.Int(r.Step) };
            return Py.Int(Ops.TupleHash(key));
        });
        t.Def("count", (self, x) => Py.Int(Contains(Self(self), x) ? 1 : 0));
        t.Def("index", (self, x) =>
        {
            var r = Self(self);
            if (x is long v && r.ContainsValue(v))
            {
                return Py.Int((v - r.Start) / r.Step);
            }
            throw Ops.ValueError($"{Ops.Repr(x)} is not in range");
        });
        t.Prop("start", self => Py.Int(Self(self).Start));
        t.Prop("stop", self => Py.Int(Self(self).Stop));
        t.Prop("step", self => Py.Int(Self(self).Step));
        t.DefNew((cls, args, kw) =>
        {
            if (kw is { Length: > 0 })
            {
                throw Ops.TypeError("range() takes no keyword arguments");
            }
            switch (args.Length)
            {
                case 1:
                    return new PyRange(0, Bound(args[0]), 1);
                case 2:
                    return new PyRange(Bound(args[0]), Bound(args[1]), 1);
                case 3:
                    var step = Bound(args[2]);
                    if (step == 0)
                    {
                        throw Ops.ValueError("range() arg 3 must not be zero");
                    }
                    return new PyRange(Bound(args[0]), Bound(args[1]), step);
                case 0:
                    throw Ops.TypeError("range expected at least 1 argument, got 0");
                default:
                    throw Ops.TypeError($"range expected at most 3 arguments, got {args.Length}");
            }
        });
    }

    private static long Bound(object o)
    {
        if (!Ops.IsIndex(o))
        {
            throw Ops.TypeError($"'{Ops.TypeName(o)}' object cannot be interpreted as an integer");
        }
        var v = Ops.Index(o);
        return v is long l ? l : throw Ops.OverflowError("Python int too large to convert to C ssize_t");
    }

    private static bool Equal(PyRange a, PyRange b) =>
        a.Length == b.Length && (a.Length == 0 || (a.Start == b.Start && (a.Length == 1 || a.Step == b.Step)));

    private static bool Contains(PyRange r, object x)
    {
        if (x is long v)
        {
            return r.ContainsValue(v);
        }
        if (x is bool or BigInteger)
        {
            return IntOps.TryUnwrap(x, out var iv) && iv is long lv && r.ContainsValue(lv);
        }
        var it = new RangeIterator(r.Start, r.Step, r.Length);
        while (it.TryNext(out var item))
        {
            if (Ops.EqualForLookup(item, x))
            {
                return true;
            }
        }
        return false;
    }

    private static object GetItem(PyRange r, object key)
    {
        if (key is PySlice s)
        {
            var n = Ops.SliceIndices(s, (int)Math.Min(r.Length, int.MaxValue), out var start, out _, out var step);
            var newStart = r[start];
            var newStep = r.Step * step;
            return new PyRange(newStart, newStart + (n * newStep), newStep);
        }
        if (!Ops.IsIndex(key))
        {
            throw Ops.TypeError($"range indices must be integers or slices, not {Ops.TypeName(key)}");
        }
        var i = Ops.IndexAsLongClamped(key);
        if (i < 0)
        {
            i += r.Length;
        }
        if (i < 0 || i >= r.Length)
        {
            throw Ops.IndexError("range object index out of range");
        }
        return Py.Int(r[i]);
    }
}

/// <summary>The methods of <c>slice</c>.</summary>
internal static class SliceMethods
{
    public static void Fill(PyType t)
    {
        t.Prop("start", self => ((PySlice)self).Start);
        t.Prop("stop", self => ((PySlice)self).Stop);
        t.Prop("step", self => ((PySlice)self).Step);
        t.Def("indices", (self, length) =>
        {
            var n = Ops.IndexAsLong(length);
            if (n < 0)
            {
                throw Ops.ValueError("length should not be negative");
            }
            Ops.SliceIndices((PySlice)self, (int)Math.Min(n, int.MaxValue), out var start, out var stop, out var step);
            return new PyTuple(new[] { Py.Int(start), Py.Int(stop), Py.Int(step) });
        });
        t.Def("__repr__", self =>
        {
            var s = (PySlice)self;
            return $"slice({Ops.Repr(s.Start)}, {Ops.Repr(s.Stop)}, {Ops.Repr(s.Step)})";
        });
        t.Def("__eq__", (self, o) => o is PySlice b ? Py.Bool(SequenceHelpers.Compare(Parts((PySlice)self), Parts(b), CompareOp.Eq)) : Py.NotImplemented);
        t.Namespace["__hash__"] = Py.None;
        t.DefNew((cls, args, kw) => args.Length switch
        {
            1 => new PySlice(Py.None, args[0], Py.None),
            2 => new PySlice(args[0], args[1], Py.None),
            3 => new PySlice(args[0], args[1], args[2]),
            0 => throw Ops.TypeError("slice expected at least 1 argument, got 0"),
            _ => throw Ops.TypeError($"slice expected at most 3 arguments, got {args.Length}"),
        });
    }

    private static object[] Parts(PySlice s) => new[] { s.Start, s.Stop, s.Step };
}
