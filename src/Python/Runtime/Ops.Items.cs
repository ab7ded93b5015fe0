using System.Numerics;
using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Runtime;

/// <summary>Subscription (o[k], o[k] = v, del o[k]) with slices, len(), and index conversion.</summary>
internal static partial class Ops
{
    public static object GetItem(object o, object key)
    {
        switch (o)
        {
            case PyList l when ReferenceEquals(l.Type, Py.ListType):
                if (key is long li)
                {
                    return l[SequenceIndex(li, l.Count, "list")];
                }
                return ListMethods.GetItem(l, key);
            case PyDict d when ReferenceEquals(d.Type, Py.DictType):
                if (d.TryGetValue(key, out var v))
                {
                    return v;
                }
                throw KeyError(key);
            case PyDict sd when ReferenceEquals(sd.Type.Slots[(int)SlotId.GetItem], Py.DictType.Slots[(int)SlotId.GetItem]):
                // Subclasses keeping dict's __getitem__ (Counter, defaultdict, OrderedDict) skip the bound call.
                return DictMethods.GetItem(sd, key);
            case PyTuple t when ReferenceEquals(t.Type, Py.TupleType):
                if (key is long ti)
                {
                    return t.Items[SequenceIndex(ti, t.Count, "tuple")];
                }
                return TupleMethods.GetItem(t, key);
            case string s:
                return StrMethods.GetItem(s, key);
        }
        var type = Py.TypeOf(o);
        if (type.Slots[(int)SlotId.GetItem] is { } f)
        {
            return CallBound(f, o, key);
        }
        if (o is PyType cls)
        {
            // type itself has no __class_getitem__ (a metaclass must not inherit one), so type[int] is made here, as CPython does.
            if (ReferenceEquals(cls, Py.TypeType))
            {
                return new PyGenericAlias(cls, key as PyTuple ?? new PyTuple([key]));
            }

            if (TryGetAttr(cls, "__class_getitem__", out var cgi))
            {
                return Call(cgi, key);
            }
            throw TypeError($"type '{cls.Name}' is not subscriptable");
        }
        throw TypeError($"'{type.Name}' object is not subscriptable");
    }

    public static void SetItem(object o, object key, object value)
    {
        switch (o)
        {
            case PyList l when ReferenceEquals(l.Type, Py.ListType):
                if (key is long li)
                {
                    l[SequenceIndex(li, l.Count, "list assignment")] = value;
                }
                else
                {
                    ListMethods.SetItem(l, key, value);
                }
                return;
            case PyDict d when ReferenceEquals(d.Type, Py.DictType) || ReferenceEquals(d.Type.Slots[(int)SlotId.SetItem], Py.DictType.Slots[(int)SlotId.SetItem]):
                d[key] = value;
                return;
        }
        var type = Py.TypeOf(o);
        if (type.Slots[(int)SlotId.SetItem] is { } f)
        {
            CallBound(f, o, key, value);
            return;
        }
        throw TypeError($"'{type.Name}' object does not support item assignment");
    }

    /// <summary>o[lower:upper:stride]: exact lists and tuples slice without building a slice object.</summary>
    public static object GetSlice(object o, object lower, object upper, object stride)
    {
        switch (o)
        {
            case PyList l when ReferenceEquals(l.Type, Py.ListType):
                return new PyList(SequenceHelpers.Slice(l.AsSpan(), lower, upper, stride));
            case PyTuple t when ReferenceEquals(t.Type, Py.TupleType):
                return TupleMethods.GetSlice(t, lower, upper, stride);
        }
        return GetItem(o, new PySlice(lower, upper, stride));
    }

    /// <summary>o[lower:upper:stride] = value, without a slice object for exact lists.</summary>
    public static void SetSlice(object o, object lower, object upper, object stride, object value)
    {
        if (o is PyList l && ReferenceEquals(l.Type, Py.ListType))
        {
            ListMethods.SetSlice(l, lower, upper, stride, value);
            return;
        }
        SetItem(o, new PySlice(lower, upper, stride), value);
    }

    public static void DelItem(object o, object key)
    {
        var type = Py.TypeOf(o);
        if (type.Slots[(int)SlotId.DelItem] is { } f)
        {
            CallBound(f, o, key);
            return;
        }
        throw TypeError($"'{type.Name}' object doesn't support item deletion");
    }

    /// <summary>Normalises a possibly negative index; IndexError "{what} index out of range" when outside.</summary>
    public static int SequenceIndex(long i, int count, string what)
    {
        if (i < 0)
        {
            i += count;
        }
        if ((ulong)i >= (ulong)count)
        {
            throw IndexError($"{what} index out of range");
        }
        return (int)i;
    }

