namespace IronUwsgi.Python.Objects;

/// <summary>list[int] and friends (types.GenericAlias): an origin class with type arguments.</summary>
internal sealed class PyGenericAlias : PyObject
{
    public PyGenericAlias(object origin, PyTuple args)
        : base(Py.GenericAliasType)
    {
        Origin = origin;
        Args = args;
    }

    public object Origin { get; }

    public PyTuple Args { get; }
}

/// <summary>int | None (types.UnionType): the alternatives of a union written with |.</summary>
internal sealed class PyUnionType : PyObject
{
    public PyUnionType(PyTuple args)
        : base(Py.UnionType) => Args = args;

    public PyTuple Args { get; }
}

/// <summary>memoryview over a bytes or bytearray object (basic, one-dimensional, format 'B').</summary>
internal sealed class PyMemoryView : PyObject
{
    public PyMemoryView(object source)
        : base(Py.MemoryViewType) => Source = source;

    /// <summary>The bytes or bytearray viewed.</summary>
    public object Source { get; }

    public bool Released { get; set; }
}

/// <summary>mappingproxy: the read-only view of a class namespace returned by <c>cls.__dict__</c>.</summary>
internal sealed class PyMappingProxy : PyObject
{
    public PyMappingProxy(PyDict mapping)
        : base(Py.MappingProxyType) => Mapping = mapping;

    public PyDict Mapping { get; }
}
