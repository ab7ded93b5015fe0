using System.Collections.Frozen;
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

    // MRO lookup results of a heap type (null = absent), dropped whenever the type or a base changes.
    // Builtin types are shared between engines and keep no cache; their MROs are short.
    private Dictionary<string, object?>? lookupCache;

    // Builtin types never change after Ready, so their MRO is flattened once into an immutable map.
    private FrozenDictionary<string, object>? frozenLookup;
    private PyDict.SharedKeys? instanceKeys;

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

    /// <summary>
    /// The name messages show for instances: CPython's C types say "module.name" there; our Python
    /// stand-ins for them set it (see _typeinfo), every other type shows its __name__.
    /// </summary>
    public string MessageName => CName ?? Name;

    internal string? CName { get; set; }

    public PyType[] Bases { get; internal set; }

    public PyType[] Mro { get; private set; }

    public TypeFlags Flags { get; internal set; }

    /// <summary>The special methods resolved through the MRO, indexed by <see cref="SlotId"/>; null when absent.</summary>
    public object?[] Slots { get; }

    /// <summary>Changes whenever this type or a base changes.</summary>
    public int Version { get; private set; }

    /// <summary>The builtin type whose instance layout (CLR class) instances of this type use.</summary>
    public PyType SolidBase { get; internal set; } = null!;

    /// <summary>The key table the instance dicts of this (heap) type share while written in the same order.</summary>
    internal PyDict.SharedKeys InstanceKeys => instanceKeys ??= new PyDict.SharedKeys();

    /// <summary>Names declared in __slots__ by this type and its bases, in slot-index order.</summary>
    public string[] DeclaredSlots { get; internal set; } = Array.Empty<string>();

    public PyDict Namespace => Dict!;

    public bool IsHeap => (Flags & TypeFlags.Heap) != 0;

    public bool HasInstanceDict => (Flags & TypeFlags.HasDict) != 0;

    /// <summary>Computes the MRO and the slots; called once all bases and the namespace are set.</summary>
    internal void Ready(PyType[] mro)
    {
        Mro = mro;
        lookupCache = null;
        foreach (var b in Bases)
        {
            b.AddSubclass(this);
        }
        if ((Flags & TypeFlags.Immutable) != 0)
        {
            var flat = new Dictionary<string, object>(StringComparer.Ordinal);
            for (var i = mro.Length - 1; i >= 0; i--)
            {
                var pos = 0;
                while (mro[i].Namespace.TryGetEntry(ref pos, out var k, out var v))
                {
                    if (k is string s)
                    {
                        flat[s] = v;
                    }
                }
            }
            frozenLookup = flat.ToFrozenDictionary(StringComparer.Ordinal);
        }
        RefreshSlots();
    }

    /// <summary>Finds <paramref name="name"/> in the namespaces along the MRO, without descriptor binding.</summary>
    public object? Lookup(string name)
    {
        if (frozenLookup is not null)
        {
            return frozenLookup.TryGetValue(name, out var frozen) ? frozen : null;
        }
        if (lookupCache is not null && lookupCache.TryGetValue(name, out var cached))
        {
            return cached;
        }
        var hash = PyDict.StringHash(name);
        object? found = null;
        foreach (var t in Mro)
        {
            if (t.Namespace.TryGetValue(name, hash, out var v))
            {
                found = v;
                break;
            }
        }
        if (IsHeap)
        {
            (lookupCache ??= new Dictionary<string, object?>(StringComparer.Ordinal))[name] = found;
        }
        return found;
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
        lookupCache = null;
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
        // Builtin types are shared by all engines and immutable: they record no subclasses, so no
        // engine's classes become reachable from another engine and nothing shared is mutated.
        if (!IsHeap)
        {
            return;
        }
        (subclasses ??= new List<WeakReference<PyType>>()).Add(new WeakReference<PyType>(sub));
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

    // tuple(x) is common in loops; the builtin tuple's metaclass and __new__ cannot be replaced, so it is built directly.
    public override object Call1(object a) =>
        ReferenceEquals(this, Py.TupleType) ? TupleMethods.FromIterable(a) : TypeCall.Invoke(this, new[] { a }, null);

    public override object Call(object[] args, string[]? kwnames) => TypeCall.Invoke(this, args, kwnames);
}
