using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Runtime;

/// <summary>Attribute access with the full descriptor protocol.</summary>
internal static partial class Ops
{
    /// <summary>obj.name; raises AttributeError when missing.</summary>
    public static object GetAttr(object obj, string name)
    {
        var type = Py.TypeOf(obj);
        if (TryGetAttrDefault(obj, type, name, out var value, out var handled))
        {
            return value;
        }
        if (!handled)
        {
            if (type.Slots[(int)SlotId.GetAttr] is not { } fallback)
            {
                return CallBound(type.Slots[(int)SlotId.GetAttribute]!, obj, name);
            }
            try
            {
                return CallBound(type.Slots[(int)SlotId.GetAttribute]!, obj, name);
            }
            catch (PythonException e) when (Matches(e, PyExc.AttributeError))
            {
                return CallBound(fallback, obj, name);
            }
        }
        if (type.Slots[(int)SlotId.GetAttr] is { } getattr)
        {
            return CallBound(getattr, obj, name);
        }
        if (obj is PyModule { Dict: { } md } && md.TryGetValue("__getattr__", out var moduleGetattr))
        {
            return Call(moduleGetattr, name);
        }
        throw NoAttribute(obj, name);
    }

    /// <summary>getattr with a default / hasattr: false on AttributeError, without throwing on the common paths.</summary>
    public static bool TryGetAttr(object obj, string name, out object value)
    {
        var type = Py.TypeOf(obj);
        try
        {
            if (TryGetAttrDefault(obj, type, name, out value, out var handled))
            {
                return true;
            }
            if (!handled)
            {
                value = CallBound(type.Slots[(int)SlotId.GetAttribute]!, obj, name);
                return true;
            }
        }
        catch (PythonException e) when (Matches(e, PyExc.AttributeError))
        {
        }
        if (type.Slots[(int)SlotId.GetAttr] is { } getattr)
        {
            try
            {
                value = CallBound(getattr, obj, name);
                return true;
            }
            catch (PythonException e) when (Matches(e, PyExc.AttributeError))
            {
            }
        }
        if (obj is PyModule { Dict: { } md } && md.TryGetValue("__getattr__", out var moduleGetattr))
        {
            try
            {
                value = Call(moduleGetattr, name);
                return true;
            }
            catch (PythonException e) when (Matches(e, PyExc.AttributeError))
            {
            }
        }
        value = null!;
        return false;
    }

    /// <summary>Runs the builtin __getattribute__ implementations; handled=false when the type overrides it.</summary>
    private static bool TryGetAttrDefault(object obj, PyType type, string name, out object value, out bool handled)
    {
        var ga = type.Slots[(int)SlotId.GetAttribute];
        handled = true;
        if (PyBuiltinFunction.Is(ga, Intrinsic.ObjectGetAttribute))
        {
            return GenericGetAttr(obj, type, name, out value);
        }
        if (PyBuiltinFunction.Is(ga, Intrinsic.TypeGetAttribute))
        {
            return TypeGetAttr((PyType)obj, name, out value);
        }
        if (PyBuiltinFunction.Is(ga, Intrinsic.SuperGetAttribute))
        {
            return SuperGetAttr((PySuper)obj, name, out value);
        }
        handled = false;
        value = null!;
        return false;
    }

    /// <summary>object.__getattribute__: data descriptors, then the instance dict, then other class attributes.</summary>
    public static bool GenericGetAttr(object obj, PyType type, string name, out object value)
    {
        var attr = type.Lookup(name);
        if (attr is PyObject pa && !IsPlainNonData(pa) && IsDataDescriptor(pa) && HasGet(pa))
        {
            value = DescrGet(pa, obj, type);
            return true;
        }
        if (obj is PyObject p && p.Dict is { } dict && dict.TryGetValue(name, out value))
        {
            return true;
        }
        if (attr is not null)
        {
            value = attr is PyObject po ? DescrGet(po, obj, type) : attr;
            return true;
        }
        value = null!;
        return false;
    }

    /// <summary>type.__getattribute__: metatype data descriptors, the class MRO, then metatype attributes.</summary>
    public static bool TypeGetAttr(PyType cls, string name, out object value)
    {
        var meta = cls.Type;
        var metaAttr = meta.Lookup(name);
        if (metaAttr is PyObject pm && !IsPlainNonData(pm) && IsDataDescriptor(pm))
        {
            value = DescrGet(pm, cls, meta);
            return true;
        }
        var attr = cls.Lookup(name);
        if (attr is not null)
        {
            value = attr is PyObject pa ? DescrGet(pa, null, cls) : attr;
            return true;
        }
        if (metaAttr is not null)
        {
            value = metaAttr is PyObject po ? DescrGet(po, cls, meta) : metaAttr;
            return true;
        }
        value = null!;
        return false;
    }

