namespace IronUwsgi.Python.Objects;

/// <summary>property: a data descriptor calling fget/fset/fdel.</summary>
internal sealed class PyProperty : PyObject
{
    public PyProperty(PyType type, object? fget, object? fset, object? fdel, object? doc)
        : base(type)
    {
        Getter = fget;
        Setter = fset;
        Deleter = fdel;
        Doc = doc;
    }

    public object? Getter { get; internal set; }

    public object? Setter { get; internal set; }

    public object? Deleter { get; internal set; }

    public object? Doc { get; internal set; }

    /// <summary>The attribute name the property was assigned to (from __set_name__), for error messages.</summary>
    public string? Name { get; internal set; }
}

