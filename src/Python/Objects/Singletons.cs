namespace IronUwsgi.Python.Objects;

/// <summary>The type of None; its one instance is <see cref="Py.None"/>.</summary>
internal sealed class PyNone : PyObject
{
    internal PyNone(PyType type)
        : base(type)
    {
    }
}

/// <summary>The type of NotImplemented, returned by binary special methods that decline.</summary>
internal sealed class PyNotImplemented : PyObject
{
    internal PyNotImplemented(PyType type)
        : base(type)
    {
    }
}

/// <summary>The type of Ellipsis (<c>...</c>).</summary>
internal sealed class PyEllipsis : PyObject
{
    internal PyEllipsis(PyType type)
        : base(type)
    {
    }
}
