namespace IronUwsgi.Python.Objects;

/// <summary>A cell holding a variable shared between a function and the functions nested in it.</summary>
internal sealed class PyCell : PyObject
{
    public PyCell()
        : base(Py.CellType)
    {
    }

    public PyCell(object value)
        : base(Py.CellType) => Value = value;

    /// <summary>The content; null while the variable is unbound.</summary>
    public object? Value { get; set; }
}
