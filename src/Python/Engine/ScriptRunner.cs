using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Engine;

/// <summary>Runs a file as the <c>__main__</c> module, like <c>python3 FILE args</c>, and reports its exit status.</summary>
public static class ScriptRunner
{
    /// <summary>
    /// Runs <paramref name="path"/> with sys.argv = [path, args...] on a large-stack thread. Uncaught
    /// exceptions print CPython's traceback on stderr and give status 1; SystemExit gives its code.
    /// The atexit handlers run at the end either way and do not change the status.
    /// </summary>
    public static int Run(PythonEngine engine, string path, IReadOnlyList<string> args)
    {
        return engine.Run(() =>
        {
            var sys = engine.SysModule.Dict!;
            var status = RunMain(engine, path, args);
            // CPython's order: the uncaught traceback (printed by RunMain), atexit handlers, then files flushed.
            engine.RunExitHandlers();
            engine.Sys.Stdout.Writer?.Flush();
            if (sys.TryGetValue("stdout", out var current) && current is not Modules.TextStream)
            {
                TryFlush(current);
            }

            return status;
        });
    }

    private static int RunMain(PythonEngine engine, string path, IReadOnlyList<string> args)
    {
        var sys = engine.SysModule.Dict!;
        sys["argv"] = new PyList([path, .. args]);
        var dir = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        engine.Sys.PathList.Insert(0, dir);
        foreach (var p in (Environment.GetEnvironmentVariable("PYTHONPATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            engine.Sys.PathList.Insert(1, p);
        }

        string source;
        try
        {
            source = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            engine.Sys.Stderr.Write($"{Path.GetFileName(Environment.ProcessPath ?? "ironuwsgi")}: can't open file '{Path.GetFullPath(path)}': [Errno 2] No such file or directory\n");
            return 2;
        }

        // Like CPython 3.9+, the script's __file__ and code file name are absolute.
        var fullPath = Path.GetFullPath(path);
        var main = new PyModule("__main__");
        main.Dict!["__file__"] = fullPath;
        main.Dict["__builtins__"] = engine.BuiltinsModule;
        engine.Modules["__main__"] = main;
        try
        {
            engine.Exec(engine.Compile(source, fullPath, "__main__"), main.Dict);
            return 0;
        }
        catch (PythonException e) when (e.Value.Type.IsSubtypeOf(PyExc.SystemExit))
        {
            return ExitStatus(engine, e.Value);
        }
        catch (Exception e)
        {
            var exc = Compiling.Runtime.CompiledOps.ToPython(e).Value;
            engine.Sys.Stdout.Writer?.Flush();
            engine.Sys.Stderr.Write(TracebackPrinter.Format(exc));
            // CPython ends an uncaught KeyboardInterrupt by SIGINT: a shell sees status 128 + 2.
            return exc.Type.IsSubtypeOf(PyExc.KeyboardInterrupt) ? 130 : 1;
        }
    }

    internal static int ExitStatus(PythonEngine engine, PyBaseException exit)
    {
        var code = exit.Args.Count == 0 ? Py.None : exit.Args.Count == 1 ? exit.Args[0] : exit.Args;
        switch (code)
        {
            case PyNone:
                return 0;
            case long l:
                return (int)l;
            case bool b:
                return b ? 1 : 0;
            default:
                engine.Sys.Stdout.Writer?.Flush();
                engine.Sys.Stderr.Write(Ops.Str(code) + "\n");
                return 1;
        }
    }

    private static void TryFlush(object stream)
    {
        if (Ops.TryGetAttr(stream, "flush", out var flush))
        {
            Ops.Call(flush);
        }
    }
}
