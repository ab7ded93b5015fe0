using System.Numerics;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>The methods of <c>range</c>: 64-bit fast paths, BigInteger arithmetic otherwise.</summary>
internal static class RangeMethods
{
    private static PyRange Self(object o) => (PyRange)o;

    /// <summary>iter(range).</summary>
    public static PyIterator Iterate(PyRange r) =>
        r.IsSmall ? new RangeIterator(r.Start, r.Step, r.Length) : new BigRangeIterator(r.BigStart, r.BigStep, r.BigLength);

    public static void Fill(PyType t)
    {
        t.Def("__len__", self =>
        {
            var r = Self(self);
            return r.IsSmall ? Py.Int(r.Length)
                : r.BigLength <= long.MaxValue ? Py.Int(r.BigLength) : throw Ops.OverflowError("Python int too large to convert to C ssize_t");
        });
        t.Def("__iter__", self => Iterate(Self(self)));
        t.Def("__reduce__", self => new PyTuple([Py.TypeOf(self), new PyTuple([Ops.GetAttr(self, "start"), Ops.GetAttr(self, "stop"), Ops.GetAttr(self, "step")])]));
        t.Def("__reversed__", self =>
        {
            var r = Self(self);
            if (r.IsSmall)
            {
                return new RangeIterator(r.Start + ((r.Length - 1) * r.Step), -r.Step, r.Length);
            }
            return new BigRangeIterator(r.BigStart + ((r.BigLength - 1) * r.BigStep), -r.BigStep, r.BigLength);
        });
        t.Def("__contains__", (self, x) => Py.Bool(Contains(Self(self), x)));
        t.Def("__getitem__", (self, key) => GetItem(Self(self), key));
        t.Def("__bool__", self => Py.Bool(!Self(self).BigLength.IsZero));
        t.Def("__repr__", self =>
        {
            var r = Self(self);
            return r.BigStep.IsOne ? $"range({r.BigStart}, {r.BigStop})" : $"range({r.BigStart}, {r.BigStop}, {r.BigStep})";
        });
        t.Def("__eq__", (self, o) => o is PyRange r ? Py.Bool(Equal(Self(self), r)) : Py.NotImplemented);
        t.Def("__ne__", (self, o) => o is PyRange r ? Py.Bool(!Equal(Self(self), r)) : Py.NotImplemented);
        t.Def("__hash__", self =>
        {
            var r = Self(self);
            var length = r.BigLength;
            var key = length.IsZero ? new object[] { Py.Int(0), Py.None, Py.None }
                : length.IsOne ? new object[] { Py.Int(1), Py.Int(r.BigStart), Py.None }
                : new object[] { Py.Int(length), Py.Int(r.BigStart), Py.Int(r.BigStep) };
            return Py.Int(Ops.TupleHash(key));
        });
        t.Def("count", (self, x) =>
        {
            var r = Self(self);
            if (IsExactInt(x))
            {
                return Py.Int(Contains(r, x) ? 1 : 0);
            }
            var n = 0L;
            var it = Iterate(r);
            while (it.TryNext(out var item))
            {
                if (Ops.EqualForLookup(item, x))
                {
                    n++;
                }
            }
            return Py.Int(n);
        });
        t.Def("index", (self, x) =>
        {
            var r = Self(self);
            if (IsExactInt(x))
            {
                var v = ToBig(x);
                return r.ContainsValue(v) ? Py.Int((v - r.BigStart) / r.BigStep) : throw Ops.ValueError($"{Ops.Repr(x)} is not in range");
            }
            var i = 0L;
            var it = Iterate(r);
            while (it.TryNext(out var item))
            {
                if (Ops.EqualForLookup(item, x))
                {
                    return Py.Int(i);
                }
                i++;
            }
            throw Ops.ValueError("sequence.index(x): x not in sequence");
        });
        t.Prop("start", self => Py.Int(Self(self).BigStart));
        t.Prop("stop", self => Py.Int(Self(self).BigStop));
        t.Prop("step", self => Py.Int(Self(self).BigStep));
        t.DefNew((cls, args, kw) =>
        {
            if (kw is { Length: > 0 })
            {
                throw Ops.TypeError("range() takes no keyword arguments");
            }
            switch (args.Length)
            {
                case 1:
                    return Make(0L, Bound(args[0]), 1L);
                case 2:
                    return Make(Bound(args[0]), Bound(args[1]), 1L);
                case 3:
                    var step = Bound(args[2]);
                    if (step is 0L)
                    {
                        throw Ops.ValueError("range() arg 3 must not be zero");
                    }
                    return Make(Bound(args[0]), Bound(args[1]), step);
                case 0:
                    throw Ops.TypeError("range expected at least 1 argument, got 0");
                default:
                    throw Ops.TypeError($"range expected at most 3 arguments, got {args.Length}");
            }
        });
    }

