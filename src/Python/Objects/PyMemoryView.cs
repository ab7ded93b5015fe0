namespace IronUwsgi.Python.Objects;

/// <summary>memoryview over a bytes or bytearray object (basic, one-dimensional, format 'B').</summary>
internal sealed class PyMemoryView : PyObject
{
    public PyMemoryView(object source)
        : base(Py.MemoryViewType) => Source = source;

    /// <summary>The bytes or bytearray viewed.</summary>
    public object Source { get; }

    public bool Released { get; set; }
}

