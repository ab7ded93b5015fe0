namespace IronUwsgi.Python.Objects;

/// <summary>int | None (types.UnionType): the alternatives of a union written with |.</summary>
internal sealed class PyUnionType : PyObject
{
    public PyUnionType(PyTuple args)
        : base(Py.UnionType) => Args = args;

    public PyTuple Args { get; }
}

