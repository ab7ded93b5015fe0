using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>
/// The functions an engine runs when it ends (the <c>atexit</c> module's state). As in CPython, an
/// unregistered slot stays counted by _ncallbacks until the handlers run or are cleared.
/// </summary>
internal sealed class ExitHandlers
{
    private sealed record Handler(object Func, object[] Args, string[]? KwNames);

    private readonly List<Handler?> handlers = [];

    public int Count => handlers.Count;

    public void Add(object func, object[] args, string[]? kwnames) => handlers.Add(new Handler(func, args, kwnames));

    /// <summary>Forgets every registration whose function equals <paramref name="func"/>.</summary>
    public void Remove(object func)
    {
        for (var i = 0; i < handlers.Count; i++)
        {
            if (handlers[i] is { } h && (ReferenceEquals(h.Func, func) || Ops.CompareBool(h.Func, func, CompareOp.Eq)))
            {
                handlers[i] = null;
            }
        }
    }

    public void Clear() => handlers.Clear();

    /// <summary>
    /// Calls the handlers registered so far, last first, each once; a failing one is reported as
    /// unraisable and the others still run. Handlers registered meanwhile are dropped, as in CPython.
    /// </summary>
    public void Run(PythonEngine engine)
    {
        for (var i = handlers.Count - 1; i >= 0; i--)
        {
            if (i >= handlers.Count || handlers[i] is not { } h)
            {
                continue;
            }
            try
            {
                Ops.Call(h.Func, h.Args, h.KwNames);
            }
            catch (Exception e)
            {
                Unraisable.Report(engine, e, "Exception ignored in atexit callback", h.Func);
            }
        }
        handlers.Clear();
    }
}

/// <summary>The <c>atexit</c> module over its engine's <see cref="ExitHandlers"/>.</summary>
internal static class AtexitModule
{
    public static void Fill(PythonEngine engine, PyModule module)
    {
        var d = module.Dict!;
        var handlers = engine.ExitHandlers;
        d["__doc__"] = "allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n";
        d["register"] = new PyBuiltinFunction("register", null, (args, kwnames) =>
        {
            var positional = args.Length - (kwnames?.Length ?? 0);
            if (positional < 1)
            {
                throw Ops.TypeError("register() takes at least 1 argument (0 given)");
            }
            var func = args[0];
            if (!BuiltinFunctions.IsCallable(func))
            {
                throw Ops.TypeError("the first argument must be callable");
            }
            handlers.Add(func, args[1..], kwnames);
            return func;
        });
        d["unregister"] = new PyBuiltinFunction("unregister", null, func =>
        {
            handlers.Remove(func);
            return Py.None;
        });
        d["_run_exitfuncs"] = new PyBuiltinFunction("_run_exitfuncs", null, () =>
        {
            handlers.Run(engine);
            return Py.None;
        });
        d["_clear"] = new PyBuiltinFunction("_clear", null, () =>
        {
            handlers.Clear();
            return Py.None;
        });
        d["_ncallbacks"] = new PyBuiltinFunction("_ncallbacks", null, () => Py.Int(handlers.Count));
    }
}
