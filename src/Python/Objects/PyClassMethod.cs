namespace IronUwsgi.Python.Objects;

/// <summary>classmethod: binds the wrapped callable to the class.</summary>
internal sealed class PyClassMethod : PyObject
{
    public PyClassMethod(PyType type, object function)
        : base(type) => Function = function;

    public PyClassMethod(object function)
        : this(Py.ClassMethodType, function)
    {
    }

    public object Function { get; internal set; }
}