    private static bool SuperGetAttr(PySuper su, string name, out object value)
    {
        if (su.SelfType is { } start && name != "__class__")
        {
            var mro = start.Mro;
            var i = Array.IndexOf(mro, su.StartAfter) + 1;
            for (; i > 0 && i < mro.Length; i++)
            {
                if (mro[i].Namespace.TryGetValue(name, out var attr))
                {
                    var instance = ReferenceEquals(su.Self, start) ? null : su.Self;
                    value = attr is PyObject pa ? DescrGet(pa, instance, start) : attr;
                    return true;
                }
            }
        }
        return GenericGetAttr(su, su.Type, name, out value);
    }

    // Functions and builtin methods are the most common class attributes and are never data descriptors.
    private static bool IsPlainNonData(PyObject o) => o is PyFunction or PyBuiltinFunction or PyClassMethod or PyStaticMethod;

    private static bool HasGet(PyObject o) => o is PyProperty or PyGetSet or PySlotMember || o.Type.Slots[(int)SlotId.Get] is not null;

    public static bool IsDataDescriptor(PyObject o) => o switch
    {
        PyProperty or PyGetSet or PySlotMember => true,
        PyFunction or PyBuiltinFunction or PyClassMethod or PyStaticMethod or PyType => false,
        _ => o.Type.Slots[(int)SlotId.Set] is not null || o.Type.Slots[(int)SlotId.Delete] is not null,
    };

    /// <summary>Applies __get__ of <paramref name="attr"/>; <paramref name="instance"/> null means access through the class.</summary>
    public static object DescrGet(PyObject attr, object? instance, PyType owner)
    {
        switch (attr)
        {
            case PyFunction f:
                return instance is null ? f : new PyMethod(f, instance);
            case PyBuiltinFunction b:
                return instance is null || b.Owner is null ? b : new PyMethod(b, instance);
            case PyClassMethod cm:
                return new PyMethod(cm.Function, instance is null ? owner : Py.TypeOf(instance));
            case PyStaticMethod sm:
                return sm.Function;
            case PyType:
                return attr;
            case PyProperty p when ReferenceEquals(p.Type, Py.PropertyType):
                return instance is null ? p : PropertyGet(p, instance);
            case PyGetSet gs:
                return instance is null ? gs : gs.Getter(instance);
            case Modules.TupleGetterObject tg:
                return instance is null ? tg : tg.Get(instance);
            case PySlotMember m:
                if (instance is null)
                {
                    return m;
                }
                return SlotsOf(instance, m)[m.Index] ?? throw NoAttribute(instance, m.Name);
        }
        var get = attr.Type.Slots[(int)SlotId.Get];
        if (get is null)
        {
            return attr;
        }
        return CallBound(get, attr, new object[] { instance ?? Py.None, owner }, null);
    }

    /// <summary>property.__get__ for an instance: calls fget (a subclass's own __get__ is looked up as a slot instead).</summary>
    public static object PropertyGet(PyProperty p, object instance)
    {
        if (p.Getter is null || p.Getter is PyNone)
        {
            throw AttributeError(instance, p.Name ?? "", $"property {PropertyName(p)}of '{TypeName(instance)}' object has no getter");
        }
        return Call(p.Getter, instance);
    }

    private static string PropertyName(PyProperty p) => p.Name is null ? "" : $"'{p.Name}' ";

    /// <summary>The __slots__ values of <paramref name="instance"/>, which must be an instance of the member's class.</summary>
    private static Span<object?> SlotsOf(object instance, PySlotMember m) =>
        instance is PyObject o && o.Type.IsSubtypeOf(m.Owner) && m.Index < o.SlotValues.Length
            ? o.SlotValues
            : throw TypeError($"descriptor '{m.Name}' for '{m.Owner.Name}' objects doesn't apply to a '{TypeName(instance)}' object");

    /// <summary>obj.name = value.</summary>
    public static void SetAttr(object obj, string name, object value)
    {
        var type = Py.TypeOf(obj);
        var sa = type.Slots[(int)SlotId.SetAttr];
        if (PyBuiltinFunction.Is(sa, Intrinsic.ObjectSetAttr))
        {
            GenericSetAttr(obj, type, name, value);
        }
        else if (PyBuiltinFunction.Is(sa, Intrinsic.TypeSetAttr))
        {
            TypeSetAttr((PyType)obj, name, value);
        }
        else
        {
            CallBound(sa!, obj, new object[] { name, value }, null);
        }
    }

