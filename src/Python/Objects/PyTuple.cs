namespace IronUwsgi.Python.Objects;

/// <summary>Python tuple: an immutable array of values.</summary>
internal sealed class PyTuple : PyObject
{
    public PyTuple(object[] items)
        : base(Py.TupleType) => Items = items;

    internal PyTuple(PyType type, object[] items)
        : base(type) => Items = items;

    /// <summary>The elements; never mutated once the tuple is visible to Python code.</summary>
    public object[] Items { get; }

    public int Count => Items.Length;

    public object this[int index] => Items[index];

    public static PyTuple Of(params object[] items) => new(items);
}
