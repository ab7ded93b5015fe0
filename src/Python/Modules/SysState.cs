using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>The <c>sys</c> module of one engine: argv, path, modules, standard streams, limits and frames.</summary>
internal sealed class SysState
{
    private static readonly PyType VersionInfoType = MakeStructType("version_info", ["major", "minor", "micro", "releaselevel", "serial"]);

    private static readonly PyType FloatInfoType = MakeStructType("float_info", ["max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"]);

    private static readonly PyType ImplementationType = MakeStructType("implementation", ["name", "cache_tag", "version", "hexversion"], "namespace");

    private static readonly PyType IntInfoType = MakeStructType("int_info", ["bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"]);

    private static readonly PyType HashInfoType = MakeStructType("hash_info", ["width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"]);

    private static readonly PyType FlagsType = MakeStructType("flags", ["debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"]);

    private readonly PyList path = new();
    private readonly PyModule module;

    public SysState(PythonEngine engine, PyModule sys)
    {
        module = sys;
        var d = sys.Dict!;
        var stdout = new TextStream("<stdout>", TextStream.Buffered(Console.OpenStandardOutput()), null);
        var stderr = new TextStream("<stderr>", new StreamWriter(Console.OpenStandardError(), new System.Text.UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" }, null) { FlushFirst = stdout };
        var stdin = new TextStream("<stdin>", null, Console.In);
        Stdout = stdout;
        Stderr = stderr;
        d["stdout"] = d["__stdout__"] = stdout;
        d["stderr"] = d["__stderr__"] = stderr;
        d["stdin"] = d["__stdin__"] = stdin;
        d["argv"] = new PyList([""]);
        d["warnoptions"] = new PyList();
        d["path"] = path;
        d["modules"] = engine.Modules;
        d["version"] = "3.11.7 (IronUwsgi, .NET)";
        d["version_info"] = new PyTuple(VersionInfoType, [Py.Int(3), Py.Int(11), Py.Int(7), "final", Py.Int(0)]);
        d["hexversion"] = Py.Int(0x030B07F0);
        d["platform"] = OperatingSystem.IsWindows() ? "win32" : OperatingSystem.IsMacOS() ? "darwin" : "linux";
        d["byteorder"] = BitConverter.IsLittleEndian ? "little" : "big";
        d["maxsize"] = Py.Int(long.MaxValue);
        d["maxunicode"] = Py.Int(0x10FFFF);
        d["executable"] = Environment.ProcessPath ?? "";
        d["prefix"] = d["exec_prefix"] = d["base_prefix"] = AppContext.BaseDirectory;
        d["builtin_module_names"] = new PyTuple(["builtins", "sys"]);
        d["dont_write_bytecode"] = Py.True;
        d["flags"] = new PyTuple(FlagsType, [Py.Int(0), Py.Int(0), Py.Int(0), Py.Int(0), Py.Int(1), Py.Int(0), Py.Int(0), Py.Int(0), Py.Int(0), Py.Int(0), Py.Int(0), Py.Int(1), Py.Int(0), Py.False, Py.Int(0), Py.Int(0), Py.False, Py.Int(-1)]);
        d["int_info"] = new PyTuple(IntInfoType, [Py.Int(30), Py.Int(4), Py.Int(4300), Py.Int(640)]);
        d["hash_info"] = new PyTuple(HashInfoType, [Py.Int(64), Py.Int((1L << 61) - 1), Py.Int(314159), Py.Int(0), Py.Int(1000003), "siphash13", Py.Int(64), Py.Int(128), Py.Int(0)]);
        d["float_repr_style"] = "short";
        d["api_version"] = Py.Int(1013);
        d["platlibdir"] = "lib";
        d["orig_argv"] = new PyList();
        d["meta_path"] = new PyList();
        d["path_hooks"] = new PyList();
        d["path_importer_cache"] = new PyDict();
        d["implementation"] = Implementation();
        d["getsizeof"] = new PyBuiltinFunction("getsizeof", null, 1, 2, args => Py.Int(ObjectSize.Of(args[0])));
        d["is_finalizing"] = new PyBuiltinFunction("is_finalizing", null, () => Py.False);
        d["get_int_max_str_digits"] = new PyBuiltinFunction("get_int_max_str_digits", null, () => Py.Int(4300));
        d["excepthook"] = d["__excepthook__"] = new PyBuiltinFunction("excepthook", null, (type, value, tb) =>
        {
            Stderr.Write(value is PyBaseException e ? TracebackPrinter.Format(e) : Ops.Str(value) + "\n");
            return Py.None;
        });
        d["float_info"] = new PyTuple(FloatInfoType, [double.MaxValue, Py.Int(1024), Py.Int(308), 2.2250738585072014e-308, Py.Int(-1021), Py.Int(-307), Py.Int(15), Py.Int(53), 2.220446049250313e-16, Py.Int(2), Py.Int(1)]);
        d["ps1"] = ">>> ";
        d["ps2"] = "... ";
        d["getrecursionlimit"] = new PyBuiltinFunction("getrecursionlimit", null, () => Py.Int(engine.RecursionLimit));
        d["setrecursionlimit"] = new PyBuiltinFunction("setrecursionlimit", null, limit =>
        {
            var n = Ops.IndexAsLong(limit);
            if (n < 1)
            {
                throw Ops.ValueError("recursion limit must be greater or equal than 1");
            }

            engine.RecursionLimit = (int)Math.Min(n, int.MaxValue);
            return Py.None;
        });
        d["displayhook"] = d["__displayhook__"] = new PyBuiltinFunction("displayhook", null, (object value) => DisplayHook(engine, value));
        d["exit"] = new PyBuiltinFunction("exit", null, 0, 1, Exit);
        d["exc_info"] = new PyBuiltinFunction("exc_info", null, () =>
            PythonThread.Current.Handled is { } e ? new PyTuple([e.Type, e, e.Traceback]) : new PyTuple([Py.None, Py.None, Py.None]));
        d["exception"] = new PyBuiltinFunction("exception", null, () => (object?)PythonThread.Current.Handled ?? Py.None);
        d["_getframe"] = new PyBuiltinFunction("_getframe", null, 0, 1, args => GetFrame(args.Length == 0 ? 0 : (int)Ops.IndexAsLong(args[0])));
        d["intern"] = new PyBuiltinFunction("intern", null, s => s is string str ? string.Intern(str) : throw Ops.TypeError($"intern() argument must be str, not {(s is PyNone ? "None" : Py.TypeOf(s).Name)}"));
        d["getdefaultencoding"] = new PyBuiltinFunction("getdefaultencoding", null, () => "utf-8");
        d["getfilesystemencoding"] = new PyBuiltinFunction("getfilesystemencoding", null, () => "utf-8");
    }

    public TextStream Stdout { get; private set; }

    public TextStream Stderr { get; private set; }

    public void Redirect(TextWriter stdout, TextWriter? stderr)
    {
        var d = module.Dict!;
        Stdout = new TextStream("<stdout>", stdout, null);
        d["stdout"] = d["__stdout__"] = Stdout;
        if (stderr is not null)
        {
            Stderr = new TextStream("<stderr>", stderr, null) { FlushFirst = Stdout };
            d["stderr"] = d["__stderr__"] = Stderr;
        }
    }

    /// <summary>sys.path as strings (entries that are not str are skipped, as CPython's finders do).</summary>
    public IEnumerable<string> Path => path.ToArray().OfType<string>();

    public PyList PathList => path;

    /// <summary>sys.exit([status]), also builtins exit() and quit(): raises SystemExit.</summary>
    /// A None status gives no arguments and a tuple status gives its items, as PyErr_SetObject does.
    public static object Exit(object[] args) =>
        throw new PyBaseException(PyExc.SystemExit, args.Length == 0 || args[0] is PyNone ? Py.EmptyTuple : args[0] as PyTuple ?? new PyTuple([args[0]])).ToClr();

    // sys.implementation names this implementation; cache_tag None means no bytecode caching.
    private static PyTuple Implementation() =>
        new(ImplementationType, ["ironuwsgi", Py.None, new PyTuple(VersionInfoType, [Py.Int(3), Py.Int(11), Py.Int(7), "final", Py.Int(0)]), Py.Int(0x030B07F0)]);

    // CPython's sys.displayhook: None shows nothing; otherwise builtins._ is the value and its repr is printed.
    private object DisplayHook(PythonEngine engine, object value)
    {
        if (value is PyNone)
        {
            return Py.None;
        }
        var builtins = engine.Builtins;
        builtins["_"] = Py.None;
        var text = Ops.Repr(value);
        var stdout = module.Dict!.TryGetValue("stdout", out var s) ? s : throw Ops.Error(PyExc.RuntimeError, "lost sys.stdout");
        Ops.Call(Ops.GetAttr(stdout, "write"), text + "\n");
        builtins["_"] = value;
        return Py.None;
    }

    private static object GetFrame(int depth) =>
        PythonThread.Current.FrameObject(depth) ?? throw Ops.ValueError("call stack is not deep enough");

    // A tuple subclass whose items are also attributes, like CPython's struct sequences.
    private static PyType MakeStructType(string name, string[] names, string? reprName = null)
    {
        var t = Py.Bare(name, Py.TupleType);
        t.Type = Py.TypeType;
        t.Namespace.Type = Py.DictType;
        t.Namespace["__doc__"] = Py.None;
        t.Namespace["__module__"] = "sys";
        for (var i = 0; i < names.Length; i++)
        {
            var index = i;
            t.Prop(names[i], self => ((PyTuple)self)[index]);
        }

        t.Def("__repr__", self =>
        {
            var items = ((PyTuple)self).Items;
            return (reprName ?? "sys." + name) + "(" + string.Join(", ", names.Select((n, i) => n + "=" + Ops.Repr(items[i]))) + ")";
        });

        Py.ReadyBuiltin(t);
        return t;
    }
}
