using IronUwsgi.Python.Engine;

namespace IronUwsgi.Python.Objects;

/// <summary>
/// An instance of a class that defines <c>__del__</c>. Only these instances carry a CLR finalizer
/// (it makes allocation dearer); it hands the instance to its engine, which calls <c>__del__</c>.
/// </summary>
internal sealed class PyFinalizableInstance : PyInstance
{
    private readonly object?[]? values;
    private readonly Finalizers finalizers;
    private readonly long sequence;

    internal PyFinalizableInstance(PyType type, Finalizers finalizers)
        : base(type)
    {
        if (type.DeclaredSlots.Length > 0)
        {
            values = new object?[type.DeclaredSlots.Length];
        }

        this.finalizers = finalizers;
        sequence = finalizers.Track();
    }

    public override Span<object?> SlotValues => values;

    /// <summary>True once __del__ ran (gc.is_finalized); the instance may live on if __del__ stored it somewhere.</summary>
    public bool Finalized { get; set; }

    ~PyFinalizableInstance() => finalizers.Enqueue(this, sequence);
}
