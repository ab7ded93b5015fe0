using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace IronUwsgi.Python.Objects;

/// <summary>
/// An instance whose __slots__ values are fields of the instance itself: <typeparamref name="TBuffer"/>
/// is an inline array of as many references as the class has slots, so creating the instance
/// allocates one object, and the JIT specialises the accessor for each size.
/// </summary>
internal sealed class PyInlineSlotsInstance<TBuffer>(PyType type) : PyInstance(type)
    where TBuffer : struct
{
    private TBuffer values;

    public override Span<object?> SlotValues =>
        MemoryMarshal.CreateSpan(ref Unsafe.As<TBuffer, object?>(ref values), Unsafe.SizeOf<TBuffer>() / Unsafe.SizeOf<object>());
}

[InlineArray(1)]
internal struct SlotBuffer1
{
    private object? first;
}

[InlineArray(2)]
internal struct SlotBuffer2
{
    private object? first;
}

[InlineArray(3)]
internal struct SlotBuffer3
{
    private object? first;
}

[InlineArray(4)]
internal struct SlotBuffer4
{
    private object? first;
}

[InlineArray(5)]
internal struct SlotBuffer5
{
    private object? first;
}

[InlineArray(6)]
internal struct SlotBuffer6
{
    private object? first;
}

[InlineArray(7)]
internal struct SlotBuffer7
{
    private object? first;
}

[InlineArray(8)]
internal struct SlotBuffer8
{
    private object? first;
}