    /// <summary>object.__setattr__: data descriptors first, then the instance dict.</summary>
    public static void GenericSetAttr(object obj, PyType type, string name, object value)
    {
        var attr = type.Lookup(name);
        if (attr is PyObject pa && !IsPlainNonData(pa) && DescrSet(pa, obj, value, delete: false))
        {
            return;
        }
        if (obj is PyObject p && (p.Dict is not null || type.HasInstanceDict))
        {
            (p is PyInstance pi ? pi.EnsureDict() : p.Dict ??= new PyDict())[name] = value;
            return;
        }
        throw NoAttribute(obj, name);
    }

    internal static void TypeSetAttr(PyType cls, string name, object value)
    {
        var metaAttr = cls.Type.Lookup(name);
        if (metaAttr is PyObject pm && !IsPlainNonData(pm) && DescrSet(pm, cls, value, delete: false))
        {
            return;
        }
        cls.SetTypeAttribute(name, value);
    }

    /// <summary>Runs __set__/__delete__ of a data descriptor; false when <paramref name="attr"/> is not one.</summary>
    internal static bool DescrSet(PyObject attr, object obj, object? value, bool delete)
    {
        switch (attr)
        {
            case PyProperty p when ReferenceEquals(p.Type, Py.PropertyType):
                var f = delete ? p.Deleter : p.Setter;
                if (f is null || f is PyNone)
                {
                    var what = delete ? "deleter" : "setter";
                    throw AttributeError(obj, p.Name ?? "", $"property {PropertyName(p)}of '{TypeName(obj)}' object has no {what}");
                }
                if (delete)
                {
                    Call(f, obj);
                }
                else
                {
                    Call(f, obj, value!);
                }
                return true;
            case PyGetSet gs:
                if (gs.Setter is null)
                {
                    throw AttributeError(obj, gs.Name, $"attribute '{gs.Name}' of '{gs.Owner.Name}' objects is not writable");
                }
                gs.Setter(obj, value!);
                return true;
            case PySlotMember m:
                var sv = SlotsOf(obj, m);
                if (delete && sv[m.Index] is null)
                {
                    // CPython 3.11 names only the slot here.
                    throw AttributeError(obj, m.Name, m.Name);
                }
                sv[m.Index] = value;
                return true;
        }
        var slot = attr.Type.Slots[(int)(delete ? SlotId.Delete : SlotId.Set)];
        if (slot is null)
        {
            if (attr.Type.Slots[(int)(delete ? SlotId.Set : SlotId.Delete)] is not null)
            {
                throw AttributeError(obj, "", delete ? "__delete__" : "__set__");
            }
            return false;
        }
        if (delete)
        {
            CallBound(slot, attr, obj);
        }
        else
        {
            CallBound(slot, attr, new object[] { obj, value! }, null);
        }
        return true;
    }

    /// <summary>del obj.name.</summary>
    public static void DelAttr(object obj, string name)
    {
        var type = Py.TypeOf(obj);
        var da = type.Slots[(int)SlotId.DelAttr];
        if (PyBuiltinFunction.Is(da, Intrinsic.ObjectDelAttr))
        {
            GenericDelAttr(obj, type, name);
        }
        else if (PyBuiltinFunction.Is(da, Intrinsic.TypeDelAttr))
        {
            var cls = (PyType)obj;
            if (!cls.DeleteTypeAttribute(name))
            {
                throw NoAttribute(cls, name);
            }
        }
        else
        {
            CallBound(da!, obj, name);
        }
    }

    public static void GenericDelAttr(object obj, PyType type, string name)
    {
        var attr = type.Lookup(name);
        if (attr is PyObject pa && !IsPlainNonData(pa) && DescrSet(pa, obj, null, delete: true))
        {
            return;
        }
        if (obj is PyObject { Dict: { } dict } && dict.Remove(name))
        {
            return;
        }
        throw NoAttribute(obj, name);
    }

    /// <summary>Looks up a special method on the type (not the instance), as the interpreter does for dunders.</summary>
    public static bool TryLookupSpecial(object obj, string name, out object bound)
    {
        var type = Py.TypeOf(obj);
        var attr = type.Lookup(name);
        if (attr is null)
        {
            bound = null!;
            return false;
        }
        bound = attr is PyObject pa ? DescrGet(pa, obj, type) : attr;
        return true;
    }
}
