using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>
/// _collections._count_elements(mapping, iterable): Counter.update's loop, mapping[elem] = mapping.get(elem, 0) + 1.
/// A dict whose get and __setitem__ are dict's own is updated in place; any other mapping through its methods, as CPython does.
/// </summary>
internal static class CountElements
{
    public static PyBuiltinFunction NewFunction() => new("_count_elements", null, (object mapping, object iterable) =>
    {
        Count(mapping, iterable);
        return Py.None;
    });

    private static void Count(object mapping, object iterable)
    {
        var iterator = Ops.GetIter(iterable);
        var one = Py.Int(1);
        if (mapping is PyDict d && UsesDictMethods(d.Type))
        {
            while (Ops.TryNext(iterator, out var elem))
            {
                var hash = Ops.Hash(elem);
                d.Set(elem, hash, d.TryGetValue(elem, hash, out var old) ? Ops.Add(old, one) : one);
            }
            return;
        }
        var get = Ops.GetAttr(mapping, "get");
        var zero = Py.Int(0);
        while (Ops.TryNext(iterator, out var elem))
        {
            Ops.SetItem(mapping, elem, Ops.Add(Ops.Call(get, elem, zero), one));
        }
    }

    private static bool UsesDictMethods(PyType type) =>
        ReferenceEquals(type, Py.DictType)
        || (ReferenceEquals(type.Lookup("get"), Py.DictType.Lookup("get"))
            && ReferenceEquals(type.Slots[(int)SlotId.SetItem], Py.DictType.Slots[(int)SlotId.SetItem]));
}
