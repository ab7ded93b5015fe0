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
/// that worker then answers 500, as uWSGI's "full dynamic mode" does. uWSGI loads the app once
/// before forking, so a failure is logged once: a worker failing the same way as the last one logs nothing.
/// </summary>
public sealed class WsgiHandlerFactory(WsgiOptions options) : IRequestHandlerFactory
{
    private readonly Lock _lock = new();
    private string? _lastFailure;

    /// <summary>Stack size for threads that run Python code, so deep recursion ends in RecursionError, not a crash.</summary>
    public const int ThreadStackSize = PythonEngine.PythonStackSize;

    public IRequestHandler Create(WorkerInfo worker)
    {
        var log = worker.Log;
        if (options.App is not AppSpec spec)
        {
            LogFailure(log, []);
            return new WsgiWorker(worker, options, null, null);
        }
        var started = Stopwatch.GetTimestamp();
        var engine = new PythonEngine();
        var failure = new List<string>();
        var app = engine.Run(() => TryLoad(engine, worker, spec, failure));
        if (app is null)
        {
            failure.Add("unable to load app 0 (mountpoint='') (callable not found or import error)");
            LogFailure(log, failure);
            return new WsgiWorker(worker, options, null, null);
        }
        log.AppReady(0, "", Stopwatch.GetElapsedTime(started), $"0x{RuntimeHelpers.GetHashCode(engine):x}", defaultApp: true);
        return new WsgiWorker(worker, options, engine, app);
    }

    /// <summary>Logs why no app is loaded and uWSGI's dynamic-mode line, unless the last failure logged was the same.</summary>
    private void LogFailure(IServerLog log, List<string> lines)
    {
        lines.Add("*** no app loaded. going in full dynamic mode ***");
        var text = string.Join('\n', lines);
        lock (_lock)
        {
            if (text == _lastFailure)
                return;
            _lastFailure = text;
        }
        foreach (var line in lines)
            log.Write(line);
    }

    private object? TryLoad(PythonEngine engine, WorkerInfo worker, AppSpec spec, List<string> failure)
    {
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
            failure.Add(e.Message);
        }
        catch (Exception e)
        {
            var error = CompiledOps.ToPython(e).Value;
            failure.AddRange(TracebackPrinter.Format(error).TrimEnd('\n').Split('\n'));
            if (spec.File is string file && error.Type.IsSubtypeOf(PyExc.SyntaxError))
                failure.Add($"failed to compile {file}");
        }
        return null;
    }
}
