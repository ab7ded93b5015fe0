using System.Text;
using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>The <c>operator</c> module: the operators as functions, over the same Ops entry points compiled code uses.</summary>
internal static class OperatorModule
{
    private static readonly (string Name, BinaryOp Op)[] BinaryOps =
    {
        ("add", BinaryOp.Add), ("sub", BinaryOp.Sub), ("mul", BinaryOp.Mul), ("matmul", BinaryOp.MatMul),
        ("truediv", BinaryOp.TrueDiv), ("floordiv", BinaryOp.FloorDiv), ("mod", BinaryOp.Mod), ("pow", BinaryOp.Pow),
        ("lshift", BinaryOp.LShift), ("rshift", BinaryOp.RShift), ("and_", BinaryOp.And), ("or_", BinaryOp.Or), ("xor", BinaryOp.Xor),
    };

    private static readonly (string Name, CompareOp Op)[] CompareOps =
    {
        ("eq", CompareOp.Eq), ("ne", CompareOp.Ne), ("lt", CompareOp.Lt), ("le", CompareOp.Le), ("gt", CompareOp.Gt), ("ge", CompareOp.Ge),
    };

    public static void Fill(PythonEngine engine, PyModule module)
    {
        var d = module.Dict!;
        foreach (var (name, op) in BinaryOps)
        {
            var plain = name.TrimEnd('_');
            Both(d, name, "__" + plain + "__", new PyBuiltinFunction(name, null, (object a, object b) => Ops.Binary(a, b, op)));
            Both(d, "i" + plain, "__i" + plain + "__", new PyBuiltinFunction("i" + plain, null, (object a, object b) => Ops.InPlace(a, b, op)));
        }
        foreach (var (name, op) in CompareOps)
        {
            Both(d, name, "__" + name + "__", new PyBuiltinFunction(name, null, (object a, object b) => Ops.Compare(a, b, op)));
        }
        Both(d, "neg", "__neg__", new PyBuiltinFunction("neg", null, Ops.Negate));
        Both(d, "pos", "__pos__", new PyBuiltinFunction("pos", null, Ops.Positive));
        Both(d, "abs", "__abs__", new PyBuiltinFunction("abs", null, Ops.Absolute));
        Both(d, "inv", "__inv__", new PyBuiltinFunction("inv", null, Ops.Invert));
        Both(d, "invert", "__invert__", new PyBuiltinFunction("invert", null, Ops.Invert));
        Both(d, "not_", "__not__", new PyBuiltinFunction("not_", null, Ops.Not));
        d["truth"] = new PyBuiltinFunction("truth", null, a => Py.Bool(Ops.IsTrue(a)));
        Both(d, "index", "__index__", new PyBuiltinFunction("index", null, Ops.Index));
        d["is_"] = new PyBuiltinFunction("is_", null, (object a, object b) => Py.Bool(Ops.Is(a, b)));
        d["is_not"] = new PyBuiltinFunction("is_not", null, (object a, object b) => Py.Bool(!Ops.Is(a, b)));
        Both(d, "contains", "__contains__", new PyBuiltinFunction("contains", null, (object a, object b) => Py.Bool(Ops.Contains(a, b))));
        Both(d, "getitem", "__getitem__", new PyBuiltinFunction("getitem", null, (object a, object b) => Ops.GetItem(a, b)));
        Both(d, "setitem", "__setitem__", new PyBuiltinFunction("setitem", null, (object a, object b, object c) =>
        {
            Ops.SetItem(a, b, c);
            return Py.None;
        }));
        Both(d, "delitem", "__delitem__", new PyBuiltinFunction("delitem", null, (object a, object b) =>
        {
            Ops.DelItem(a, b);
            return Py.None;
        }));
        Both(d, "concat", "__concat__", new PyBuiltinFunction("concat", null, (object a, object b) => Ops.Binary(Concatenable(a, b), b, BinaryOp.Add)));
        Both(d, "iconcat", "__iconcat__", new PyBuiltinFunction("iconcat", null, (object a, object b) => Ops.InPlace(Concatenable(a, b), b, BinaryOp.Add)));
        d["countOf"] = new PyBuiltinFunction("countOf", null, (object a, object b) => Py.Int(CountOf(a, b)));
        d["indexOf"] = new PyBuiltinFunction("indexOf", null, (object a, object b) => Py.Int(IndexOf(a, b)));
        d["length_hint"] = new PyBuiltinFunction("length_hint", null, 1, 2, a => LengthHint(a[0], a.Length > 1 ? a[1] : Py.Int(0)));
        Both(d, "call", "__call__", new PyBuiltinFunction("call", null, (object[] args, string[]? kw) =>
            args.Length - (kw?.Length ?? 0) >= 1
                ? Ops.Call(args[0], args[1..], kw)
                : throw Ops.TypeError("call() missing required argument 'obj' (pos 1)")));
        d["itemgetter"] = OperatorTypes.ItemGetter;
        d["attrgetter"] = OperatorTypes.AttrGetter;
        d["methodcaller"] = OperatorTypes.MethodCaller;
    }

