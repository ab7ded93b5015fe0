using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>The methods of <c>object</c>: default attribute access, identity equality and hash, repr, construction.</summary>
internal static class ObjectMethods
{
    /// <summary>True when a resolved __new__ slot is object.__new__.</summary>
    public static bool IsObjectNew(object? slot) => slot is PyStaticMethod { Function: PyBuiltinFunction { Intrinsic: Intrinsic.ObjectNew } };

    public static void Fill(PyType t)
    {
        t.Def("__getattribute__", (self, name) =>
        {
            var n = AttrName(name);
            return Ops.GenericGetAttr(self, Py.TypeOf(self), n, out var v) ? v : throw Ops.NoAttribute(self, n);
        }).Intrinsic = Intrinsic.ObjectGetAttribute;
        t.Def("__setattr__", (self, name, value) =>
        {
            Ops.GenericSetAttr(self, Py.TypeOf(self), AttrName(name), value);
            return Py.None;
        }).Intrinsic = Intrinsic.ObjectSetAttr;
        t.Def("__delattr__", (self, name) =>
        {
            Ops.GenericDelAttr(self, Py.TypeOf(self), AttrName(name));
            return Py.None;
        }).Intrinsic = Intrinsic.ObjectDelAttr;
        t.Def("__eq__", (self, other) => Ops.Is(self, other) ? Py.True : Py.NotImplemented);
        t.Def("__ne__", (self, other) =>
        {
            var eq = Py.TypeOf(self).Slots[(int)SlotId.Eq];
            var r = eq is null ? Py.NotImplemented : Ops.CallBound(eq, self, other);
            return r is PyNotImplemented ? r : Py.Bool(!Ops.IsTrue(r));
        });
        t.Def("__hash__", self => Py.Int(Ops.IdentityHash(self))).Intrinsic = Intrinsic.ObjectHash;
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
        ((PyBuiltinFunction)((PyStaticMethod)t.Namespace["__new__"]).Function).Intrinsic = Intrinsic.ObjectNew;
        t.DefRaw("__init__", (args, kw) =>
        {
            var self = args[0];
            if (args.Length > 1 && HasExcessArgs(Py.TypeOf(self), isNew: false))
            {
                throw ExcessArgs(Py.TypeOf(self), isNew: false);
            }
            return Py.None;
        }).Intrinsic = Intrinsic.ObjectInit;
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
    public static string Address(object o) => PythonThread.CurrentOrNull is { } thread
        ? $"0x{thread.Engine.Ids.Of(o):x}"
        : $"0x7f{(uint)Ops.IdentityHash(o):x8}";

    // object.__new__/__init__ accept extra arguments only when the other one is overridden (CPython's excess_args rule).
    private static bool HasExcessArgs(PyType cls, bool isNew)
    {
        var newOverridden = !IsObjectNew(cls.Slots[(int)SlotId.New]);
        var initOverridden = !PyBuiltinFunction.Is(cls.Slots[(int)SlotId.Init], Intrinsic.ObjectInit);
        return isNew ? newOverridden || !initOverridden : initOverridden || !newOverridden;
    }

    private static PythonException ExcessArgs(PyType cls, bool isNew)
    {
        var newOverridden = !IsObjectNew(cls.Slots[(int)SlotId.New]);
        var initOverridden = !PyBuiltinFunction.Is(cls.Slots[(int)SlotId.Init], Intrinsic.ObjectInit);
        if (isNew)
        {
            return newOverridden
                ? Ops.TypeError("object.__new__() takes exactly one argument (the type to instantiate)")
                : Ops.TypeError($"{cls.Name}() takes no arguments");
        }
        return initOverridden
            ? Ops.TypeError("object.__init__() takes exactly one argument (the instance to initialize)")
            : Ops.TypeError($"{cls.Name}.__init__() takes exactly one argument (the instance to initialize)");
    }

    /// <summary>Allocates an instance of a class whose layout is plain object.</summary>
    public static object CreateInstance(PyType cls)
    {
        if (!ReferenceEquals(cls.SolidBase, Py.ObjectType))
        {
            throw Ops.TypeError(cls.IsHeap
                ? $"object.__new__({cls.Name}) is not safe, use {cls.SolidBase.Name}.__new__()"
                : $"cannot create '{cls.Name}' instances");
        }
        if (cls.Namespace.TryGetValue("__abstractmethods__", out var abstracts) && Ops.IsTrue(abstracts))
        {
            var names = new List<string>();
            foreach (var n in Ops.ToArray(abstracts))
            {
                names.Add(Ops.Str(n));
            }
            names.Sort(StringComparer.Ordinal);
            throw Ops.TypeError($"Can't instantiate abstract class {cls.Name} with abstract method{(names.Count == 1 ? "" : "s")} {string.Join(", ", names)}");
        }
        return PyInstance.Create(cls);
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
        if (!SameLayout(inst.Type, newType))
        {
            throw Ops.TypeError($"__class__ assignment: '{newType.Name}' object layout differs from '{inst.Type.Name}'");
        }
        inst.Type = newType;
    }

    // The instance's storage is sized by its class's __slots__, so only classes with the same slots (and __dict__) share it.
    private static bool SameLayout(PyType a, PyType b) =>
        a.HasInstanceDict == b.HasInstanceDict && a.DeclaredSlots.AsSpan().SequenceEqual(b.DeclaredSlots);

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
