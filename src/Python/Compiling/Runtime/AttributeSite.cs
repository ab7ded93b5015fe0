using System.Runtime.CompilerServices;
using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Compiling.Runtime;

/// <summary>
/// An inline cache for one attribute name at one site: the class-side lookup (through the MRO)
/// is remembered for up to <see cref="MaxEntries"/> types, each with the type version it was
/// resolved at, so a hit costs a type check and, for instances, one instance-dict probe at the
/// entry index the name was last found at, or one __slots__ field load. Classes used as the
/// receiver (<c>Cls.method</c>) have entries of their own. Anything unusual (custom
/// __getattribute__, other data descriptors, metaclasses) takes the generic path of <see cref="Ops"/>.
/// </summary>
internal abstract class CachedSite
{
    // Polymorphic sites (a method called on several subclasses) keep one entry per type.
    private const int MaxEntries = 4;

    // Immutable entries in an array replaced whole on a miss, so threads never see a half-updated cache.
    private Entry[] entries = [];

    // Entries for classes as receivers, keyed by the class itself.
    private Entry[] classEntries = [];

    // Entries for super() receivers, keyed by the searched type and the class super() starts after.
    private Entry[] superEntries = [];

    protected CachedSite(string name)
    {
        // Interned so instance dicts written by other sites hold the same string object and the hint compares by reference.
        Name = string.Intern(name);
        Hash = PyDict.StringHash(Name);
    }

    public string Name { get; }

    /// <summary>The dict hash of <see cref="Name"/>, computed once.</summary>
    protected long Hash { get; }

    /// <summary>Resolves the class side for <paramref name="t"/>, reusing the cached answer when the type did not change.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected Entry Resolve(PyType t) => Find(entries, t) ?? Miss(t);

    // The entry cached for type t at its current version, if any.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Entry? Find(Entry[] es, PyType t)
    {
        for (var i = 0; i < es.Length; i++)
        {
            var e = es[i];
            if (ReferenceEquals(t, e.Type) && t.Version == e.Version)
            {
                return e;
            }
        }

        return null;
    }

    // Kept out of line so the hit path above inlines into every site.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Entry Miss(PyType t)
    {
        var (kind, attr) = Classify(t);
        return Add(ref entries, new Entry(t, t.Version, kind, attr));
    }

    /// <summary>Resolves <c>cls.name</c> for a class whose metaclass is <c>type</c>.</summary>
    protected Entry ResolveOnClass(PyType cls)
    {
        if (Find(classEntries, cls) is { } hit)
        {
            return hit;
        }

        var (kind, attr) = ClassifyOnClass(cls);
        return Add(ref classEntries, new Entry(cls, cls.Version, kind, attr));
    }

    /// <summary>Resolves <c>super().name</c> for the MRO of <paramref name="start"/> after <paramref name="after"/>.</summary>
    protected Entry ResolveOnSuper(PyType start, PyType after)
    {
        var es = superEntries;
        for (var i = 0; i < es.Length; i++)
        {
            var e = es[i];
            if (ReferenceEquals(start, e.Type) && ReferenceEquals(after, e.After) && start.Version == e.Version)
            {
                return e;
            }
        }

        var mro = start.Mro;
        var found = Array.IndexOf(mro, after) is var at and >= 0 ? mro.Skip(at + 1).FirstOrDefault(t => t.Namespace.ContainsKey(Name)) : null;
        var kind = found?.Namespace[Name] is PyFunction or PyBuiltinFunction { Owner: not null } && Name != "__class__" ? SiteKind.Method : SiteKind.Generic;
        return Add(ref superEntries, new Entry(start, start.Version, kind, kind == SiteKind.Method ? found!.Namespace[Name] : null, after));
    }

    private static Entry Add(ref Entry[] cache, Entry fresh)
    {
        var kept = cache.Where(e => !ReferenceEquals(e.Type, fresh.Type) || !ReferenceEquals(e.After, fresh.After)).Take(MaxEntries - 1);
        cache = [fresh, .. kept];
        return fresh;
    }

