using System.Text;
using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>The functions, types and constants of the <c>builtins</c> module of one engine.</summary>
internal static partial class BuiltinFunctions
{
    public static void Fill(PythonEngine engine, PyDict b)
    {
        AddTypes(b);
        AddExceptions(b);
        Def(b, "print", new PyBuiltinFunction("print", null, (object[] args, string[]? kw) => Print(engine, args, kw)));
        Def(b, "len", new PyBuiltinFunction("len", null, o => Py.Int(Ops.Length(o))));
        Def(b, "repr", new PyBuiltinFunction("repr", null, o => Ops.Repr(o)));
        Def(b, "ascii", new PyBuiltinFunction("ascii", null, o => Ops.Ascii(o)));
        Def(b, "abs", new PyBuiltinFunction("abs", null, Ops.Absolute));
        Def(b, "hash", new PyBuiltinFunction("hash", null, o => Py.Int(Ops.Hash(o))));
        Def(b, "id", new PyBuiltinFunction("id", null, o => Py.Int(engine.Ids.Of(o))));
        Def(b, "callable", new PyBuiltinFunction("callable", null, o => Py.Bool(IsCallable(o))));
        Def(b, "divmod", new PyBuiltinFunction("divmod", null, (object a, object b) => Ops.DivMod(a, b)));
        Def(b, "pow", new PyBuiltinFunction("pow", null, ["base", "exp", "mod"], 2, a => a[2] is null || a[2] == Py.None ? Ops.Power(a[0]!, a[1]!) : Ops.Power(a[0]!, a[1]!, a[2]!)));
        Def(b, "format", new PyBuiltinFunction("format", null, 1, 2, a => Ops.Format(a[0], a.Length > 1 ? a[1] as string ?? throw Ops.TypeError($"format() argument 2 must be str, not {(a[1] is PyNone ? "None" : Ops.TypeName(a[1]))}") : "")));
        Def(b, "chr", new PyBuiltinFunction("chr", null, Chr));
        Def(b, "ord", new PyBuiltinFunction("ord", null, Ord));
        Def(b, "bin", new PyBuiltinFunction("bin", null, o => Ops.Format(Ops.Index(o), "#b")));
        Def(b, "oct", new PyBuiltinFunction("oct", null, o => Ops.Format(Ops.Index(o), "#o")));
        Def(b, "hex", new PyBuiltinFunction("hex", null, o => Ops.Format(Ops.Index(o), "#x")));
        Def(b, "getattr", new PyBuiltinFunction("getattr", null, 2, 3, GetAttr));
        Def(b, "setattr", new PyBuiltinFunction("setattr", null, (o, n, v) =>
        {
            Ops.SetAttr(o, AttrName(n, "setattr"), v);
            return Py.None;
        }));
        Def(b, "delattr", new PyBuiltinFunction("delattr", null, (object o, object n) =>
        {
            Ops.DelAttr(o, AttrName(n, "delattr"));
            return Py.None;
        }));
        Def(b, "hasattr", new PyBuiltinFunction("hasattr", null, (object o, object n) => Py.Bool(Ops.TryGetAttr(o, AttrName(n, "hasattr"), out _))));
        Def(b, "isinstance", new PyBuiltinFunction("isinstance", null, (object o, object c) => Py.Bool(Ops.IsInstance(o, c))));
        Def(b, "issubclass", new PyBuiltinFunction("issubclass", null, (object o, object c) => Py.Bool(Ops.IsSubclass(o, c))));
        Def(b, "iter", new PyBuiltinFunction("iter", null, 1, 2, a => a.Length == 1 ? Ops.GetIter(a[0]) : IsCallable(a[0]) ? new Builtins.CallableIterator(a[0], a[1]) : throw Ops.TypeError("iter(v, w): v must be callable")));
        Def(b, "next", new PyBuiltinFunction("next", null, 1, 2, Next));
        Def(b, "all", new PyBuiltinFunction("all", null, o => Py.Bool(All(o))) { Intrinsic = Intrinsic.All });
        Def(b, "any", new PyBuiltinFunction("any", null, o => Py.Bool(Any(o))) { Intrinsic = Intrinsic.Any });
        Def(b, "sum", new PyBuiltinFunction("sum", null, ["iterable", "start"], 1, Sum) { Intrinsic = Intrinsic.Sum });
        Def(b, "min", new PyBuiltinFunction("min", null, (object[] a, string[]? kw) => MinMax(a, kw, "min", CompareOp.Lt)));
        Def(b, "max", new PyBuiltinFunction("max", null, (object[] a, string[]? kw) => MinMax(a, kw, "max", CompareOp.Gt)));
        Def(b, "sorted", new PyBuiltinFunction("sorted", null, Sorted) { Intrinsic = Intrinsic.Sorted });
        Def(b, "round", new PyBuiltinFunction("round", null, ["number", "ndigits"], 1, Round));
        Def(b, "vars", new PyBuiltinFunction("vars", null, 0, 1, a => a.Length == 0 ? CurrentLocals()
            : Ops.TryGetAttr(a[0], "__dict__", out var d) ? d : throw Ops.TypeError("vars() argument must have __dict__ attribute")));
        Def(b, "globals", new PyBuiltinFunction("globals", null, () => CurrentGlobals()));
        Def(b, "locals", new PyBuiltinFunction("locals", null, () => CurrentLocals()));
        Def(b, "dir", new PyBuiltinFunction("dir", null, 0, 1, Dir));
        Def(b, "open", new PyBuiltinFunction("open", null, ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], 1, FileObject.Open));
        Def(b, "input", new PyBuiltinFunction("input", null, 0, 1, a => Input(engine, a)));
        Def(b, "enumerate", new PyBuiltinFunction("enumerate", null, ["iterable", "start"], 1, a => new Enumerate(Ops.GetIter(a[0]!), a[1] ?? Py.Int(0))));
        Def(b, "zip", new PyBuiltinFunction("zip", null, Zip));
        Def(b, "map", new PyBuiltinFunction("map", null, 0, -1, a => a.Length >= 2
            ? new MapIterator(a[0], a[1..].Select(Ops.GetIter).ToArray())
            : throw Ops.TypeError("map() must have at least two arguments.")));
        Def(b, "filter", new PyBuiltinFunction("filter", null, 0, -1, a => a.Length == 2
            ? new FilterIterator(a[0], Ops.GetIter(a[1]))
            : throw Ops.TypeError($"filter expected 2 arguments, got {a.Length}")));
        Def(b, "reversed", new PyBuiltinFunction("reversed", null, Reversed));
        Def(b, "exit", new PyBuiltinFunction("exit", null, 0, 1, SysState.Exit));
        Def(b, "quit", new PyBuiltinFunction("quit", null, 0, 1, SysState.Exit));
        Def(b, "__import__", new PyBuiltinFunction("__import__", null, ["name", "globals", "locals", "fromlist", "level"], 1, a => Import(engine, a)));
        Def(b, "exec", new PyBuiltinFunction("exec", null, ["source", "globals", "locals"], 1, a => DynamicCode.Exec(engine, a[0]!, a[1], a[2])));
        Def(b, "eval", new PyBuiltinFunction("eval", null, ["source", "globals", "locals"], 1, a => DynamicCode.Eval(engine, a[0]!, a[1], a[2])));
        Def(b, "compile", new PyBuiltinFunction("compile", null, ["source", "filename", "mode", "flags", "dont_inherit", "optimize"], 3, a => DynamicCode.Compile(engine, a[0]!, Ops.Str(a[1]!), Ops.Str(a[2]!), a[3] is { } flags ? Ops.IndexAsLong(flags) : 0)));
        b["IOError"] = b["EnvironmentError"] = PyExc.OSError;
        b["None"] = Py.None;
        b["True"] = Py.True;
        b["False"] = Py.False;
        b["Ellipsis"] = Py.Ellipsis;
        b["NotImplemented"] = Py.NotImplemented;
        b["__debug__"] = Py.True;
        b["__name__"] = "builtins";
    }

    private static void Def(PyDict b, string name, PyBuiltinFunction f)
    {
        // enumerate and reversed are types in CPython and functions here: they take the type's signature.
        f.TextSignature = TextSignatures.Functions.GetValueOrDefault(name) ?? TextSignatures.Types.GetValueOrDefault(name);
        b[name] = f;
    }

    private static void AddTypes(PyDict b)
    {
        foreach (var t in new[]
        {
            Py.ObjectType, Py.TypeType, Py.IntType, Py.BoolType, Py.FloatType, Py.ComplexType, Py.StrType, Py.BytesType,
            Py.ByteArrayType, Py.MemoryViewType, Py.ListType, Py.TupleType, Py.DictType, Py.SetType, Py.FrozenSetType, Py.RangeType, Py.SliceType,
            Py.PropertyType, Py.ClassMethodType, Py.StaticMethodType, Py.SuperType,
        })
        {
            b[t.Name] = t;
        }
    }

    private static void AddExceptions(PyDict b)
    {
        foreach (var field in typeof(PyExc).GetFields())
        {
            if (field.GetValue(null) is PyType t)
            {
                b[t.Name] = t;
            }
        }
    }

    private static object Print(PythonEngine engine, object[] args, string[]? kwnames)
    {
        var positional = args.Length - (kwnames?.Length ?? 0);
        object sep = Py.None, end = Py.None, file = Py.None, flush = Py.False;
        for (var i = 0; i < (kwnames?.Length ?? 0); i++)
        {
            var value = args[positional + i];
            switch (kwnames![i])
            {
                case "sep":
                    sep = value;
                    break;
                case "end":
                    end = value;
                    break;
                case "file":
                    file = value;
                    break;
                case "flush":
                    flush = value;
                    break;
                default:
                    throw Ops.TypeError($"'{kwnames[i]}' is an invalid keyword argument for print()");
            }
        }

        var sepText = sep == Py.None ? " " : sep as string ?? throw Ops.TypeError($"sep must be None or a string, not {Ops.TypeName(sep)}");
        var endText = end == Py.None ? "\n" : end as string ?? throw Ops.TypeError($"end must be None or a string, not {Ops.TypeName(end)}");
        var text = new StringBuilder();
        for (var i = 0; i < positional; i++)
        {
            if (i > 0)
            {
                text.Append(sepText);
            }

            text.Append(args[i] as string ?? Ops.Str(args[i]));
        }

        text.Append(endText);
        if (file == Py.None)
        {
            file = engine.SysModule.Dict!.TryGetValue("stdout", out var stdout) ? stdout : Py.None;
            if (file == Py.None)
            {
                return Py.None;
            }
        }

        if (file is TextStream stream)
        {
            stream.Write(text.ToString());
            if (Ops.IsTrue(flush))
            {
                stream.Writer?.Flush();
            }
        }
        else
        {
            Ops.CallMethod(file, "write", text.ToString());
            if (Ops.IsTrue(flush))
            {
                Ops.CallMethod(file, "flush");
            }
        }

        return Py.None;
    }

    internal static bool IsCallable(object o) => o is PyFunction or PyBuiltinFunction or PyType or PyMethod || Py.TypeOf(o).Slots[(int)SlotId.Call] is not null;

    private static object Chr(object o)
    {
        var i = Ops.IndexAsLong(o);
        if (i < 0 || i > 0x10FFFF)
        {
            throw Ops.ValueError("chr() arg not in range(0x110000)");
        }

        return i < 0x10000 ? ((char)i).ToString() : char.ConvertFromUtf32((int)i);
    }

    private static object Ord(object o)
    {
        if (o is string s)
        {
            if (s.Length == 1)
            {
                return Py.Int(s[0]);
            }

            if (s.Length == 2 && char.IsSurrogatePair(s[0], s[1]))
            {
                return Py.Int(char.ConvertToUtf32(s[0], s[1]));
            }

            throw Ops.TypeError($"ord() expected a character, but string of length {CodePoints.Length(s)} found");
        }

        if (o is PyBytes bytes)
        {
            return bytes.Value.Length == 1 ? Py.Int(bytes.Value[0]) : throw Ops.TypeError($"ord() expected a character, but string of length {bytes.Value.Length} found");
        }

        if (o is PyByteArray array)
        {
            return array.Value.Count == 1 ? Py.Int(array.Value[0]) : throw Ops.TypeError($"ord() expected a character, but string of length {array.Value.Count} found");
        }

        throw Ops.TypeError($"ord() expected string of length 1, but {Ops.TypeName(o)} found");
    }

    private static string AttrName(object n, string function) =>
        n as string ?? throw Ops.TypeError($"attribute name must be string, not '{Ops.TypeName(n)}'");

    private static object GetAttr(object[] a)
    {
        var name = AttrName(a[1], "getattr");
        if (a.Length == 2)
        {
            return Ops.GetAttr(a[0], name);
        }

        return Ops.TryGetAttr(a[0], name, out var v) ? v : a[2];
    }

    private static object Next(object[] a)
    {
        var it = a[0];
        if (it is PyGenerator g && a.Length == 1)
        {
            return g.Send(Py.None);
        }

        if (it is not PyIterator && Py.TypeOf(it).Slots[(int)SlotId.Next] is null)
        {
            throw Ops.TypeError($"'{Ops.TypeName(it)}' object is not an iterator");
        }

        if (a.Length == 1)
        {
            return Ops.Next(it);
        }

        return Ops.TryNext(it, out var v) ? v : a[1];
    }

    private static bool All(object iterable)
    {
        var it = Ops.GetIter(iterable);
        while (Ops.TryNext(it, out var v))
        {
            if (!Ops.IsTrue(v))
            {
                return false;
            }
        }

        return true;
    }

    private static bool Any(object iterable)
    {
        var it = Ops.GetIter(iterable);
        while (Ops.TryNext(it, out var v))
        {
            if (Ops.IsTrue(v))
            {
                return true;
            }
        }

        return false;
    }

    private static object Sum(object?[] a)
    {
        var total = a[1] ?? Py.Int(0);
        if (total is string)
        {
            throw Ops.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
        }

        if (total is PyBytes)
        {
            throw Ops.TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
        }

        var it = Ops.GetIter(a[0]!);
        while (Ops.TryNext(it, out var v))
        {
            total = Ops.Add(total, v);
        }

        return total;
    }

    private static object MinMax(object[] args, string[]? kwnames, string name, CompareOp better)
    {
        var positional = args.Length - (kwnames?.Length ?? 0);
        object? key = null, fallback = null;
        for (var i = 0; i < (kwnames?.Length ?? 0); i++)
        {
            switch (kwnames![i])
            {
                case "key":
                    key = args[positional + i] == Py.None ? null : args[positional + i];
                    break;
                case "default":
                    fallback = args[positional + i];
                    break;
                default:
                    throw Ops.TypeError($"'{kwnames[i]}' is an invalid keyword argument for {name}()");
            }
        }

        if (positional == 0)
        {
            throw Ops.TypeError($"{name} expected at least 1 argument, got 0");
        }

        if (positional > 1 && fallback is not null)
        {
            throw Ops.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
        }

        var it = positional == 1 ? Ops.GetIter(args[0]) : Ops.GetIter(new PyTuple(args[..positional]));
        object? best = null, bestKey = null;
        while (Ops.TryNext(it, out var v))
        {
            var k = key is null ? v : Ops.Call(key, v);
            if (best is null || Ops.CompareBool(k, bestKey!, better))
            {
                best = v;
                bestKey = k;
            }
        }

        return best ?? fallback ?? throw Ops.ValueError($"{name}() arg is an empty sequence");
    }

    private static object Sorted(object[] args, string[]? kwnames)
    {
        var positional = args.Length - (kwnames?.Length ?? 0);
        if (positional != 1)
        {
            throw Ops.TypeError($"sorted expected 1 argument, got {positional}");
        }

        var list = new PyList(Ops.ToArray(args[0]));
        Ops.CallMethod(list, "sort", args[1..], kwnames);
        return list;
    }

    private static object Round(object?[] a)
    {
        var number = a[0]!;
        if (!Ops.TryLookupSpecial(number, "__round__", out var round))
        {
            throw Ops.TypeError($"type {Ops.TypeName(number)} doesn't define __round__ method");
        }

        return a[1] is null || a[1] == Py.None ? Ops.Call(round) : Ops.Call(round, a[1]!);
    }

    private static PyDict CurrentGlobals() =>
        PythonThread.Current.Frame(0)?.Globals ?? throw Ops.RuntimeError("no current frame");

    // A module or class body's namespace; functions answer locals() in compiled code, so only their globals are left here.
    private static PyDict CurrentLocals() => PythonThread.Current.Frame(0) is { } f ? f.Locals ?? f.Globals : throw Ops.RuntimeError("no current frame");

    private static object Dir(object[] a)
    {
        if (a.Length == 0)
        {
            var names = Ops.ToArray(CurrentLocals()).OfType<string>().Order(StringComparer.Ordinal).Select(s => (object)s).ToArray();
            return new PyList(names);
        }

        // __dir__ is looked up on the type, so dir(cls) uses type.__dir__ rather than the class's own object.__dir__.
        var dir = Ops.TryLookupSpecial(a[0], "__dir__", out var d) ? d : throw Ops.TypeError("object does not provide __dir__");
        var result = new PyList(Ops.ToArray(Ops.Call(dir)));
        Ops.CallMethod(result, "sort");
        return result;
    }

    private static object Input(PythonEngine engine, object[] a)
    {
        // The prompt goes to sys.stdout and the line comes from sys.stdin, whatever they are now.
        var sys = engine.SysModule.Dict!;
        var stdout = sys.TryGetValue("stdout", out var o) && o != Py.None ? o : throw Ops.RuntimeError("input(): lost sys.stdout");
        var stdin = sys.TryGetValue("stdin", out var i) && i != Py.None ? i : throw Ops.RuntimeError("input(): lost sys.stdin");
        if (a.Length > 0)
        {
            Ops.Call(Ops.GetAttr(stdout, "write"), Ops.Str(a[0]));
        }

        Ops.Call(Ops.GetAttr(stdout, "flush"));
        var line = Ops.Call(Ops.GetAttr(stdin, "readline")) as string ?? throw Ops.TypeError("object.readline() returned non-string");
        return line.Length == 0 ? throw Ops.Error(PyExc.EOFError, "EOF when reading a line")
            : line[^1] == '\n' ? line[..^1] : line;
    }

    private static object Zip(object[] args, string[]? kwnames)
    {
        var positional = args.Length - (kwnames?.Length ?? 0);
        var strict = false;
        for (var i = 0; i < (kwnames?.Length ?? 0); i++)
        {
            strict = kwnames![i] == "strict" ? Ops.IsTrue(args[positional + i]) : throw Ops.TypeError($"zip() got an unexpected keyword argument '{kwnames[i]}'");
        }

        return new ZipIterator(args[..positional].Select(Ops.GetIter).ToArray(), strict);
    }

    private static object Reversed(object seq)
    {
        if (Ops.TryLookupSpecial(seq, "__reversed__", out var rev))
        {
            return Ops.Call(rev);
        }

        if (Py.TypeOf(seq).Slots[(int)SlotId.GetItem] is null || seq is PyDict)
        {
            throw Ops.TypeError($"'{Ops.TypeName(seq)}' object is not reversible");
        }

        if (seq is string s && !CodePoints.IsSimple(s))
        {
            // Walks the code points once instead of locating each one from the start.
            var chars = new PyTuple(CodePoints.ToArray(s).Select(cp => (object)CodePoints.FromCodePoint(cp)).ToArray());
            return new ReversedIterator(chars, chars.Count);
        }

        return new ReversedIterator(seq, Ops.Length(seq));
    }

    private static object Import(PythonEngine engine, object?[] a)
    {
        var name = a[0] as string ?? throw Ops.TypeError("__import__() argument 1 must be str");
        var globals = a[1] as PyDict;
        var fromlist = a[3] is null || a[3] == Py.None ? [] : Ops.ToArray(a[3]!).OfType<string>().ToArray();
        var level = a[4] is null ? 0 : (int)Ops.IndexAsLong(a[4]!);
        if (fromlist.Length > 0)
        {
            return engine.Importer.ImportFrom(name, globals ?? new PyDict(), fromlist, level);
        }

        return engine.Importer.ImportModule(name, globals, level, false);
    }
}
