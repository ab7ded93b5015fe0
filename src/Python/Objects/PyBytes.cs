namespace IronUwsgi.Python.Objects;

/// <summary>bytes: an immutable byte string.</summary>
internal sealed class PyBytes : PyObject
{
    public PyBytes(byte[] value)
        : base(Py.BytesType) => Value = value;

    internal PyBytes(PyType type, byte[] value)
        : base(type) => Value = value;

    /// <summary>The content; never mutated once visible to Python code.</summary>
    public byte[] Value { get; }
}

