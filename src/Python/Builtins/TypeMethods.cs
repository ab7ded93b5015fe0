using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>The methods and attributes of <c>type</c>.</summary>
internal static class TypeMethods
{
    public static void Fill(PyType t)
    {
        t.Def("__getattribute__", (self, name) =>
        {
            var n = name as string ?? throw Ops.TypeError("attribute name must be string");
            return Ops.TypeGetAttr((PyType)self, n, out var v) ? v : throw Ops.NoAttribute(self, n);
        }).Intrinsic = Intrinsic.TypeGetAttribute;
        t.Def("__setattr__", (self, name, value) =>
        {
            Ops.TypeSetAttr((PyType)self, name as string ?? throw Ops.TypeError("attribute name must be string"), value);
            return Py.None;
        }).Intrinsic = Intrinsic.TypeSetAttr;
        t.Def("__delattr__", (self, name) =>
        {
            var cls = (PyType)self;
            var n = name as string ?? throw Ops.TypeError("attribute name must be string");
            return cls.DeleteTypeAttribute(n) ? Py.None : throw Ops.NoAttribute(cls, n);
        }).Intrinsic = Intrinsic.TypeDelAttr;
        t.DefRaw("__call__", (args, kw) => TypeCall.Construct((PyType)args[0], args[1..], kw)).Intrinsic = Intrinsic.TypeCall;
        t.Def("__repr__", self =>
        {
            var cls = (PyType)self;
            var module = cls.Namespace.TryGetValue("__module__", out var m) && m is string ms && ms != "builtins" ? ms + "." : "";
            return $"<class '{module}{cls.QualName}'>";
        });
        t.DefNew((meta, args, kw) =>
        {
            if (args.Length == 1 && (kw is null || kw.Length == 0) && ReferenceEquals(meta, Py.TypeType))
            {
                return Py.TypeOf(args[0]);
            }
            if (args.Length - (kw?.Length ?? 0) != 3)
            {
                throw Ops.TypeError("type() takes 1 or 3 arguments");
            }
            var name = args[0] as string ?? throw Ops.TypeError($"type.__new__() argument 1 must be str, not {Ops.TypeName(args[0])}");
            var bases = args[1] as PyTuple ?? throw Ops.TypeError($"type.__new__() argument 2 must be tuple, not {Ops.TypeName(args[1])}");
            var ns = args[2] as PyDict ?? throw Ops.TypeError($"type.__new__() argument 3 must be dict, not {Ops.TypeName(args[2])}");
            var kwargs = TypeCall.KeywordDict(args, 3, kw);
            var created = TypeFactory.Create(meta, name, bases.Items, ns, kwargs);

            // As CPython's type_new: without __module__ in the namespace, the calling frame's module names it.
            if (created is PyType cls && !ns.ContainsKey("__module__") && !cls.Namespace.ContainsKey("__module__")
                && PythonThread.CurrentOrNull?.Frame(0)?.Globals is { } globals && globals.TryGetValue("__name__", out var module))
            {
                cls.Namespace["__module__"] = module;
            }

            return created;
        });
        t.DefRaw("__init__", (args, kw) => Py.None);
        t.Namespace["__prepare__"] = new PyClassMethod(new PyBuiltinFunction("__prepare__", null, (object[] args, string[]? kw) => new PyDict()));
        t.Prop("__name__", self => ((PyType)self).Name, (self, v) =>
        {
            var cls = HeapOnly(self, "__name__");
            cls.Name = v as string ?? throw Ops.TypeError($"can only assign string to {cls.Name}.__name__, not '{Ops.TypeName(v)}'");
        });
        t.Prop("__qualname__", self => ((PyType)self).QualName, (self, v) =>
        {
            var cls = HeapOnly(self, "__qualname__");
            cls.QualName = v as string ?? throw Ops.TypeError($"can only assign string to {cls.Name}.__qualname__, not '{Ops.TypeName(v)}'");
        });
        // type's own namespace holds this descriptor under "__module__", which is not type's module.
        t.Prop("__module__", self => !ReferenceEquals(self, Py.TypeType) && ((PyType)self).Namespace.TryGetValue("__module__", out var m) ? m : "builtins", (self, v) =>
            HeapOnly(self, "__module__").SetTypeAttribute("__module__", v));
        t.Prop("__flags__", self => Py.Int(CPythonFlags((PyType)self)));
        t.Prop("__bases__", self => new PyTuple(((PyType)self).Bases));
        t.Prop("__base__", self => ((PyType)self).Bases.Length > 0 ? ((PyType)self).Bases[0] : Py.None);
        t.Prop("__mro__", self => new PyTuple(((PyType)self).Mro));
        t.Prop("__dict__", self => new PyMappingProxy(((PyType)self).Namespace));
        t.Prop("__doc__", self => ((PyType)self).Namespace.TryGetValue("__doc__", out var d) ? DocOf(d, self) : Py.None, (self, v) =>
            HeapOnly(self, "__doc__").SetTypeAttribute("__doc__", v));
        t.Prop("__text_signature__", self => self is PyType { IsHeap: false } builtin && TextSignatures.Types.TryGetValue(builtin.Name, out var signature) ? signature : Py.None);
        t.Def("mro", self => new PyList(Array.ConvertAll(((PyType)self).Mro, x => (object)x)));
        t.Def("__subclasses__", self =>
        {
            var list = new PyList();
            foreach (var s in ((PyType)self).LiveSubclasses())
            {
                list.Add(s);
            }
            return list;
        });
        t.Def("__instancecheck__", (self, inst) => Py.Bool(Py.TypeOf(inst).IsSubtypeOf((PyType)self)));
        t.Def("__subclasscheck__", (self, sub) => Py.Bool(sub is PyType st ? st.IsSubtypeOf((PyType)self) : throw Ops.TypeError("issubclass() arg 1 must be a class")));
        t.Def("__dir__", self => ObjectMethods.Dir(self));
    }

    private static object DocOf(object d, object cls) =>
        d is PyObject p && !(p is PyNone) && p.Type.Slots[(int)SlotId.Get] is not null ? Ops.DescrGet(p, null, (PyType)cls) : d;

    private static PyType HeapOnly(object self, string attr)
    {
        var cls = (PyType)self;
        if (!cls.IsHeap)
        {
            throw Ops.TypeError($"cannot set '{attr}' attribute of immutable type '{cls.Name}'");
        }
        return cls;
    }
    // The bits of CPython's tp_flags that describe a class here: copyreg and pickle test HEAPTYPE, others the fast subclass bits.
    private static long CPythonFlags(PyType type)
    {
        var flags = 1L << 12;
        flags |= type.IsHeap ? 1L << 9 : 1L << 8;
        if ((type.Flags & TypeFlags.BaseType) != 0)
        {
            flags |= 1 << 10;
        }
        (PyType Base, int Bit)[] subclassBits =
        [
            (Py.IntType, 24), (Py.ListType, 25), (Py.TupleType, 26), (Py.BytesType, 27),
            (Py.StrType, 28), (Py.DictType, 29), (PyExc.BaseException, 30), (Py.TypeType, 31),
        ];
        foreach (var (b, bit) in subclassBits)
        {
            if (type.IsSubtypeOf(b))
            {
                flags |= 1L << bit;
            }
        }
        return flags;
    }
}