    private static void Both(PyDict d, string name, string dunder, PyBuiltinFunction f)
    {
        d[name] = f;
        d[dunder] = f;
    }

    private static object Concatenable(object a, object b) =>
        Py.TypeOf(a).Slots[(int)SlotId.GetItem] is null
            ? throw Ops.TypeError($"'{Ops.TypeName(a)}' object can't be concatenated")
            : a;

    private static bool Same(object x, object target) => Ops.Is(x, target) || Ops.CompareBool(x, target, CompareOp.Eq);

    private static long CountOf(object seq, object target)
    {
        var it = Ops.GetIter(seq);
        long n = 0;
        while (Ops.TryNext(it, out var x))
        {
            if (Same(x, target))
            {
                n++;
            }
        }
        return n;
    }

    private static long IndexOf(object seq, object target)
    {
        var it = Ops.GetIter(seq);
        long i = 0;
        while (Ops.TryNext(it, out var x))
        {
            if (Same(x, target))
            {
                return i;
            }
            i++;
        }
        throw Ops.ValueError("sequence.index(x): x not in sequence");
    }

    /// <summary>length_hint(obj, default): len() when defined, else __length_hint__, else the default.</summary>
    public static object LengthHint(object obj, object fallback)
    {
        if (!IntOps.IsInt(fallback))
        {
            throw Ops.TypeError($"'{Ops.TypeName(fallback)}' object cannot be interpreted as an integer");
        }
        if (Py.TypeOf(obj).Slots[(int)SlotId.Len] is not null)
        {
            return Py.Int(Ops.Length(obj));
        }
        if (!Ops.TryLookupSpecial(obj, "__length_hint__", out var hint))
        {
            return fallback;
        }
        var result = Ops.Call(hint);
        if (result is PyNotImplemented)
        {
            return fallback;
        }
        if (!IntOps.IsInt(result))
        {
            throw Ops.TypeError($"__length_hint__ must be an integer, not {Ops.TypeName(result)}");
        }
        return Ops.CompareBool(result, Py.Int(0), CompareOp.Lt)
            ? throw Ops.ValueError("__length_hint__() should return >= 0")
            : result;
    }
}

/// <summary>itemgetter, attrgetter and methodcaller: callables fixed at construction, with CPython's reprs.</summary>
internal static class OperatorTypes
{
    public static readonly PyType ItemGetter = Py.DefineType("itemgetter", null, TypeFlags.None, "operator", t =>
    {
        t.DefNew((cls, args, kw) =>
        {
            NoKeywords("itemgetter", kw);
            return args.Length == 0 ? throw Ops.TypeError("itemgetter expected 1 argument, got 0") : new ItemGetterObject(cls, args);
        });
        t.DefRaw("__call__", (args, kw) => ((ItemGetterObject)args[0]).Call(args[1..], kw));
        t.Def("__repr__", self => Ops.ReprGuarded(self, "operator.itemgetter(...)", () => "operator.itemgetter(" + Reprs(((ItemGetterObject)self).Items) + ")"));
        t.Def("__reduce__", self => new PyTuple([Py.TypeOf(self), new PyTuple(((ItemGetterObject)self).Items)]));
    });

