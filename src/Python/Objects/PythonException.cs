namespace IronUwsgi.Python.Objects;

/// <summary>
/// The one CLR exception type the runtime throws: it carries a Python exception object.
/// Thrown only for real Python raises, never for control flow (iteration end, lookup misses).
/// </summary>
internal sealed class PythonException : Exception
{
    public PythonException(PyBaseException value)
        : base(null) => Value = value;

    public PyBaseException Value { get; }

    public override string Message => Runtime.Ops.FormatExceptionLine(Value);
}
