namespace IronUwsgi.Python.Objects;

/// <summary>A member descriptor for one __slots__ entry; values live in <see cref="PyObject.SlotValues"/> (inline in the instance for small layouts).</summary>
internal sealed class PySlotMember : PyObject
{
    public PySlotMember(string name, PyType owner, int index)
        : base(Py.MemberDescriptorType)
    {
        Name = name;
        Owner = owner;
        Index = index;
    }

    public string Name { get; }

    public PyType Owner { get; }

    public int Index { get; }
}

