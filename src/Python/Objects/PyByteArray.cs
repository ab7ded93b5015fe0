namespace IronUwsgi.Python.Objects;

/// <summary>bytearray: a mutable byte string.</summary>
internal sealed class PyByteArray : PyObject
{
    public PyByteArray(List<byte> value)
        : base(Py.ByteArrayType) => Value = value;

    internal PyByteArray(PyType type, List<byte> value)
        : base(type) => Value = value;

    public List<byte> Value { get; }
}
