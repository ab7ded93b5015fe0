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

