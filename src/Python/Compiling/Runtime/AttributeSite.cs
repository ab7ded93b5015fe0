using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Compiling.Runtime;

/// <summary>
/// An inline cache for one attribute name at one site: the class-side lookup (through the MRO)
/// is remembered for up to <see cref="MaxEntries"/> types, each with the type version it was
/// resolved at, so a hit costs a type check and, for instances, one instance-dict probe at the
/// entry index the name was last found at. Anything unusual (custom __getattribute__, data
/// descriptors) takes the generic path of <see cref="Ops"/>.
/// </summary>
internal abstract class CachedSite
{
    // Polymorphic sites (a method called on several subclasses) keep one entry per type.
    private const int MaxEntries = 4;

    // Immutable entries in an array replaced whole on a miss, so threads never see a half-updated cache.
    private Entry[] entries = [];

    // Where the name sat in the last instance dict that had it; checked before it is trusted.
    private int dictHint;

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
    protected Entry Resolve(PyType t)
    {
        var es = entries;
        for (var i = 0; i < es.Length; i++)
        {
            var e = es[i];
            if (ReferenceEquals(t, e.Type) && t.Version == e.Version)
            {
                return e;
            }
        }

        return Add(t, es);
    }

    private Entry Add(PyType t, Entry[] old)
    {
        var version = t.Version;
        var (kind, attr) = Classify(t);
        var fresh = new Entry(t, version, kind, attr);
        var kept = old.Where(e => !ReferenceEquals(e.Type, t)).Take(MaxEntries - 1);
        entries = [fresh, .. kept];
        return fresh;
    }

    /// <summary>The instance-dict value of the name, probing the remembered entry first.</summary>
    protected bool TryGetOwn(PyDict dict, out object value) => dict.TryGetHinted(Name, Hash, ref dictHint, out value);

    /// <summary>Writes the name into an instance dict, at the remembered entry when it still holds the name.</summary>
    protected void SetOwn(PyDict dict, object value) => dict.SetHinted(Name, Hash, ref dictHint, value);

    /// <summary>Whether an instance dict has the name (it shadows non-data class attributes).</summary>
    protected bool HasOwn(PyDict dict) => dict.Count != 0 && dict.TryGetValue(Name, Hash, out _);

    /// <summary>How reads of the attribute behave for <paramref name="t"/>.</summary>
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
            PySlotMember => SiteKind.Slot,
            PyObject p when Ops.IsDataDescriptor(p) => SiteKind.Generic,
            PyObject p when p is PyClassMethod or PyStaticMethod or PyBuiltinFunction || p.Type.Slots[(int)SlotId.Get] is not null => SiteKind.Descriptor,
            _ => SiteKind.Plain,
        };
        return (kind, attr);
    }

    /// <summary>A type, its version, and how it answers the attribute.</summary>
    protected sealed class Entry(PyType type, int version, SiteKind kind, object? classAttribute)
    {
        public readonly PyType Type = type;
        public readonly int Version = version;
        public readonly SiteKind Kind = kind;
        public readonly object? ClassAttribute = classAttribute;

        /// <summary>The __slots__ index when <see cref="Kind"/> is <see cref="SiteKind.Slot"/>.</summary>
        public readonly int SlotIndex = classAttribute is PySlotMember m ? m.Index : -1;
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
    }
}

/// <summary>One <c>obj.name</c> load in compiled code (modules too: their globals are their instance dict).</summary>
internal sealed class AttributeSite(string name) : CachedSite(name)
{
    public object Get(object obj)
    {
        if (obj is not PyObject p)
        {
            // int, float, str...: no instance dict.
            var vt = Py.TypeOf(obj);
            var ve = Resolve(vt);
            return ve.Kind switch
            {
                SiteKind.Plain => ve.ClassAttribute!,
                SiteKind.Method or SiteKind.Descriptor => Ops.DescrGet((PyObject)ve.ClassAttribute!, obj, vt),
                _ => Ops.GetAttr(obj, Name),
            };
        }

        var entry = Resolve(p.Type);
        object? own;
        switch (entry.Kind)
        {
            case SiteKind.InstanceOnly:
                return p.Dict is { } d && TryGetOwn(d, out own) ? own : Ops.GetAttr(obj, Name);
            case SiteKind.Plain:
                return p.Dict is { } pd && TryGetOwn(pd, out own) ? own : entry.ClassAttribute!;
            case SiteKind.Method or SiteKind.Descriptor:
                return p.Dict is { } md && TryGetOwn(md, out own) ? own : Ops.DescrGet((PyObject)entry.ClassAttribute!, obj, p.Type);
            case SiteKind.Slot:
                return p is PyInstance { SlotValues: { } values } && values[entry.SlotIndex] is { } slot ? slot : Ops.GetAttr(obj, Name);
            default:
                return Ops.GetAttr(obj, Name);
        }
    }
}

/// <summary>One <c>obj.name(args)</c> call: a method found on the class is called with obj prepended, without a bound-method object.</summary>
internal sealed class MethodCallSite(string name) : CachedSite(name)
{
    private object? Method(object obj) =>
        Resolve(Py.TypeOf(obj)) is { Kind: SiteKind.Method } e && (obj is not PyObject { Dict: { } d } || !HasOwn(d)) ? e.ClassAttribute : null;

    public object Invoke(object obj) => Method(obj) switch
    {
        PyFunction f => f.Call1(obj),
        PyBuiltinFunction b => b.Call1(obj),
        _ => Ops.Call(Ops.GetAttr(obj, Name)),
    };

    public object Invoke(object obj, object a) => Method(obj) switch
    {
        PyFunction f => f.Call2(obj, a),
        PyBuiltinFunction b => b.Call2(obj, a),
        _ => Ops.Call(Ops.GetAttr(obj, Name), a),
    };

    public object Invoke(object obj, object a, object b) => Method(obj) switch
    {
        PyFunction f => f.Call3(obj, a, b),
        PyBuiltinFunction m => m.Call3(obj, a, b),
        _ => Ops.Call(Ops.GetAttr(obj, Name), a, b),
    };

    public object Invoke(object obj, object a, object b, object c) => Method(obj) switch
    {
        PyFunction f => f.CallWithSelf(obj, [a, b, c], null),
        PyBuiltinFunction m => m.Call([obj, a, b, c], null),
        _ => Ops.Call(Ops.GetAttr(obj, Name), a, b, c),
    };
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
                    SetOwn(dict, value);
                    return;
                case SiteKind.Slot when p is PyInstance { SlotValues: { } values }:
                    values[entry.SlotIndex] = value;
                    return;
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
            PySlotMember => (SiteKind.Slot, attr),
            PyFunction or PyBuiltinFunction or PyClassMethod or PyStaticMethod => (SiteKind.Plain, attr),
            PyObject o when Ops.IsDataDescriptor(o) => (SiteKind.Generic, attr),
            _ => (SiteKind.Plain, attr),
        };
    }
}
