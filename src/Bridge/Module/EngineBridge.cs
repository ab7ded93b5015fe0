using System.Collections.Concurrent;
using IronUwsgi.Bridge.Terms;
using IronUwsgi.Python.Compiling.Runtime;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Bridge.Module;

/// <summary>
/// The uwsgi module's state in one engine: its term classes and converter, and the callables the
/// app gave to register_rpc and erlang_register_process. Engines share nothing, so neither does this.
/// </summary>
internal sealed class EngineBridge(PythonEngine engine, int workerId, Action<string> log)
{
    private TermConverter? _converter;

    public PythonEngine Engine => engine;

    public int WorkerId => workerId;

    public ConcurrentDictionary<string, object> RpcFunctions { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, object> Processes { get; } = new(StringComparer.Ordinal);

    /// <summary>Set when the module is first imported in this engine.</summary>
    public PyModule? Module { get; private set; }

    public TermConverter Converter => _converter ?? throw new InvalidOperationException("the uwsgi module was not imported in this engine");

    public void Log(string line) => log(line);

    /// <summary>Called while the module fills, on a thread attached to the engine.</summary>
    public void Attach(PyModule module)
    {
        Module = module;
        _converter = new TermConverter(TermTypes.Define(engine));
    }

    /// <summary>The module, importing it first when the app never did (the thread must be attached).</summary>
    public PyModule EnsureModule()
    {
        if (Module is null)
            engine.Import("uwsgi");
        return Module!;
    }

    /// <summary>uwsgi.erlang_func as the app set it now, or null.</summary>
    public object? ErlangFunc() =>
        Ops.TryGetAttr(EnsureModule(), "erlang_func", out var f) && f is not PyNone ? f : null;

    /// <summary>Logs a Python exception with its traceback, line by line, as uWSGI logs app errors.</summary>
    public void LogException(Exception e)
    {
        foreach (var line in TracebackPrinter.Format(CompiledOps.ToPython(e).Value).TrimEnd('\n').Split('\n'))
            log(line);
    }

    /// <summary>Raises uwsgi.ErlangError (or ErlangTimeout) with <paramref name="message"/>.</summary>
    public PythonException Error(string message, bool timeout = false)
    {
        var type = timeout ? Converter.Types.Timeout : Converter.Types.Error;
        return ((PyBaseException)Ops.Call(type, message)).ToClr();
    }
}