    /// <summary>The instance-dict value of the name, probing the entry it was last found at for this type first.</summary>
    protected bool TryGetOwn(Entry entry, PyDict dict, out object value) => dict.TryGetHinted(Name, Hash, ref entry.DictHint, out value);

    /// <summary>Whether an instance dict has the name (it shadows non-data class attributes).</summary>
    protected bool HasOwn(PyDict dict) => dict.Count != 0 && dict.TryGetValue(Name, Hash, out _);

    /// <summary>obj.name for a value that is not a <see cref="PyObject"/> (int, float, str...: no instance dict).</summary>
    protected object LoadValue(object obj, Entry entry) => entry.Kind switch
    {
        SiteKind.Plain => entry.ClassAttribute!,
        SiteKind.Method or SiteKind.Descriptor => Ops.DescrGet((PyObject)entry.ClassAttribute!, obj, entry.Type),
        _ => Ops.GetAttr(obj, Name),
    };

    /// <summary>p.name with the class side already resolved: the whole read for the common kinds.</summary>
    /// <remarks>Inlined so an attribute load is one call from compiled code.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    protected object Load(PyObject p, Entry entry)
    {
        object? own;
        switch (entry.Kind)
        {
            case SiteKind.InstanceOnly:
                return p.Dict is { } d && TryGetOwn(entry, d, out own) ? own : Ops.GetAttr(p, Name);
            case SiteKind.Plain:
                return p.Dict is { } pd && TryGetOwn(entry, pd, out own) ? own : entry.ClassAttribute!;
            case SiteKind.Method or SiteKind.Descriptor:
                return p.Dict is { } md && TryGetOwn(entry, md, out own) ? own : Ops.DescrGet((PyObject)entry.ClassAttribute!, p, p.Type);
            case SiteKind.Slot:
                var slots = p.SlotValues;
                var index = entry.SlotIndex;
                return (uint)index < (uint)slots.Length && slots[index] is { } slot ? slot : Ops.GetAttr(p, Name);
            case SiteKind.Property:
                // A data descriptor: it wins over the instance dict, so the getter is called directly.
                return Ops.PropertyGet((PyProperty)entry.ClassAttribute!, p);
            case SiteKind.Generic when p is PyType cls && ReferenceEquals(p.Type, Py.TypeType):
                var onClass = ResolveOnClass(cls);
                return onClass.Kind switch
                {
                    SiteKind.ClassValue => onClass.ClassAttribute!,
                    SiteKind.ClassMethod => new PyMethod(onClass.ClassAttribute!, cls),
                    _ => Ops.GetAttr(p, Name),
                };
            default:
                return Ops.GetAttr(p, Name);
        }
    }

    /// <summary>How reads of the attribute behave for instances of <paramref name="t"/>.</summary>
    protected virtual (SiteKind Kind, object? Attribute) Classify(PyType t)
    {
        if (!PyBuiltinFunction.Is(t.Slots[(int)SlotId.GetAttribute], Intrinsic.ObjectGetAttribute))
        {
            return (SiteKind.Generic, null);
        }

        var attr = t.Lookup(Name);
        var kind = attr switch
        {
            null => SiteKind.InstanceOnly,
            PyFunction => SiteKind.Method,
            PyBuiltinFunction { Owner: not null } => SiteKind.Method,
            PySlotMember m when t.IsSubtypeOf(m.Owner) => SiteKind.Slot,
            PyProperty p when ReferenceEquals(p.Type, Py.PropertyType) => SiteKind.Property,
            PyObject p when Ops.IsDataDescriptor(p) => SiteKind.Generic,
            PyObject p when p is PyClassMethod or PyStaticMethod or PyBuiltinFunction || p.Type.Slots[(int)SlotId.Get] is not null => SiteKind.Descriptor,
            _ => SiteKind.Plain,
        };
        return (kind, attr);
    }