    public static readonly PyType AttrGetter = Py.DefineType("attrgetter", null, TypeFlags.None, "operator", t =>
    {
        t.DefNew((cls, args, kw) =>
        {
            NoKeywords("attrgetter", kw);
            if (args.Length == 0)
            {
                throw Ops.TypeError("attrgetter expected 1 argument, got 0");
            }
            var paths = new string[args.Length][];
            for (var i = 0; i < args.Length; i++)
            {
                paths[i] = args[i] is string s ? s.Split('.') : throw Ops.TypeError("attribute name must be a string");
            }
            return new AttrGetterObject(cls, args, paths);
        });
        t.DefRaw("__call__", (args, kw) => ((AttrGetterObject)args[0]).Call(args[1..], kw));
        t.Def("__repr__", self => Ops.ReprGuarded(self, "operator.attrgetter(...)", () => "operator.attrgetter(" + Reprs(((AttrGetterObject)self).Names) + ")"));
        t.Def("__reduce__", self => new PyTuple([Py.TypeOf(self), new PyTuple(((AttrGetterObject)self).Names)]));
    });

    public static readonly PyType MethodCaller = Py.DefineType("methodcaller", null, TypeFlags.None, "operator", t =>
    {
        t.DefNew((cls, args, kw) =>
        {
            var positional = args.Length - (kw?.Length ?? 0);
            if (positional == 0)
            {
                throw Ops.TypeError("methodcaller needs at least one argument, the method name");
            }
            return args[0] is string name
                ? new MethodCallerObject(cls, name, args[1..], kw)
                : throw Ops.TypeError("method name must be a string");
        });
        t.DefRaw("__call__", (args, kw) => ((MethodCallerObject)args[0]).Call(args[1..], kw));
        t.Def("__repr__", self => Ops.ReprGuarded(self, "operator.methodcaller(...)", () => ((MethodCallerObject)self).Describe()));
    });

    private static void NoKeywords(string name, string[]? kw)
    {
        if (kw is { Length: > 0 })
        {
            throw Ops.TypeError($"{name}() takes no keyword arguments");
        }
    }

    internal static string Reprs(object[] items) => string.Join(", ", items.Select(Ops.Repr));

    internal static void OneArgument(string name, object[] args, string[]? kw)
    {
        NoKeywords(name, kw);
        if (args.Length != 1)
        {
            throw Ops.TypeError($"{name} expected 1 argument, got {args.Length}");
        }
    }
}

internal sealed class ItemGetterObject(PyType type, object[] items) : PyObject(type)
{
    public object[] Items => items;

    public override object Call1(object a)
    {
        if (items.Length == 1)
        {
            return Ops.GetItem(a, items[0]);
        }
        var result = new object[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            result[i] = Ops.GetItem(a, items[i]);
        }
        return new PyTuple(result);
    }

    public override object Call(object[] args, string[]? kwnames)
    {
        OperatorTypes.OneArgument("itemgetter", args, kwnames);
        return Call1(args[0]);
    }
}

internal sealed class AttrGetterObject(PyType type, object[] names, string[][] paths) : PyObject(type)
{
    public object[] Names => names;

    public override object Call1(object a)
    {
        if (paths.Length == 1)
        {
            return Resolve(a, paths[0]);
        }
        var result = new object[paths.Length];
        for (var i = 0; i < paths.Length; i++)
        {
            result[i] = Resolve(a, paths[i]);
        }
        return new PyTuple(result);
    }

    public override object Call(object[] args, string[]? kwnames)
    {
        OperatorTypes.OneArgument("attrgetter", args, kwnames);
        return Call1(args[0]);
    }

    private static object Resolve(object obj, string[] path)
    {
        foreach (var name in path)
        {
            obj = Ops.GetAttr(obj, name);
        }
        return obj;
    }
}

internal sealed class MethodCallerObject(PyType type, string name, object[] args, string[]? kwnames) : PyObject(type)
{
    public override object Call1(object a) => Ops.CallMethod(a, name, args, kwnames);

    public override object Call(object[] callArgs, string[]? callKw)
    {
        OperatorTypes.OneArgument("methodcaller", callArgs, callKw);
        return Call1(callArgs[0]);
    }

    public string Describe()
    {
        var sb = new StringBuilder("operator.methodcaller(").Append(Ops.Repr(name));
        var positional = args.Length - (kwnames?.Length ?? 0);
        for (var i = 0; i < args.Length; i++)
        {
            sb.Append(", ");
            if (i >= positional)
            {
                sb.Append(kwnames![i - positional]).Append('=');
            }
            sb.Append(Ops.Repr(args[i]));
        }
        return sb.Append(')').ToString();
    }
}
