using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Objects;

/// <summary>
/// A Python type: name, bases, C3 MRO, namespace, flags, resolved special-method slots and a
/// version tag that changes whenever the type or one of its bases changes (inline caches key on it).
/// </summary>
internal sealed class PyType : PyObject
{
    private List<WeakReference<PyType>>? subclasses;

    internal PyType(PyType? metatype, string name, PyType[] bases, PyDict dict, TypeFlags flags)
        : base(metatype!)
    {
        Name = name;
        QualName = name;
        Bases = bases;
        Dict = dict;
        Flags = flags;
        Mro = new[] { this };
        Slots = new object?[(int)SlotId.Count];
    }

    public string Name { get; internal set; }

    public string QualName { get; internal set; }

    public PyType[] Bases { get; internal set; }

    public PyType[] Mro { get; private set; }

    public TypeFlags Flags { get; internal set; }

    /// <summary>The special methods resolved through the MRO, indexed by <see cref="SlotId"/>; null when absent.</summary>
    public object?[] Slots { get; }

    /// <summary>Changes whenever this type or a base changes.</summary>
    public int Version { get; private set; }

    /// <summary>The builtin type whose instance layout (CLR class) instances of this type use.</summary>
    public PyType SolidBase { get; internal set; } = null!;

    /// <summary>Names declared in __slots__ by this type and its bases, in slot-index order.</summary>
    public string[] DeclaredSlots { get; internal set; } = Array.Empty<string>();

    public PyDict Namespace => Dict!;

    public bool IsHeap => (Flags & TypeFlags.Heap) != 0;

    public bool HasInstanceDict => (Flags & TypeFlags.HasDict) != 0;

    /// <summary>Computes the MRO and the slots; called once all bases and the namespace are set.</summary>
    internal void Ready(PyType[] mro)
    {
        Mro = mro;
        foreach (var b in Bases)
        {
            b.AddSubclass(this);
        }
        RefreshSlots();
    }

    /// <summary>Finds <paramref name="name"/> in the namespaces along the MRO, without descriptor binding.</summary>
    public object? Lookup(string name)
    {
        foreach (var t in Mro)
        {
            if (t.Namespace.TryGetValue(name, out var v))
            {
                return v;
            }
        }
        return null;
    }

    /// <summary>Finds <paramref name="name"/> along the MRO and reports which type defines it.</summary>
    public object? Lookup(string name, out PyType? owner)
    {
        foreach (var t in Mro)
        {
            if (t.Namespace.TryGetValue(name, out var v))
            {
                owner = t;
                return v;
            }
        }
        owner = null;
        return null;
    }

    public bool IsSubtypeOf(PyType other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }
        foreach (var t in Mro)
        {
            if (ReferenceEquals(t, other))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Sets a class attribute from Python code (type.__setattr__).</summary>
    internal void SetTypeAttribute(string name, object value)
    {
        CheckMutable(name);
        Namespace[name] = value;
        Changed(name);
    }

    /// <summary>Deletes a class attribute; false when it was not in this type's own namespace.</summary>
    internal bool DeleteTypeAttribute(string name)
    {
        CheckMutable(name);
        if (!Namespace.Remove(name))
        {
            return false;
        }
        Changed(name);
        return true;
    }

    private void CheckMutable(string name)
    {
        if ((Flags & TypeFlags.Immutable) != 0)
        {
            throw Ops.TypeError($"cannot set '{name}' attribute of immutable type '{Name}'");
        }
    }

    /// <summary>Bumps the version of this type and every subclass, re-resolving slots when a dunder changed.</summary>
    internal void Changed(string? name)
    {
        var slotChanged = name is null || SlotNames.TryGet(name, out _);
        Version++;
        if (slotChanged)
        {
            RefreshSlots();
        }
        foreach (var sub in LiveSubclasses())
        {
            sub.Changed(name);
        }
    }

    private void RefreshSlots()
    {
        for (var i = 0; i < Slots.Length; i++)
        {
            Slots[i] = Lookup(SlotNames.Names[i]);
        }
    }

    internal void AddSubclass(PyType sub)
    {
        // Builtin types are shared by all engines and immutable, so they do not record the
        // (engine-specific) heap classes derived from them.
        if ((Flags & TypeFlags.Immutable) != 0 && sub.IsHeap)
        {
            return;
        }
        (subclasses ??= new List<WeakReference<PyType>>()).Add(new WeakReference<PyType>(sub));
    }

    internal void RemoveSubclass(PyType sub)
    {
        subclasses?.RemoveAll(w => !w.TryGetTarget(out var t) || ReferenceEquals(t, sub));
    }

    /// <summary>The subclasses still alive, in creation order (type.__subclasses__).</summary>
    public List<PyType> LiveSubclasses()
    {
        var result = new List<PyType>();
        if (subclasses is null)
        {
            return result;
        }
        foreach (var w in subclasses)
        {
            if (w.TryGetTarget(out var t))
            {
                result.Add(t);
            }
        }
        return result;
    }

    public override object Call0() => TypeCall.Invoke(this, Array.Empty<object>(), null);

    public override object Call1(object a) => TypeCall.Invoke(this, new[] { a }, null);

    public override object Call(object[] args, string[]? kwnames) => TypeCall.Invoke(this, args, kwnames);
}
