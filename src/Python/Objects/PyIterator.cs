namespace IronUwsgi.Python.Objects;

/// <summary>
/// Base of iterators written in C# (and of generators): <see cref="TryNext"/> returns false at
/// the end instead of raising StopIteration, so loops never see a CLR exception.
/// </summary>
internal abstract class PyIterator : PyObject
{
    protected PyIterator(PyType type)
        : base(type)
    {
    }

    /// <summary>Produces the next value, or returns false when exhausted.</summary>
    public abstract bool TryNext(out object value);

    /// <summary>An estimate for __length_hint__, or -1 when unknown.</summary>
    public virtual int LengthHint => -1;
}
