namespace IronUwsgi.Python.Objects;

/// <summary>
/// A Python exception instance (BaseException and every subclass share this layout; the
/// extra fields of OSError, SyntaxError, StopIteration... live in the instance dict).
/// </summary>
internal sealed class PyBaseException : PyObject
{
    public PyBaseException(PyType type, PyTuple args)
        : base(type) => Args = args;

    public PyTuple Args { get; set; }

    /// <summary>__cause__: None or an exception.</summary>
    public object Cause { get; set; } = Py.None;

    /// <summary>__context__: None or an exception.</summary>
    public object Context { get; set; } = Py.None;

    public bool SuppressContext { get; set; }

    /// <summary>__traceback__: None or a traceback object supplied by the compiler's frames.</summary>
    public object Traceback { get; set; } = Py.None;

    /// <summary>Wraps this exception in the CLR carrier so it can be thrown.</summary>
    public PythonException ToClr() => new(this);
}

/// <summary>
/// The one CLR exception type the runtime throws: it carries a Python exception object.
/// Thrown only for real Python raises, never for control flow (iteration end, lookups misses).
/// </summary>
internal sealed class PythonException : Exception
{
    public PythonException(PyBaseException value)
        : base(null) => Value = value;

    public PyBaseException Value { get; }

    public override string Message => Runtime.Ops.FormatExceptionLine(Value);
}
