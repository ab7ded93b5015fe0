using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>The methods of <c>object</c>: default attribute access, identity equality and hash, repr, construction.</summary>
internal static class ObjectMethods
{
    // The descriptors below are assigned once while the builtin types initialise; Ops compares
    // slots against them to take the builtin fast paths.
    public static PyBuiltinFunction GetAttribute { get; private set; } = null!;

    public static PyBuiltinFunction SetAttribute { get; private set; } = null!;

    public static PyBuiltinFunction DelAttribute { get; private set; } = null!;

    public static PyBuiltinFunction HashMethod { get; private set; } = null!;

    public static PyBuiltinFunction InitMethod { get; private set; } = null!;

    public static object NewMethod { get; private set; } = null!;

    public static void Fill(PyType t)
    {
        GetAttribute = t.Def("__getattribute__", (self, name) =>
        {
            var n = AttrName(name);
            return Ops.GenericGetAttr(self, Py.TypeOf(self), n, out var v) ? v : throw Ops.NoAttribute(self, n);
        });
        SetAttribute = t.Def("__setattr__", (self, name, value) =>
        {
            Ops.GenericSetAttr(self, Py.TypeOf(self), AttrName(name), value);
            return Py.None;
        });
        DelAttribute = t.Def("__delattr__", (self, name) =>
        {
            Ops.GenericDelAttr(self, Py.TypeOf(self), AttrName(name));
            return Py.None;
        });
        t.Def("__eq__", (self, other) => Ops.Is(self, other) ? Py.True : Py.NotImplemented);
        t.Def("__ne__", (self, other) =>
        {
            var eq = Py.TypeOf(self).Slots[(int)SlotId.Eq];
            var r = eq is null ? Py.NotImplemented : Ops.CallBound(eq, self, other);
            return r is PyNotImplemented ? r : Py.Bool(!Ops.IsTrue(r));
        });
        HashMethod = t.Def("__hash__", self => Py.Int(Ops.IdentityHash(self)));
        t.Def("__repr__", self => DefaultRepr(self));
        t.Def("__str__", self => Ops.Repr(self));
        t.Def("__format__", (self, spec) =>
        {
            var s = spec as string ?? throw Ops.TypeError($"__format__() argument must be str, not {Ops.TypeName(spec)}");
            if (s.Length > 0)
            {
                throw Ops.TypeError($"unsupported format string passed to {Ops.TypeName(self)}.__format__");
            }
            return Ops.Str(self);
        });
        t.DefNew((cls, args, kw) =>
        {
            if (args.Length > 0 && HasExcessArgs(cls, isNew: true))
            {
                throw ExcessArgs(cls, isNew: true);
            }
            return CreateInstance(cls);
        });
        NewMethod = t.Namespace["__new__"];
        InitMethod = t.DefRaw("__init__", (args, kw) =>
        {
            var self = args[0];
            if (args.Length > 1 && HasExcessArgs(Py.TypeOf(self), isNew: false))
            {
                throw ExcessArgs(Py.TypeOf(self), isNew: false);
            }
            return Py.None;
        });
        t.Namespace["__init_subclass__"] = new PyClassMethod(new PyBuiltinFunction("__init_subclass__", null, (object[] args, string[]? kw) =>
        {
            if (args.Length > 1 || kw is { Length: > 0 })
            {
                var cls = (PyType)args[0];
                throw Ops.TypeError($"{cls.Name}.__init_subclass__() takes no keyword arguments");
            }
            return Py.None;
        }));
        t.Namespace["__subclasshook__"] = new PyClassMethod(new PyBuiltinFunction("__subclasshook__", null, 1, -1, _ => Py.NotImplemented));
        t.Prop("__class__", self => Py.TypeOf(self), (self, value) => SetClass(self, value));
        t.Def("__dir__", self => Dir(self));
        t.Def("__reduce_ex__", (self, protocol) => throw Ops.TypeError($"cannot pickle '{Ops.TypeName(self)}' object"));
        t.Def("__sizeof__", self => Py.Int(24));
    }

    private static string AttrName(object name) =>
        name as string ?? throw Ops.TypeError($"attribute name must be string, not '{Ops.TypeName(name)}'");

    public static string DefaultRepr(object self)
    {
        var type = Py.TypeOf(self);
        var module = type.Namespace.TryGetValue("__module__", out var m) && m is string ms && ms != "builtins" ? ms + "." : "";
        return $"<{module}{type.QualName} object at {Address(self)}>";
    }

    /// <summary>A stable pseudo address for default reprs.</summary>
    public static string Address(object o) => $"0x7f{(uint)Ops.IdentityHash(o):x8}";

    // object.__new__/__init__ accept extra arguments only when the other one is overridden (CPython's excess_args rule).
    private static bool HasExcessArgs(PyType cls, bool isNew)
    {
        var newOverridden = !ReferenceEquals(cls.Slots[(int)SlotId.New], NewMethod);
        var initOverridden = !ReferenceEquals(cls.Slots[(int)SlotId.Init], InitMethod);
        return isNew ? newOverridden || !initOverridden : initOverridden || !newOverridden;
    }

    private static PythonException ExcessArgs(PyType cls, bool isNew)
    {
        var newOverridden = !ReferenceEquals(cls.Slots[(int)SlotId.New], NewMethod);
        var initOverridden = !ReferenceEquals(cls.Slots[(int)SlotId.Init], InitMethod);
        if (isNew)
        {
            return newOverridden
                ? Ops.TypeError("object.__new__() takes exactly one argument (the type to instantiate)")
                : Ops.TypeError($"{cls.Name}() takes no arguments");
        }
        return initOverridden
            ? Ops.TypeError("object.__init__() takes exactly one argument (the instance to initialize)")
            : Ops.TypeError($"{cls.Name}() takes no arguments");
    }

    /// <summary>Allocates an instance of a class whose layout is plain object.</summary>
    public static object CreateInstance(PyType cls)
    {
        if (!ReferenceEquals(cls.SolidBase, Py.ObjectType))
        {
            throw Ops.TypeError($"object.__new__({cls.Name}) is not safe, use {cls.SolidBase.Name}.__new__()");
        }
        return new PyInstance(cls);
    }

    private static void SetClass(object self, object value)
    {
        if (value is not PyType newType)
        {
            throw Ops.TypeError($"__class__ must be set to a class, not '{Ops.TypeName(value)}' object");
        }
        if (self is not PyInstance inst || !newType.IsHeap || !Py.TypeOf(self).IsHeap || !ReferenceEquals(newType.SolidBase, inst.Type.SolidBase))
        {
            throw Ops.TypeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        inst.Type = newType;
    }

    /// <summary>object.__dir__: instance dict keys plus the attributes of the class and its bases, sorted.</summary>
    public static PyList Dir(object self)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        if (self is PyObject { Dict: { } d })
        {
            AddKeys(names, d);
        }
        var types = self is PyType cls ? cls.Mro : Py.TypeOf(self).Mro;
        foreach (var t in types)
        {
            AddKeys(names, t.Namespace);
        }
        var list = new PyList();
        foreach (var n in names)
        {
            list.Add(n);
        }
        return list;
    }

    private static void AddKeys(SortedSet<string> names, PyDict d)
    {
        var pos = 0;
        while (d.TryGetEntry(ref pos, out var k, out _))
        {
            if (k is string s)
            {
                names.Add(s);
            }
        }
    }
}
