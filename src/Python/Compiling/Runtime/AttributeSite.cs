using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Compiling.Runtime;

/// <summary>
/// An inline cache for one attribute name at one site: the class-side lookup (through the MRO)
/// is remembered per type and type version, so a hit costs a type check and, for instances,
/// one instance-dict lookup. Anything unusual (custom __getattribute__, data descriptors) takes
/// the generic path of <see cref="Ops"/>.
/// </summary>
internal abstract class CachedSite(string name)
{
    // One immutable entry, replaced whole on a miss, so threads never see a half-updated cache.
    private Entry? entry;

    public string Name { get; } = name;

    /// <summary>Resolves the class side for <paramref name="t"/>, reusing the cached answer when the type did not change.</summary>
    protected Entry Resolve(PyType t)
    {
        if (entry is { } e && ReferenceEquals(t, e.Type) && t.Version == e.Version)
        {
            return e;
        }

        var version = t.Version;
        var (kind, attr) = Classify(t);
        var fresh = new Entry(t, version, kind, attr);
        entry = fresh;
        return fresh;
    }

    /// <summary>How reads of the attribute behave for <paramref name="t"/>.</summary>
    protected virtual (SiteKind Kind, object? Attribute) Classify(PyType t)
    {
        if (!ReferenceEquals(t.Slots[(int)SlotId.GetAttribute], ObjectMethods.GetAttribute))
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
    protected sealed record Entry(PyType Type, int Version, SiteKind Kind, object? ClassAttribute);

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

/// <summary>One <c>obj.name</c> load in compiled code.</summary>
internal sealed class AttributeSite(string name) : CachedSite(name)
{
    public object Get(object obj)
    {
        if (obj is PyModule module && module.Dict!.TryGetValue(Name, out var global))
        {
            return global;
        }

        var t = Py.TypeOf(obj);
        var entry = Resolve(t);
        var kind = entry.Kind;
        if (kind == SiteKind.Generic)
        {
            return Ops.GetAttr(obj, Name);
        }

        if (kind == SiteKind.Slot)
        {
            return obj is PyInstance { SlotValues: { } values } && values[((PySlotMember)entry.ClassAttribute!).Index] is { } slot ? slot : Ops.GetAttr(obj, Name);
        }

        if (obj is PyObject { Dict: { } dict } && dict.TryGetValue(Name, out var own))
        {
            return own;
        }

        return kind switch
        {
            SiteKind.Plain => entry.ClassAttribute!,
            SiteKind.Method or SiteKind.Descriptor => Ops.DescrGet((PyObject)entry.ClassAttribute!, obj, t),
            _ => Ops.GetAttr(obj, Name),
        };
    }
}

/// <summary>One <c>obj.name(args)</c> call: a method found on the class is called with obj prepended, without a bound-method object.</summary>
internal sealed class MethodCallSite(string name) : CachedSite(name)
{
    private object? Method(object obj) =>
        Resolve(Py.TypeOf(obj)) is { Kind: SiteKind.Method } e && (obj is not PyObject { Dict: { } d } || !d.ContainsKey(Name)) ? e.ClassAttribute : null;

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
                    dict[Name] = value;
                    return;
                case SiteKind.Slot when p is PyInstance { SlotValues: { } values }:
                    values[((PySlotMember)entry.ClassAttribute!).Index] = value;
                    return;
            }
        }

        Ops.SetAttr(obj, Name, value);
    }

    protected override (SiteKind Kind, object? Attribute) Classify(PyType t)
    {
        if (!ReferenceEquals(t.Slots[(int)SlotId.SetAttr], ObjectMethods.SetAttribute))
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
