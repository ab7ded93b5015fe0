namespace IronUwsgi.Python.Objects;

/// <summary>staticmethod: returns the wrapped callable unbound.</summary>
internal sealed class PyStaticMethod : PyObject
{
    public PyStaticMethod(PyType type, object function)
        : base(type) => Function = function;

    public PyStaticMethod(object function)
        : this(Py.StaticMethodType, function)
    {
    }

    public object Function { get; internal set; }

    public override object Call(object[] args, string[]? kwnames) => ((PyObject)Function).Call(args, kwnames);
}

