using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Runtime;

/// <summary>The iteration protocol without exceptions at the end: GetIter then TryNext until false.</summary>
internal static partial class Ops
{
    /// <summary>iter(o).</summary>
    public static object GetIter(object o)
    {
        switch (o)
        {
            case PyList l when ReferenceEquals(l.Type, Py.ListType):
                return new ListIterator(l);
            case PyTuple t when ReferenceEquals(t.Type, Py.TupleType):
                return new ArrayIterator(t.Items, Py.TupleIteratorType);
            case string s:
                return new StrIterator(s);
            case PyDict d when ReferenceEquals(d.Type, Py.DictType):
                return new DictIterator(d, DictIterKind.Keys);
            case PyRange r:
                return RangeMethods.Iterate(r);
            case PyIterator it when PyBuiltinFunction.Is(it.Type.Slots[(int)SlotId.Iter], Intrinsic.IterSelf):
                return it;
        }
        var type = Py.TypeOf(o);
        if (type.Slots[(int)SlotId.Iter] is { } f)
        {
            if (f is PyNone)
            {
                throw TypeError($"'{type.Name}' object is not iterable");
            }
            var it = CallBound(f, o);
            if (Py.TypeOf(it).Slots[(int)SlotId.Next] is null)
            {
                throw TypeError($"iter() returned non-iterator of type '{TypeName(it)}'");
            }
            return it;
        }
        if (type.Slots[(int)SlotId.GetItem] is not null)
        {
            return new SeqIterator(o);
        }
        throw TypeError($"'{type.Name}' object is not iterable");
    }

    /// <summary>next(it): false at the end. Only Python-level __next__ methods signal the end with StopIteration.</summary>
    public static bool TryNext(object iterator, out object value)
    {
        if (iterator is PyIterator it)
        {
            return it.TryNext(out value);
        }
        var f = Py.TypeOf(iterator).Slots[(int)SlotId.Next] ?? throw TypeError($"'{TypeName(iterator)}' object is not an iterator");
        try
        {
            value = CallBound(f, iterator);
            return true;
        }
        catch (PythonException e) when (Matches(e, PyExc.StopIteration))
        {
            value = null!;
            return false;
        }
    }

    /// <summary>next(it) raising StopIteration at the end (the builtin next() without default).</summary>
    public static object Next(object iterator)
    {
        if (iterator is PyIterator it)
        {
            return it.TryNext(out var v) ? v : throw StopIteration();
        }
        // A Python-level __next__ raises its own StopIteration, whose value must survive.
        var f = Py.TypeOf(iterator).Slots[(int)SlotId.Next] ?? throw TypeError($"'{TypeName(iterator)}' object is not an iterator");
        return CallBound(f, iterator);
    }

    /// <summary>Materialises any iterable (fast for list and tuple).</summary>
    public static object[] ToArray(object iterable)
    {
        switch (iterable)
        {
            case PyList l when ReferenceEquals(l.Type, Py.ListType):
                return l.ToArray();
            case PyTuple t when ReferenceEquals(t.Type, Py.TupleType):
                return t.Items;
        }
        var list = new PyList();
        Extend(list, iterable);
        return list.ToArray();
    }

    /// <summary>list.extend: appends every item of <paramref name="iterable"/>.</summary>
    public static void Extend(PyList list, object iterable)
    {
        switch (iterable)
        {
            case PyList l when ReferenceEquals(l.Type, Py.ListType):
                list.AddRange(l.ToArray());
                return;
            case PyTuple t when ReferenceEquals(t.Type, Py.TupleType):
                list.AddRange(t.Items);
                return;
        }
        var it = GetIter(iterable);
        while (TryNext(it, out var v))
        {
            list.Add(v);
        }
    }

    /// <summary>Unpacks exactly <paramref name="count"/> values (a, b = x) with CPython's messages.</summary>
    public static object[] Unpack(object iterable, int count)
    {
        if (iterable is PyTuple t && t.Count == count && ReferenceEquals(t.Type, Py.TupleType))
        {
            return t.Items;
        }
        if (iterable is PyList l0 && l0.Count == count && ReferenceEquals(l0.Type, Py.ListType))
        {
            return l0.ToArray();
        }
        if (Py.TypeOf(iterable).Slots[(int)SlotId.Iter] is null && Py.TypeOf(iterable).Slots[(int)SlotId.GetItem] is null)
        {
            throw TypeError($"cannot unpack non-iterable {TypeName(iterable)} object");
        }
        var it = GetIter(iterable);
        var result = new object[count];
        for (var i = 0; i < count; i++)
        {
            if (!TryNext(it, out result[i]))
            {
                throw ValueError($"not enough values to unpack (expected {count}, got {i})");
            }
        }
        if (TryNext(it, out _))
        {
            throw ValueError($"too many values to unpack (expected {count})");
        }
        return result;
    }

    /// <summary>Unpacks with a starred target: before values, a list for the star, after values (a, *b, c = x).</summary>
    public static object[] UnpackStar(object iterable, int before, int after)
    {
        if (Py.TypeOf(iterable).Slots[(int)SlotId.Iter] is null && Py.TypeOf(iterable).Slots[(int)SlotId.GetItem] is null)
        {
            throw TypeError($"cannot unpack non-iterable {TypeName(iterable)} object");
        }
        var all = ToArray(iterable);
        if (all.Length < before + after)
        {
            throw ValueError($"not enough values to unpack (expected at least {before + after}, got {all.Length})");
        }
        var result = new object[before + 1 + after];
        Array.Copy(all, result, before);
        result[before] = new PyList(all[before..(all.Length - after)]);
        Array.Copy(all, all.Length - after, result, before + 1, after);
        return result;
    }
}
