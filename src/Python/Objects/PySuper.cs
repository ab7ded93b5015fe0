namespace IronUwsgi.Python.Objects;

/// <summary>super(type, obj): attribute lookup starting after <see cref="StartAfter"/> in the MRO of obj's type.</summary>
internal sealed class PySuper : PyObject
{
    public PySuper(PyType startAfter, object? self, PyType? selfType)
        : base(Py.SuperType)
    {
        StartAfter = startAfter;
        Self = self;
        SelfType = selfType;
    }

    public PyType StartAfter { get; }

    /// <summary>The bound object (instance or class), or null for an unbound super.</summary>
    public object? Self { get; }

    /// <summary>The type whose MRO is searched: type(obj), or obj itself when obj is a subclass.</summary>
    public PyType? SelfType { get; }
}

