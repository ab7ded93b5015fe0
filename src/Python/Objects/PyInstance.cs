namespace IronUwsgi.Python.Objects;

/// <summary>An instance of a class whose layout is plain <c>object</c>: attributes in a dict or __slots__ values.</summary>
internal class PyInstance : PyObject
{
    internal PyInstance(PyType type)
        : base(type)
    {
    }

    /// <summary>
    /// The instance __dict__, created on first use; instances of Python classes start with a dict
    /// sharing its key table with the other instances of the class.
    /// </summary>
    public PyDict EnsureDict() => Dict ??= Type.IsHeap ? PyDict.ForInstance(Type.InstanceKeys) : new PyDict();

    /// <summary>
    /// A new instance of <paramref name="type"/>: the __slots__ values of small layouts live in fields of
    /// the instance itself (one object instead of two), larger layouts in an array; a class with
    /// __del__ gets the one layout that is finalized.
    /// </summary>
    public static PyInstance Create(PyType type)
    {
        if (type.Slots[(int)SlotId.Del] is not null && Engine.PythonThread.CurrentOrNull is { } thread)
        {
            return new PyFinalizableInstance(type, thread.Engine.Finalizers);
        }

        return CreateWithSlots(type);
    }

    private static PyInstance CreateWithSlots(PyType type) => type.DeclaredSlots.Length switch
    {
        0 => new PyInstance(type),
        1 => new PyInlineSlotsInstance<SlotBuffer1>(type),
        2 => new PyInlineSlotsInstance<SlotBuffer2>(type),
        3 => new PyInlineSlotsInstance<SlotBuffer3>(type),
        4 => new PyInlineSlotsInstance<SlotBuffer4>(type),
        5 => new PyInlineSlotsInstance<SlotBuffer5>(type),
        6 => new PyInlineSlotsInstance<SlotBuffer6>(type),
        7 => new PyInlineSlotsInstance<SlotBuffer7>(type),
        8 => new PyInlineSlotsInstance<SlotBuffer8>(type),
        var n => new PyArraySlotsInstance(type, n),
    };
}

/// <summary>An instance whose many __slots__ values live in an array.</summary>
internal sealed class PyArraySlotsInstance(PyType type, int count) : PyInstance(type)
{
    private readonly object?[] values = new object?[count];

    public override Span<object?> SlotValues => values;
}

/// <summary>
/// An instance of a Python subclass of an immutable value type (int, float, str, bytes, complex):
/// the builtin operations see <see cref="Value"/>.
/// </summary>
internal sealed class PyValueInstance : PyInstance
{
    private readonly object?[]? slotValues;

    internal PyValueInstance(PyType type, object value)
        : base(type)
    {
        Value = value;
        if (type.DeclaredSlots.Length > 0)
        {
            slotValues = new object?[type.DeclaredSlots.Length];
        }
    }

    public object Value { get; }

    public override Span<object?> SlotValues => slotValues;
}
