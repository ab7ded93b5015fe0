using System.Diagnostics;
using System.Runtime.CompilerServices;
using IronUwsgi.Python.Compiling.Runtime;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Modules;
using IronUwsgi.Python.Objects;
using IronUwsgi.Runtime.Apps;
using IronUwsgi.Runtime.Gateway;

namespace IronUwsgi.Runtime.Wsgi;

/// <summary>
/// Makes each worker's WSGI handler: a new isolated Python engine that loads the app (so module
/// state is per worker, as under uWSGI's prefork). A load failure is logged with its traceback;
/// that worker then answers 500, as uWSGI's "full dynamic mode" does.
/// </summary>
public sealed class WsgiHandlerFactory(WsgiOptions options) : IRequestHandlerFactory
{
    /// <summary>Stack size for threads that run Python code, so deep recursion ends in RecursionError, not a crash.</summary>
    public const int ThreadStackSize = PythonEngine.PythonStackSize;

    public IRequestHandler Create(WorkerInfo worker)
    {
        var log = worker.Log;
        if (options.App is not AppSpec spec)
        {
            log.Write("*** no app loaded. going in full dynamic mode ***");
            return new WsgiWorker(worker, options, null, null);
        }
        var started = Stopwatch.GetTimestamp();
        var engine = new PythonEngine();
        var app = engine.Run(() => TryLoad(engine, worker, spec));
        if (app is null)
        {
            log.Write("unable to load app 0 (mountpoint='') (callable not found or import error)");
            log.Write("*** no app loaded. going in full dynamic mode ***");
            return new WsgiWorker(worker, options, null, null);
        }
        log.AppReady(0, "", Stopwatch.GetElapsedTime(started), $"0x{RuntimeHelpers.GetHashCode(engine):x}", defaultApp: true);
        return new WsgiWorker(worker, options, engine, app);
    }

    private object? TryLoad(PythonEngine engine, WorkerInfo worker, AppSpec spec)
    {
        var log = worker.Log;
        // print() in an app goes out line by line, as it does under uWSGI, not at process exit.
        var stdout = new TextStream("<stdout>", new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true, NewLine = "\n" }, null);
        engine.SysModule.Dict!["stdout"] = stdout;
        try
        {
            options.PrepareEngine?.Invoke(engine, worker);
            return AppLoader.Load(engine, spec, options.PythonPath);
        }
        catch (AppLoadException e)
        {
            log.Write(e.Message);
        }
        catch (Exception e)
        {
            foreach (var line in TracebackPrinter.Format(CompiledOps.ToPython(e).Value).TrimEnd('\n').Split('\n'))
                log.Write(line);
        }
        return null;
    }
}