    // type.__getattribute__ for a class of metaclass type: only names type itself lacks, found on the
    // class as values that bind to nothing (functions, static methods, plain values) or as class methods.
    private (SiteKind Kind, object? Attribute) ClassifyOnClass(PyType cls)
    {
        if (Py.TypeType.Lookup(Name) is not null)
        {
            return (SiteKind.Generic, null);
        }

        var attr = cls.Lookup(Name);
        return attr switch
        {
            null => (SiteKind.Generic, null),
            PyStaticMethod sm => (SiteKind.ClassValue, sm.Function),
            PyClassMethod cm => (SiteKind.ClassMethod, cm.Function),
            PyFunction or PyBuiltinFunction or PyType => (SiteKind.ClassValue, attr),
            PyObject o when o.Type.Slots[(int)SlotId.Get] is not null => (SiteKind.Generic, null),
            _ => (SiteKind.ClassValue, attr),
        };
    }

    /// <summary>A type (or, for class receivers, the class), its version, and how it answers the attribute.</summary>
    protected sealed class Entry(PyType type, int version, SiteKind kind, object? classAttribute, PyType? after = null)
    {
        public readonly PyType Type = type;

        /// <summary>For super() entries: the class whose successors in the MRO are searched.</summary>
        public readonly PyType? After = after;
        public readonly int Version = version;
        public readonly SiteKind Kind = kind;
        public readonly object? ClassAttribute = classAttribute;

        /// <summary>The __slots__ index when <see cref="Kind"/> is <see cref="SiteKind.Slot"/>.</summary>
        public readonly int SlotIndex = classAttribute is PySlotMember m ? m.Index : -1;

        /// <summary>Where the name sat in the last instance dict of this type that had it; checked before it is trusted.</summary>
        public int DictHint;
    }

    /// <summary>How a cached type answers the attribute.</summary>
    protected enum SiteKind
    {
        Generic,
        InstanceOnly,
        Method,
        Descriptor,
        Plain,
        Slot,
        Property,

        /// <summary>On a class receiver: the attribute is <see cref="Entry.ClassAttribute"/> itself.</summary>
        ClassValue,

        /// <summary>On a class receiver: a class method whose function is <see cref="Entry.ClassAttribute"/>.</summary>
        ClassMethod,
    }
}

/// <summary>One <c>obj.name</c> load in compiled code (modules too: their globals are their instance dict).</summary>
internal sealed class AttributeSite(string name) : CachedSite(name)
{
    public object Get(object obj) => obj is PyObject p ? Load(p, Resolve(p.Type)) : LoadValue(obj, Resolve(Py.TypeOf(obj)));
}

/// <summary>
/// One <c>obj.name(args)</c> call: a method found on the class is called with obj prepended, a class
/// method on a class with the class prepended, and a method found by <c>super()</c> with the
/// instance prepended, without a bound-method object; anything else
/// (module functions, callables in the instance dict) is loaded like <see cref="AttributeSite"/> and called.
/// </summary>
internal sealed class MethodCallSite(string name) : CachedSite(name)
{
    public object Invoke(object obj) => Method(obj, out var self, out var e) switch
    {
        PyFunction f => f.Call1(self),
        PyBuiltinFunction b => b.Call1(self),
        _ => Ops.Call(Fallback(obj, e)),
    };

    public object Invoke(object obj, object a) => Method(obj, out var self, out var e) switch
    {
        PyFunction f => f.Call2(self, a),
        PyBuiltinFunction b => b.Call2(self, a),
        _ => Ops.Call(Fallback(obj, e), a),
    };

    public object Invoke(object obj, object a, object b) => Method(obj, out var self, out var e) switch
    {
        PyFunction f => f.Call3(self, a, b),
        PyBuiltinFunction m => m.Call3(self, a, b),
        _ => Ops.Call(Fallback(obj, e), a, b),
    };

