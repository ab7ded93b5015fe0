using IronUwsgi.Python.Compiling;
using IronUwsgi.Python.Compiling.Lowering;
using IronUwsgi.Python.Compiling.Symbols;
using IronUwsgi.Python.Hosting;
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

    private IronUwsgi.Python.Modules.Os.FileDescriptors? descriptors;

    private readonly Dictionary<string, Action<PythonEngine, PyModule>> nativeModules = new(StringComparer.Ordinal);

    // Interrupts asked for by Interrupt(), by managed thread id; the count lets checkpoints skip the lock.
    private readonly Dictionary<int, string> interrupts = [];
    private volatile int pendingInterrupts;

    public PythonEngine()
    {
        Modules = new PyDict();
        BuiltinsModule = new PyModule("builtins") { IsBuiltin = true };
        Builtins = BuiltinsModule.Dict!;
        BuiltinFunctions.Fill(this, Builtins);
        Modules["builtins"] = BuiltinsModule;
        SysModule = new PyModule("sys") { IsBuiltin = true };
        Modules["sys"] = SysModule;
        Sys = new SysState(this, SysModule);
        Importer = new Importer(this);
        NativeModules.RegisterAll(this);
    }

    /// <summary>The global lock of this engine's threads.</summary>
    internal GlobalLock Lock { get; } = new();

    /// <summary>
    /// The Python thread holding the global lock, so compiled frames find their thread state with a
    /// field read instead of a thread-static lookup. Set by every path that takes the lock.
    /// </summary>
    internal PythonThread? RunningThread;

    /// <summary>The numbers id() gives this engine's objects.</summary>
    internal ObjectIds Ids { get; } = new();

    /// <summary>Nesting limit of Python calls (sys.setrecursionlimit).</summary>
    public int RecursionLimit { get; set; } = 1000;

    internal PyDict Modules { get; }

    internal PyModule BuiltinsModule { get; }

    internal PyDict Builtins { get; }

    internal PyModule SysModule { get; }

    internal SysState Sys { get; }

    internal Importer Importer { get; }

    /// <summary>Files opened for writing, flushed when a script ends.</summary>
    internal Modules.OpenFiles OpenFiles { get; } = new();

    /// <summary>The file descriptors os.open, os.pipe, open(fd) and fileno() share, made at first use.</summary>
    internal IronUwsgi.Python.Modules.Os.FileDescriptors Descriptors => descriptors ??= IronUwsgi.Python.Modules.Os.FileDescriptors.ForPlatform();

    /// <summary>The functions registered with atexit, run by <see cref="RunExitHandlers"/>.</summary>
    internal Modules.ExitHandlers ExitHandlers { get; } = new();

    /// <summary>Objects whose __del__ runs, or generators to close, once the CLR collected them.</summary>
    internal Finalizers Finalizers { get; } = new();

    /// <summary>Codec search functions, looked-up codecs and error handlers (the codecs module's state).</summary>
    internal Builtins.CodecRegistry CodecRegistry { get; } = new();

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

    /// <summary>
    /// Stops the Python code <paramref name="thread"/> runs in this engine: at its next checkpoint (loop
    /// back-edges and calls, every thousand or so) it raises <c>KeyboardInterrupt(message)</c>, which
    /// <c>except Exception</c> does not catch, and again at each later checkpoint until the thread
    /// leaves the engine, so code that swallows it still ends. A wait outside Python (a socket, a
    /// sleep) is not interrupted; the host ends such waits itself. No effect once the thread left.
    /// </summary>
    public void Interrupt(Thread thread, string message)
    {
        lock (interrupts)
        {
            interrupts[thread.ManagedThreadId] = message;
            pendingInterrupts = interrupts.Count;
        }
    }

    /// <summary>Raises the interrupt asked for the calling thread, if any (called at checkpoints).</summary>
    internal void RaiseInterrupt()
    {
        if (pendingInterrupts == 0)
        {
            return;
        }

        string? message;
        lock (interrupts)
        {
            interrupts.TryGetValue(Environment.CurrentManagedThreadId, out message);
        }

        if (message is not null)
        {
            throw new PyBaseException(PyExc.KeyboardInterrupt, new PyTuple([message])).ToClr();
        }
    }

    /// <summary>Forgets an interrupt of the calling thread when it attaches to or leaves the engine.</summary>
    internal void ClearInterrupt()
    {
        if (pendingInterrupts == 0)
        {
            return;
        }

        lock (interrupts)
        {
            interrupts.Remove(Environment.CurrentManagedThreadId);
            pendingInterrupts = interrupts.Count;
        }
    }

    /// <summary>
    /// Ends the engine's program as CPython's exit does: runs the atexit handlers (last registered
    /// first; failures are reported on stderr), finalizes the objects __main__ held (__del__,
    /// generators left inside a try) and flushes the files its code left open. Call it on a
    /// thread attached to the engine (inside <see cref="Run{T}"/> or <see cref="Enter"/>).
    /// </summary>
    public void RunExitHandlers()
    {
        ExitHandlers.Run(this);
        if (Finalizers.AnyTracked)
        {
            // Files go out before the collection: the runtime may finalize a dropped file's stream first.
            OpenFiles.FlushAll();
            ReleaseMainGlobals();
            Finalizers.CollectAndRun(this);
        }

        OpenFiles.FlushAll();
    }

    // As CPython's shutdown frees the __main__ module, the objects only its globals hold are finalized when the program ends.
    private void ReleaseMainGlobals()
    {
        if (!Modules.TryGetValue("__main__", out var main) || main is not PyModule { Dict: { } globals })
        {
            return;
        }

        foreach (var name in Ops.ToArray(globals).OfType<string>().Where(n => n != "__builtins__"))
        {
            globals[name] = Py.None;
        }
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
            var unit = new SourceUnit(fileName, moduleName, symbols, this);
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

    /// <summary>
    /// A .NET value as a Python object: null is None; numbers, strings, bytes, dictionaries, tuples and
    /// other sequences become int, float, str, bytes, dict, tuple and list, recursively.
    /// </summary>
    public object ToPython(object? value) => HostValues.ToPython(value);

    /// <summary>
    /// A Python object as plain .NET data: None is null; int is long or BigInteger, float double, str
    /// string, bytes byte[], list List, tuple object[], dict Dictionary, set HashSet; anything else as is.
    /// </summary>
    public object? ToClr(object value) => HostValues.ToClr(value);

    /// <summary>A Python object read as <typeparamref name="T"/> (e.g. int, double, string), failing clearly when it is not one.</summary>
    public T As<T>(object value) => HostValues.As<T>(value);
}
