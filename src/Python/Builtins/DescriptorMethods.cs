using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>property, classmethod, staticmethod, getset/member descriptors and super.</summary>
internal static class DescriptorMethods
{
    public static void Fill(PyType property, PyType classMethod, PyType staticMethod, PyType getset, PyType member, PyType super)
    {
        FillProperty(property);

        classMethod.DefRange("__get__", 1, 2, a => new PyMethod(((PyClassMethod)a[0]).Function, a.Length < 3 || a[2] is PyNone ? Py.TypeOf(a[1]) : a[2]));
        classMethod.Prop("__func__", self => ((PyClassMethod)self).Function);
        classMethod.Prop("__wrapped__", self => ((PyClassMethod)self).Function);
        classMethod.Prop("__isabstractmethod__", self => IsAbstract(((PyClassMethod)self).Function));
        classMethod.Def("__repr__", self => $"<classmethod({Ops.Repr(((PyClassMethod)self).Function)})>");
        classMethod.DefNew((cls, args, kw) => args.Length == 1 ? new PyClassMethod(cls, args[0]) : throw Ops.TypeError($"classmethod expected 1 argument, got {args.Length}"));
        classMethod.DefRange("__init__", 0, -1, _ => Py.None);

        staticMethod.DefRange("__get__", 1, 2, a => ((PyStaticMethod)a[0]).Function);
        staticMethod.Prop("__func__", self => ((PyStaticMethod)self).Function);
        staticMethod.Prop("__wrapped__", self => ((PyStaticMethod)self).Function);
        staticMethod.Prop("__isabstractmethod__", self => IsAbstract(((PyStaticMethod)self).Function));
        staticMethod.Def("__repr__", self => $"<staticmethod({Ops.Repr(((PyStaticMethod)self).Function)})>");
        staticMethod.DefRaw("__call__", (args, kw) => Ops.Call(((PyStaticMethod)args[0]).Function, args[1..], kw));
        staticMethod.DefNew((cls, args, kw) => args.Length == 1 ? new PyStaticMethod(cls, args[0]) : throw Ops.TypeError($"staticmethod expected 1 argument, got {args.Length}"));
        staticMethod.DefRange("__init__", 0, -1, _ => Py.None);

        getset.DefRange("__get__", 1, 2, a => a[1] is PyNone ? a[0] : ((PyGetSet)a[0]).Getter(a[1]));
        getset.Def("__set__", (self, obj, value) =>
        {
            var gs = (PyGetSet)self;
            (gs.Setter ?? throw Ops.AttributeError(obj, gs.Name, $"attribute '{gs.Name}' of '{gs.Owner.Name}' objects is not writable"))(obj, value);
            return Py.None;
        });
        getset.Def("__repr__", self => $"<attribute '{((PyGetSet)self).Name}' of '{((PyGetSet)self).Owner.Name}' objects>");
        getset.Prop("__name__", self => ((PyGetSet)self).Name);
        member.DefRange("__get__", 1, 2, a => a[1] is PyNone ? a[0] : Ops.DescrGet((PyObject)a[0], a[1], Py.TypeOf(a[1])));
        member.Def("__set__", (self, obj, value) =>
        {
            Ops.DescrSet((PyObject)self, obj, value, delete: false);
            return Py.None;
        });
        member.Def("__delete__", (self, obj) =>
        {
            Ops.DescrSet((PyObject)self, obj, null, delete: true);
            return Py.None;
        });
        member.Def("__repr__", self => $"<member '{((PySlotMember)self).Name}' of '{((PySlotMember)self).Owner.Name}' objects>");
        member.Prop("__name__", self => ((PySlotMember)self).Name);

        super.Def("__getattribute__", (self, name) =>
            Ops.TryGetAttr(self, (string)name, out var v) ? v : throw Ops.NoAttribute(self, (string)name)).Intrinsic = Intrinsic.SuperGetAttribute;
        super.Def("__repr__", self =>
        {
            var s = (PySuper)self;
            return s.SelfType is null
                ? $"<super: <class '{s.StartAfter.Name}'>, NULL>"
                : $"<super: <class '{s.StartAfter.Name}'>, <{s.SelfType.Name} object>>";
        });
        super.Prop("__thisclass__", self => ((PySuper)self).StartAfter);
        super.Prop("__self__", self => ((PySuper)self).Self ?? Py.None);
        super.Prop("__self_class__", self => (object?)((PySuper)self).SelfType ?? Py.None);
        super.DefRange("__get__", 1, 2, a =>
        {
            var s = (PySuper)a[0];
            return a[1] is PyNone || s.Self is not null ? s : Create(s.StartAfter, a[1]);
        });
        super.DefNew((cls, args, kw) => args.Length switch
        {
            // Called without the compiler's help (not written as super() in a method): like CPython, look at the caller.
            0 => throw Ops.RuntimeError(Engine.PythonThread.CurrentOrNull?.Frame(0) is { Code.ArgCount: > 0 } ? "super(): __class__ cell not found" : "super(): no arguments"),
            1 => new PySuper(args[0] as PyType ?? throw Ops.TypeError($"super() argument 1 must be a type, not {Ops.TypeName(args[0])}"), null, null),
            _ => Create(args[0] as PyType ?? throw Ops.TypeError($"super() argument 1 must be a type, not {Ops.TypeName(args[0])}"), args[1]),
        });
        super.DefRange("__init__", 0, -1, _ => Py.None);
    }

