namespace IronUwsgi.Python.Objects;

/// <summary>An instance of a class whose layout is plain <c>object</c>: attributes in a dict or __slots__ values.</summary>
internal class PyInstance : PyObject
{
    internal PyInstance(PyType type)
        : base(type)
    {
        if (type.DeclaredSlots.Length > 0)
        {
            SlotValues = new object?[type.DeclaredSlots.Length];
        }
    }

    /// <summary>Values of the __slots__ members; null entries are unset.</summary>
    public object?[]? SlotValues { get; }
}

/// <summary>
/// An instance of a Python subclass of an immutable value type (int, float, str, bytes, complex):
/// the builtin operations see <see cref="Value"/>.
/// </summary>
internal sealed class PyValueInstance : PyInstance
{
    internal PyValueInstance(PyType type, object value)
        : base(type) => Value = value;

    public object Value { get; }
}
