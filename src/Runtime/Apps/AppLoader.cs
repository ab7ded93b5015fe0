using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Modules;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Runtime.Apps;

/// <summary>
/// Loads a WSGI callable into one engine the way uWSGI's Python plugin does: <c>--pythonpath</c>
/// folders first on sys.path, then the script's folder (<c>--wsgi-file</c>) or the current folder
/// (<c>-w</c>); a file becomes the module <c>uwsgi_file_&lt;path&gt;</c>.
/// </summary>
internal static class AppLoader
{
    /// <summary>Runs on a thread attached to <paramref name="engine"/>; a Python error escapes as <see cref="PythonException"/>, a missing callable as <see cref="AppLoadException"/>.</summary>
    public static object Load(PythonEngine engine, AppSpec app, IReadOnlyList<string> pythonPath)
    {
        var path = engine.Sys.PathList;
        int at = 0;
        foreach (var folder in pythonPath)
            path.Insert(at++, folder);
        if (app.File is string file)
        {
            path.Insert(at, Path.GetDirectoryName(Path.GetFullPath(file)) ?? ".");
            var module = LoadFile(engine, file);
            return Find(module, app.Callable) ?? throw LoadError($"unable to find \"{app.Callable}\" callable in file {file}");
        }
        path.Insert(at, Directory.GetCurrentDirectory());
        var imported = engine.Import(app.Module!);
        return Find(imported, app.Callable) ?? throw LoadError($"unable to find \"{app.Callable}\" callable in module {app.Module}");
    }

    /// <summary>uWSGI's name for a file loaded as a module: dots and slashes become underscores, <c>.py</c> goes.</summary>
    public static string ModuleName(string file)
    {
        var name = file.Replace('.', '_').Replace('/', '_').Replace('\\', '_');
        if (name.EndsWith("_py", StringComparison.Ordinal))
            name = name[..^3];
        return "uwsgi_file_" + name;
    }

    private static PyModule LoadFile(PythonEngine engine, string file)
    {
        string source;
        try
        {
            source = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Ops.Error(PyExc.FileNotFoundError, $"[Errno 2] No such file or directory: '{file}'");
        }
        var name = ModuleName(file);
        var module = new PyModule(name);
        var globals = module.Dict!;
        globals["__file__"] = file;
        globals["__builtins__"] = engine.BuiltinsModule;
        engine.Modules[name] = module;
        try
        {
            engine.Exec(engine.Compile(source, file, name), globals);
        }
        catch
        {
            engine.Modules.Remove(name);
            throw;
        }
        return module;
    }

    private static object? Find(object module, string callable) =>
        Ops.TryGetAttr(module, callable, out var value) && value is not PyNone ? value : null;

    private static AppLoadException LoadError(string message) => new(message);
}
