using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>collections._tuplegetter: the read-only field descriptor of namedtuple classes (item N of the tuple).</summary>
internal static class TupleGetterType
{
    public static readonly PyType Type = Py.DefineType("_tuplegetter", null, TypeFlags.None, "collections", t =>
    {
        t.DefNew((cls, args, kw) =>
        {
            ItertoolsArgs.Exact("_tuplegetter", args, kw, 2);
            return new TupleGetterObject(cls, (int)Ops.IndexAsLong(args[0]), args[1]);
        });
        t.DefRange("__get__", 1, 2, a =>
        {
            var getter = (TupleGetterObject)a[0];
            return a[1] is PyNone ? getter : getter.Get(a[1]);
        });
        t.Def("__set__", (self, obj, value) => throw Ops.Error(PyExc.AttributeError, "can't set attribute"));
        t.Def("__delete__", (self, obj) => throw Ops.Error(PyExc.AttributeError, "can't delete attribute"));
        t.Prop("__doc__", self => ((TupleGetterObject)self).Doc, (self, v) => ((TupleGetterObject)self).Doc = v);
        t.Def("__repr__", self => $"{Py.TypeOf(self).Name}({((TupleGetterObject)self).Index}, {Ops.Repr(((TupleGetterObject)self).Doc)})");
    });
}

internal sealed class TupleGetterObject(PyType type, int index, object doc) : PyObject(type)
{
    public int Index => index;

    public object Doc { get; set; } = doc;

    /// <summary>The field's value on <paramref name="instance"/> (attribute reads reach this without a __get__ call).</summary>
    public object Get(object instance)
    {
        if (instance is not PyTuple tuple)
        {
            throw Ops.TypeError($"descriptor for index '{index}' for tuple subclasses doesn't apply to '{Ops.TypeName(instance)}' object");
        }
        return index < tuple.Count ? tuple.Items[index] : throw Ops.IndexError("tuple index out of range");
    }
}