    /// <summary>Converts a subscript that must be an integer (via __index__) to a normalised index.</summary>
    public static int SequenceIndex(object key, int count, string what)
    {
        var v = Index(key);
        var l = v is long x ? x : ((BigInteger)v).Sign < 0 ? long.MinValue : long.MaxValue;
        return SequenceIndex(l, count, what);
    }

    /// <summary>True when <paramref name="key"/> can act as an integer index.</summary>
    public static bool IsIndex(object key) => key is long or bool or BigInteger || Py.TypeOf(key).Slots[(int)SlotId.Index] is not null;

    /// <summary>slice.indices(length): start, stop and step adjusted as CPython does; returns the slice length.</summary>
    public static int SliceIndices(PySlice s, int length, out int start, out int stop, out int step) =>
        SliceIndices(s.Start, s.Stop, s.Step, length, out start, out stop, out step);

    /// <summary>The same for slice bounds not yet made into a slice object (a[i:j:k] on exact lists and tuples).</summary>
    public static int SliceIndices(object lower, object upper, object stride, int length, out int start, out int stop, out int step)
    {
        long st = stride is PyNone ? 1 : ClampIndex(stride);
        if (st == 0)
        {
            throw ValueError("slice step cannot be zero");
        }
        step = st < -int.MaxValue ? -int.MaxValue : st > int.MaxValue ? int.MaxValue : (int)st;
        start = AdjustSliceBound(lower, length, step, step < 0 ? length - 1 : 0);
        stop = AdjustSliceBound(upper, length, step, step < 0 ? -1 : length);
        if (step < 0)
        {
            return stop < start ? (int)((((long)start - stop - 1) / -step) + 1) : 0;
        }
        return start < stop ? (int)((((long)stop - start - 1) / step) + 1) : 0;
    }

    private static int AdjustSliceBound(object bound, int length, int step, int missing)
    {
        if (bound is PyNone)
        {
            return missing;
        }
        var i = ClampIndex(bound);
        if (i < 0)
        {
            i += length;
            if (i < 0)
            {
                return step < 0 ? -1 : 0;
            }
        }
        else if (i >= length)
        {
            return step < 0 ? length - 1 : length;
        }
        return (int)i;
    }

    private static long ClampIndex(object o)
    {
        if (o is long l)
        {
            return l;
        }
        if (!IsIndex(o))
        {
            throw TypeError("slice indices must be integers or None or have an __index__ method");
        }
        var v = Index(o);
        return v is long x ? x : ((BigInteger)v).Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2;
    }

    /// <summary>len(o).</summary>
    public static long Length(object o)
    {
        switch (o)
        {
            case string s: return CodePoints.Length(s);
            case PyList l when ReferenceEquals(l.Type, Py.ListType): return l.Count;
            case PyTuple t when ReferenceEquals(t.Type, Py.TupleType): return t.Count;
            case PyDict d when ReferenceEquals(d.Type, Py.DictType): return d.Count;
        }
        var f = Py.TypeOf(o).Slots[(int)SlotId.Len] ?? throw TypeError($"object of type '{TypeName(o)}' has no len()");
        var r = CallBound(f, o);
        if (!IntOps.TryUnwrap(r, out var v))
        {
            throw TypeError($"'{TypeName(r)}' object cannot be interpreted as an integer");
        }
        if (v is BigInteger)
        {
            throw OverflowError("cannot fit 'int' into an index-sized integer");
        }
        var n = (long)v;
        if (n < 0)
        {
            throw ValueError("__len__() should return >= 0");
        }
        return n;
    }

    /// <summary>operator.index(o): the int value (long or BigInteger) through __index__.</summary>
    public static object Index(object o)
    {
        if (IntOps.TryUnwrap(o, out var v))
        {
            return v;
        }
        var f = Py.TypeOf(o).Slots[(int)SlotId.Index] ?? throw TypeError($"'{TypeName(o)}' object cannot be interpreted as an integer");
        var r = CallBound(f, o);
        if (!IntOps.TryUnwrap(r, out var iv))
        {
            throw TypeError($"__index__ returned non-int (type {TypeName(r)})");
        }
        return iv;
    }

    /// <summary>An index that must fit a machine integer (sizes, repeat counts).</summary>
    public static long IndexAsLong(object o)
    {
        var v = Index(o);
        if (v is long l)
        {
            return l;
        }
        throw OverflowError($"cannot fit 'int' into an index-sized integer");
    }

    /// <summary>An integer argument clamped to the long range (big values saturate), for search bounds.</summary>
    public static long IndexAsLongClamped(object o)
    {
        var v = Index(o);
        return v is long l ? l : ((BigInteger)v).Sign < 0 ? long.MinValue / 2 : long.MaxValue / 2;
    }
}