    private static PyRange Make(object start, object stop, object step) =>
        start is long a && stop is long b && step is long c ? new PyRange(a, b, c) : PyRange.Create(ToBig(start), ToBig(stop), ToBig(step));

    /// <summary>An argument of range(): an int (long or BigInteger) via __index__.</summary>
    private static object Bound(object o)
    {
        if (!Ops.IsIndex(o))
        {
            throw Ops.TypeError($"'{Ops.TypeName(o)}' object cannot be interpreted as an integer");
        }
        return Ops.Index(o);
    }

    private static BigInteger ToBig(object v) => v switch
    {
        long l => l,
        bool b => b ? 1 : 0,
        BigInteger bi => bi,
        _ => ToBig(Ops.Index(v)),
    };

    private static bool IsExactInt(object x) => x is long or bool or BigInteger;

    private static bool Equal(PyRange a, PyRange b)
    {
        if (a.IsSmall && b.IsSmall)
        {
            return a.Length == b.Length && (a.Length == 0 || (a.Start == b.Start && (a.Length == 1 || a.Step == b.Step)));
        }
        var length = a.BigLength;
        return length == b.BigLength && (length.IsZero || (a.BigStart == b.BigStart && (length.IsOne || a.BigStep == b.BigStep)));
    }

    private static bool Contains(PyRange r, object x)
    {
        if (x is long v)
        {
            return r.ContainsValue(v);
        }
        if (x is bool or BigInteger)
        {
            return r.ContainsValue(ToBig(x));
        }
        var it = Iterate(r);
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
        if (key is long i && r.IsSmall)
        {
            if (i < 0)
            {
                i += r.Length;
            }
            return (ulong)i < (ulong)r.Length ? Py.Int(r[i]) : throw Ops.IndexError("range object index out of range");
        }
        if (key is PySlice s)
        {
            var (start, stop, step) = SliceIndices(s, r.BigLength);
            return PyRange.Create(r.ItemAt(start), r.ItemAt(stop), step * r.BigStep);
        }
        if (!Ops.IsIndex(key))
        {
            throw Ops.TypeError($"range indices must be integers or slices, not {Ops.TypeName(key)}");
        }
        var index = ToBig(key);
        if (index.Sign < 0)
        {
            index += r.BigLength;
        }
        if (index.Sign < 0 || index >= r.BigLength)
        {
            throw Ops.IndexError("range object index out of range");
        }
        return Py.Int(r.ItemAt(index));
    }

    /// <summary>slice.indices for a length of any size (CPython's _PySlice_GetLongIndices).</summary>
    private static (BigInteger Start, BigInteger Stop, BigInteger Step) SliceIndices(PySlice s, BigInteger length)
    {
        var step = s.Step is PyNone ? BigInteger.One : ToBig(SliceIndex(s.Step));
        if (step.IsZero)
        {
            throw Ops.ValueError("slice step cannot be zero");
        }
        var negative = step.Sign < 0;
        var lower = negative ? BigInteger.MinusOne : BigInteger.Zero;
        var upper = negative ? length - 1 : length;
        BigInteger Adjust(object bound, BigInteger absent)
        {
            if (bound is PyNone)
            {
                return absent;
            }
            var v = ToBig(SliceIndex(bound));
            if (v.Sign < 0)
            {
                v += length;
                return v < lower ? lower : v;
            }
            return v > upper ? upper : v;
        }
        return (Adjust(s.Start, negative ? upper : lower), Adjust(s.Stop, negative ? lower : upper), step);
    }

    private static object SliceIndex(object o) =>
        Ops.IsIndex(o) ? Ops.Index(o) : throw Ops.TypeError("slice indices must be integers or None or have an __index__ method");
}
