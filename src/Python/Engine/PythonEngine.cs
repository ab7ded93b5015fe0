using IronUwsgi.Python.Compiling;
using IronUwsgi.Python.Compiling.Lowering;
using IronUwsgi.Python.Compiling.Symbols;
using IronUwsgi.Python.Modules;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Parsing;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Engine;

/// <summary>
/// One isolated Python interpreter: its own builtins, <c>sys</c>, module table and import path.
/// Engines share no mutable state, so several can run in one process.
/// </summary>
public sealed class PythonEngine
{
    /// <summary>Stack size of the threads <see cref="Run{T}"/> starts, so deep recursion hits RecursionError long before the CLR stack ends.</summary>
    public const int PythonStackSize = 256 * 1024 * 1024;

    private readonly Dictionary<string, Action<PythonEngine, PyModule>> nativeModules = new(StringComparer.Ordinal);

    public PythonEngine()
    {
        Modules = new PyDict();
        BuiltinsModule = new PyModule("builtins");
        Builtins = BuiltinsModule.Dict!;
        BuiltinFunctions.Fill(this, Builtins);
        Modules["builtins"] = BuiltinsModule;
        SysModule = new PyModule("sys");
        Modules["sys"] = SysModule;
        Sys = new SysState(this, SysModule);
        Importer = new Importer(this);
        NativeModules.RegisterAll(this);
    }

    /// <summary>The global lock of this engine's threads.</summary>
    internal GlobalLock Lock { get; } = new();

    /// <summary>Nesting limit of Python calls (sys.setrecursionlimit).</summary>
    public int RecursionLimit { get; set; } = 1000;

    internal PyDict Modules { get; }

    internal PyModule BuiltinsModule { get; }

    internal PyDict Builtins { get; }

    internal PyModule SysModule { get; }

    internal SysState Sys { get; }

    internal Importer Importer { get; }

    /// <summary>Code objects made by compile(), mapped to their compiled units for exec and eval.</summary>
    internal System.Runtime.CompilerServices.ConditionalWeakTable<PyCode, CodeUnit> CodeUnits { get; } = new();

    /// <summary>The `ast` module's classes and converters, once that module is imported.</summary>
    internal Modules.AstObjects? AstObjects { get; set; }

    /// <summary>Folders searched by import, in order (sys.path).</summary>
    public IReadOnlyList<string> SearchPaths => Sys.Path.ToList();

    /// <summary>Appends a folder to sys.path.</summary>
    public void AddSearchPath(string path) => Sys.PathList.Add(path);

    /// <summary>Makes <paramref name="name"/> importable as a module filled in C# on first import.</summary>
    public void RegisterModule(string name, Action<PythonEngine, PythonScope> init) =>
        nativeModules[name] = (engine, module) => init(engine, new PythonScope(module.Dict!));

    internal void RegisterNative(string name, Action<PythonEngine, PyModule> init) => nativeModules[name] = init;

    internal bool TryGetNative(string name, out Action<PythonEngine, PyModule> init) => nativeModules.TryGetValue(name, out init!);

    /// <summary>Sends sys.stdout (and sys.stderr when given) to .NET writers, e.g. to capture a script's output.</summary>
    public void RedirectOutput(TextWriter stdout, TextWriter? stderr = null)
    {
        Sys.Redirect(stdout, stderr);
    }

    /// <summary>Runs <paramref name="work"/> with this engine attached to a fresh thread with a large stack.</summary>
    public T Run<T>(Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(
            () =>
            {
                using var attached = PythonThread.Attach(this);
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    failure = e;
                }
            },
            PythonStackSize);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }

        return result;
    }

    /// <summary>Attaches the calling thread to this engine until the result is disposed.</summary>
    public IDisposable Enter() => PythonThread.Attach(this);

    /// <summary>Compiles a module's source; syntax errors surface as Python SyntaxError.</summary>
    internal CodeUnit Compile(string source, string fileName, string moduleName)
    {
        try
        {
            var tree = PythonParser.ParseModule(source, fileName);
            var symbols = SymbolTable.Build(tree, fileName);
            var unit = new SourceUnit(fileName, moduleName, symbols, Builtins);
            return unit.UnitOf(symbols.Top);
        }
        catch (PythonSyntaxError e)
        {
            throw Errors.FromSyntaxError(e);
        }
    }

    /// <summary>Runs module code in <paramref name="globals"/>.</summary>
    internal void Exec(CodeUnit module, PyDict globals, PyDict? locals = null)
    {
        if (!globals.ContainsKey("__builtins__"))
        {
            globals["__builtins__"] = BuiltinsModule;
        }

        module.Body(new BodyFrame(globals, locals ?? globals, null));
    }

    /// <summary>Imports a module by its dotted name (the engine's thread must be attached).</summary>
    public object Import(string name) => Importer.ImportModule(name, null, 0, true);

    /// <summary>Executes source text in a new <c>__main__</c>-like namespace and returns that namespace.</summary>
    public PythonScope Execute(string source, string fileName = "<string>")
    {
        var globals = new PyDict();
        globals["__name__"] = "__main__";
        Exec(Compile(source, fileName, "__main__"), globals);
        return new PythonScope(globals);
    }

    /// <summary>Calls a Python callable with positional arguments.</summary>
    public object Call(object callable, params object[] args) => Ops.Call(callable, args);
}
