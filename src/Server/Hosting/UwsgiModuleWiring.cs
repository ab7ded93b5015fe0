using IronUwsgi.Bridge.Messaging;
using IronUwsgi.Bridge.Module;
using IronUwsgi.Bridge.Workers;
using IronUwsgi.Python.Engine;
using IronUwsgi.Runtime.Gateway;
using IronUwsgi.Server.Logging;
using IronUwsgi.Server.Options;

namespace IronUwsgi.Server.Hosting;

/// <summary>
/// Connects the server to the Bridge: the <c>uwsgi</c> module in every engine, and with
/// <c>--erlang</c> the C-node and the stolen worker that becomes the Erlang message manager.
/// </summary>
internal sealed class UwsgiModuleWiring : IAsyncDisposable
{
    private readonly UwsgiModuleHost _host;
    private readonly ErlangBridge? _erlang;
    private readonly ErlangWorkerPlan? _plan;
    private readonly Action<string> _log;
    private PythonEngine? _managerEngine;

    private UwsgiModuleWiring(UwsgiModuleHost host, ErlangBridge? erlang, ErlangWorkerPlan? plan, Action<string> log)
    {
        _host = host;
        _erlang = erlang;
        _plan = plan;
        _log = log;
    }

    /// <summary>Starts the Erlang node when <c>--erlang</c> is set; a bad name, cookie or missing EPMD throws <see cref="StartupException"/>.</summary>
    public static async Task<UwsgiModuleWiring> CreateAsync(ParsedOptions options, int processes, TimeSpan socketTimeout, Action<string> log)
    {
        var values = options.Values.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);
        ErlangBridge? erlang = null;
        ErlangWorkerPlan? plan = null;
        if (options.Text("erlang") is string name)
        {
            try
            {
                erlang = await ErlangBridge.StartAsync(name, options.Text("erlang-cookie"), socketTimeout, log).ConfigureAwait(false);
            }
            catch (ErlangStartupException e)
            {
                throw new StartupException(e.Message, e);
            }
            plan = ErlangWorkerPlan.For(processes);
        }
        var host = new UwsgiModuleHost(new UwsgiModuleOptions(ServerVersion.Text, values, processes, log), erlang);
        return new UwsgiModuleWiring(host, erlang, plan, log);
    }

    /// <summary>Only the stolen worker skips requests.</summary>
    public bool ServesRequests(int worker) => _plan?.ServesRequests(worker) ?? true;

    /// <summary>For <see cref="Runtime.Wsgi.WsgiOptions.PrepareEngine"/>: installs the module and remembers the manager's engine.</summary>
    public void PrepareEngine(PythonEngine engine, WorkerInfo worker)
    {
        _host.Install(engine, worker.Id);
        if (_plan?.ManagerWorker == worker.Id)
            _managerEngine = engine;
    }

    /// <summary>For a script run with --pyrun: the script's engine is worker 1 and, with a node, the message manager.</summary>
    public void PrepareScriptEngine(PythonEngine engine)
    {
        _host.Install(engine, 1);
        if (_erlang is not null)
            _managerEngine = engine;
    }

    /// <summary>
    /// After the workers spawned: logs the stolen worker's line and starts the message manager, which
    /// calls <paramref name="countRequest"/> per message and, with <paramref name="logRequests"/>, logs
    /// uWSGI's <c>[Erlang worker N pid P] request n done</c> line.
    /// </summary>
    public void StartErlangWorker(Action countRequest, bool logRequests)
    {
        if (_plan is null)
            return;
        _log(_plan.LogLine);
        if (_managerEngine is not null && _plan.ManagerWorker is int worker)
        {
            long handled = 0;
            _host.StartMessageManager(_managerEngine, () =>
            {
                countRequest();
                handled++;
                if (logRequests)
                    _log($"[Erlang worker {worker} pid {Environment.ProcessId}] request {handled} done {{rss: {Environment.WorkingSet} vsz: {VirtualSize()}}}");
            });
        }
        else if (_plan.ManagerWorker is int id)
            _log($"- worker {id} has no Python application, Erlang message manager disabled -");
    }

    // The manager handles one message at a time, so reading the process once per message is affordable.
    private static long VirtualSize()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.VirtualMemorySize64;
    }

    /// <summary>Starts the manager on the script's engine (before the script runs).</summary>
    public void StartScriptManager()
    {
        if (_managerEngine is not null)
            _host.StartMessageManager(_managerEngine);
    }

    public async ValueTask DisposeAsync()
    {
        if (_erlang is not null)
            await _erlang.DisposeAsync().ConfigureAwait(false);
    }
}
