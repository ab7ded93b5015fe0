using IronUwsgi.Bridge.Messaging;
using IronUwsgi.Python.Engine;

namespace IronUwsgi.Bridge.Module;

/// <summary>
/// Puts the native <c>uwsgi</c> module into the engines the server starts. With an
/// <see cref="ErlangBridge"/> the module also has the Erlang functions, and one engine can be made
/// the Erlang message manager (the stolen worker).
/// </summary>
public sealed class UwsgiModuleHost(UwsgiModuleOptions options, ErlangBridge? erlang)
{
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<PythonEngine, EngineBridge> _engines = new();

    /// <summary>Makes <c>import uwsgi</c> work in <paramref name="engine"/> for worker <paramref name="workerId"/> (1-based).</summary>
    public void Install(PythonEngine engine, int workerId)
    {
        var state = new EngineBridge(engine, workerId, options.Log);
        _engines.AddOrUpdate(engine, state);
        engine.RegisterNative("uwsgi", (_, module) => UwsgiModule.Fill(module, state, options, erlang));
    }

    /// <summary>The module state of an engine this host installed into.</summary>
    internal EngineBridge StateOf(PythonEngine engine) =>
        _engines.TryGetValue(engine, out var state) ? state : throw new InvalidOperationException("the uwsgi module was not installed in this engine");

    /// <summary>
    /// Makes <paramref name="engine"/> (installed before, its app loaded) the Erlang message manager:
    /// it runs uwsgi.erlang_func, erlang_register_process callables and register_rpc functions.
    /// </summary>
    /// <param name="handled">Called for each message the manager takes (the server counts them as the stolen worker's requests, as uWSGI does).</param>
    public void StartMessageManager(PythonEngine engine, Action? handled = null)
    {
        if (erlang is null)
            throw new InvalidOperationException("there is no Erlang node (--erlang) to manage messages for");
        erlang.StartManager(StateOf(engine), handled);
    }
}
