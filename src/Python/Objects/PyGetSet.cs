namespace IronUwsgi.Python.Objects;

/// <summary>A data attribute of a builtin type computed in C# (e.g. type.__name__, int.real).</summary>
internal sealed class PyGetSet : PyObject
{
    public PyGetSet(string name, PyType owner, Func<object, object> getter, Action<object, object>? setter = null)
        : base(Py.GetSetDescriptorType)
    {
        Name = name;
        Owner = owner;
        Getter = getter;
        Setter = setter;
    }

    public string Name { get; }

    public PyType Owner { get; }

    public Func<object, object> Getter { get; }

    public Action<object, object>? Setter { get; }
}