    /// <summary>super(type, obj); the compiler calls this for zero-argument super() with the __class__ cell and the first argument.</summary>
    public static PySuper Create(PyType type, object obj)
    {
        if (obj is PyType objType && objType.IsSubtypeOf(type))
        {
            return new PySuper(type, obj, objType);
        }
        var t = Py.TypeOf(obj);
        if (t.IsSubtypeOf(type))
        {
            return new PySuper(type, obj, t);
        }
        throw Ops.TypeError("super(type, obj): obj must be an instance or subtype of type");
    }

    private static object IsAbstract(object f) =>
        Ops.TryGetAttr(f, "__isabstractmethod__", out var v) ? Py.Bool(Ops.IsTrue(v)) : Py.False;

    private static void FillProperty(PyType t)
    {
        t.DefRange("__get__", 1, 2, a => a[1] is PyNone ? a[0] : Ops.PropertyGet((PyProperty)a[0], a[1]));
        t.Def("__set__", (self, obj, value) =>
        {
            var p = (PyProperty)self;
            if (p.Setter is null or PyNone)
            {
                throw Ops.AttributeError(obj, p.Name ?? "", $"property {(p.Name is null ? "" : $"'{p.Name}' ")}of '{Ops.TypeName(obj)}' object has no setter");
            }
            Ops.Call(p.Setter, obj, value);
            return Py.None;
        });
        t.Def("__delete__", (self, obj) =>
        {
            var p = (PyProperty)self;
            if (p.Deleter is null or PyNone)
            {
                throw Ops.AttributeError(obj, p.Name ?? "", $"property {(p.Name is null ? "" : $"'{p.Name}' ")}of '{Ops.TypeName(obj)}' object has no deleter");
            }
            Ops.Call(p.Deleter, obj);
            return Py.None;
        });
        t.Def("__set_name__", (self, owner, name) =>
        {
            ((PyProperty)self).Name ??= name as string;
            return Py.None;
        });
        t.Prop("fget", self => ((PyProperty)self).Getter ?? Py.None);
        t.Prop("fset", self => ((PyProperty)self).Setter ?? Py.None);
        t.Prop("fdel", self => ((PyProperty)self).Deleter ?? Py.None);
        t.Prop("__doc__", self => ((PyProperty)self).Doc ?? Py.None, (self, v) => ((PyProperty)self).Doc = v);
        t.Prop("__isabstractmethod__", self => ((PyProperty)self).Getter is { } g ? IsAbstract(g) : Py.False);
        t.Def("getter", (self, f) => Copy((PyProperty)self, f, null, null));
        t.Def("setter", (self, f) => Copy((PyProperty)self, null, f, null));
        t.Def("deleter", (self, f) => Copy((PyProperty)self, null, null, f));
        t.DefNew((cls, args, kw) => new PyProperty(cls, null, null, null, null));
        t.DefNamed("__init__", new[] { "self", "fget", "fset", "fdel", "doc" }, 1, a =>
        {
            var p = (PyProperty)a[0]!;
            p.Getter = a[1] is PyNone ? null : a[1];
            p.Setter = a[2] is PyNone ? null : a[2];
            p.Deleter = a[3] is PyNone ? null : a[3];
            p.Doc = a[4] is null or PyNone ? (p.Getter is not null && Ops.TryGetAttr(p.Getter, "__doc__", out var d) ? d : null) : a[4];
            return Py.None;
        });
    }

    private static PyProperty Copy(PyProperty p, object? get, object? set, object? del) => new(p.Type, get ?? p.Getter, set ?? p.Setter, del ?? p.Deleter, p.Doc)
    {
        Name = p.Name,
    };
}
