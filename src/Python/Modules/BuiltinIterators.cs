using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>The iterator types behind enumerate, zip, map, filter and reversed.</summary>
internal static class BuiltinIteratorTypes
{
    public static readonly PyType Enumerate = Make("enumerate");
    public static readonly PyType Zip = Make("zip");
    public static readonly PyType Map = Make("map");
    public static readonly PyType Filter = Make("filter");
    public static readonly PyType Reversed = Make("reversed");

    private static PyType Make(string name)
    {
        var t = Py.Bare(name, Py.ObjectType);
        t.Type = Py.TypeType;
        t.Namespace.Type = Py.DictType;
        t.Namespace["__doc__"] = Py.None;
        t.Def("__iter__", self => self);
        t.Def("__next__", self => ((PyIterator)self).TryNext(out var v) ? v : throw Ops.StopIteration());
        Py.ReadyBuiltin(t);
        return t;
    }
}

internal sealed class Enumerate(object iterator, object start) : PyIterator(BuiltinIteratorTypes.Enumerate)
{
    private object index = start;

    public override bool TryNext(out object value)
    {
        if (!Ops.TryNext(iterator, out var item))
        {
            value = Py.None;
            return false;
        }

        value = new PyTuple([index, item]);
        index = index is long l && l < long.MaxValue ? Py.Int(l + 1) : Ops.Add(index, Py.Int(1));
        return true;
    }
}

internal sealed class ZipIterator(object[] iterators, bool strict) : PyIterator(BuiltinIteratorTypes.Zip)
{
    public override bool TryNext(out object value)
    {
        value = Py.None;
        if (iterators.Length == 0)
        {
            return false;
        }

        var items = new object[iterators.Length];
        for (var i = 0; i < iterators.Length; i++)
        {
            if (!Ops.TryNext(iterators[i], out items[i]))
            {
                if (strict)
                {
                    CheckStrict(i);
                }

                return false;
            }
        }

        value = new PyTuple(items);
        return true;
    }

    private void CheckStrict(int exhausted)
    {
        if (exhausted > 0)
        {
            var plural = exhausted == 1 ? " " : "s 1-";
            throw Ops.ValueError($"zip() argument {exhausted + 1} is shorter than argument{plural}{exhausted}");
        }

        for (var j = 1; j < iterators.Length; j++)
        {
            if (Ops.TryNext(iterators[j], out _))
            {
                var plural = j == 1 ? " " : "s 1-";
                throw Ops.ValueError($"zip() argument {j + 1} is longer than argument{plural}{j}");
            }
        }
    }
}

internal sealed class MapIterator(object function, object[] iterators) : PyIterator(BuiltinIteratorTypes.Map)
{
    public override bool TryNext(out object value)
    {
        value = Py.None;
        var items = new object[iterators.Length];
        for (var i = 0; i < iterators.Length; i++)
        {
            if (!Ops.TryNext(iterators[i], out items[i]))
            {
                return false;
            }
        }

        value = items.Length == 1 ? Ops.Call(function, items[0]) : Ops.Call(function, items);
        return true;
    }
}

internal sealed class FilterIterator(object function, object iterator) : PyIterator(BuiltinIteratorTypes.Filter)
{
    public override bool TryNext(out object value)
    {
        while (Ops.TryNext(iterator, out value))
        {
            if (function == Py.None ? Ops.IsTrue(value) : Ops.IsTrue(Ops.Call(function, value)))
            {
                return true;
            }
        }

        return false;
    }
}

internal sealed class ReversedIterator(object sequence, long length) : PyIterator(BuiltinIteratorTypes.Reversed)
{
    private long index = length - 1;

    public override bool TryNext(out object value)
    {
        if (index < 0)
        {
            value = Py.None;
            return false;
        }

        value = Ops.GetItem(sequence, Py.Int(index--));
        return true;
    }
}