    public object Invoke(object obj, object a, object b, object c) => Method(obj, out var self, out var e) switch
    {
        PyFunction f => f.CallWithSelf(self, [a, b, c], null),
        PyBuiltinFunction m => m.Call([self, a, b, c], null),
        _ => Ops.Call(Fallback(obj, e), a, b, c),
    };

    // The function to call with <paramref name="self"/> prepended, or null to load the attribute and call it.
    private object? Method(object obj, out object self, out Entry e)
    {
        self = obj;
        if (obj is not PyObject p)
        {
            e = Resolve(Py.TypeOf(obj));
            return e.Kind == SiteKind.Method ? e.ClassAttribute : null;
        }

        e = Resolve(p.Type);
        if (e.Kind == SiteKind.Method)
        {
            return p.Dict is { } d && HasOwn(d) ? null : e.ClassAttribute;
        }
        if (e.Kind != SiteKind.Generic)
        {
            return null;
        }
        if (p is PyType cls && ReferenceEquals(cls.Type, Py.TypeType))
        {
            return ResolveOnClass(cls) is { Kind: SiteKind.ClassMethod } ce ? ce.ClassAttribute : null;
        }
        if (p is PySuper { SelfType: { } start, Self: { } instance } su && !ReferenceEquals(instance, start) && ReferenceEquals(su.Type, Py.SuperType))
        {
            // super().name(...) on an instance: the function found after StartAfter, called with the instance.
            self = instance;
            return ResolveOnSuper(start, su.StartAfter) is { Kind: SiteKind.Method } se ? se.ClassAttribute : null;
        }
        return null;
    }

    // Out of line: the calls above stay small, and Load is inlined here once.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private object Fallback(object obj, Entry e) => obj is PyObject p ? Load(p, e) : LoadValue(obj, e);
}

/// <summary>One <c>obj.name = value</c> store: instance dicts and __slots__ are written directly.</summary>
internal sealed class SetAttributeSite(string name) : CachedSite(name)
{
    public void Set(object obj, object value)
    {
        if (obj is PyObject p)
        {
            var entry = Resolve(p.Type);
            switch (entry.Kind)
            {
                case SiteKind.InstanceOnly or SiteKind.Plain or SiteKind.Method when p.Dict is { } dict:
                    dict.SetHinted(Name, Hash, ref entry.DictHint, value);
                    return;
                case SiteKind.InstanceOnly or SiteKind.Plain or SiteKind.Method when p is PyInstance pi && p.Type.HasInstanceDict:
                    // The first attribute of a new instance (usually in __init__).
                    pi.EnsureDict().SetHinted(Name, Hash, ref entry.DictHint, value);
                    return;
                case SiteKind.Slot:
                    var slots = p.SlotValues;
                    var index = entry.SlotIndex;
                    if ((uint)index < (uint)slots.Length)
                    {
                        slots[index] = value;
                        return;
                    }
                    break;
            }
        }

        Ops.SetAttr(obj, Name, value);
    }

    protected override (SiteKind Kind, object? Attribute) Classify(PyType t)
    {
        if (!PyBuiltinFunction.Is(t.Slots[(int)SlotId.SetAttr], Intrinsic.ObjectSetAttr))
        {
            return (SiteKind.Generic, null);
        }

        var attr = t.Lookup(Name);
        return attr switch
        {
            null => (SiteKind.InstanceOnly, null),
            PySlotMember m when t.IsSubtypeOf(m.Owner) => (SiteKind.Slot, attr),
            PyFunction or PyBuiltinFunction or PyClassMethod or PyStaticMethod => (SiteKind.Plain, attr),
            PyObject o when Ops.IsDataDescriptor(o) => (SiteKind.Generic, attr),
            _ => (SiteKind.Plain, attr),
        };
    }
}
