using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Engine;

/// <summary>
/// The import system of one engine: sys.modules first, then native modules, then
/// <c>name.py</c> or <c>name/__init__.py</c> in the parent package's __path__ or sys.path.
/// A module is in sys.modules before its body runs, so import cycles see it partly initialised.
/// </summary>
internal sealed class Importer(PythonEngine engine)
{
    // Modules whose body is still running, for the "partially initialized module" message.
    private readonly HashSet<string> initializing = new(StringComparer.Ordinal);

    // The __path__ of packages shipped in the assembly: no directory, only a marker the importer recognises.
    private const string EmbeddedPackagePath = "<frozen>";

    /// <summary><c>import a.b.c</c>: imports each prefix; returns a (or a.b.c when bound with "as").</summary>
    public object ImportModule(string name, PyDict? globals, int level, bool wantLeaf)
    {
        var full = Resolve(name, globals, level);
        var parts = full.Split('.');
        object top = Load(parts[0]);
        var current = top;
        for (var i = 1; i < parts.Length; i++)
        {
            current = Load(string.Join('.', parts, 0, i + 1));
        }

        return wantLeaf ? current : top;
    }

    /// <summary><c>from name import a, b</c>: the module, with submodules a and b imported when they are not attributes.</summary>
    public object ImportFrom(string name, PyDict globals, string[] names, int level)
    {
        var full = Resolve(name, globals, level);
        var module = ImportModule(full, null, 0, true);
        if (module is PyModule m && m.Dict!.ContainsKey("__path__"))
        {
            foreach (var n in names)
            {
                if (n != "*" && !Ops.TryGetAttr(module, n, out _))
                {
                    TryLoad(full + "." + n, out _);
                }
            }
        }

        return module;
    }

    public object ImportName(object module, string name)
    {
        if (Ops.TryGetAttr(module, name, out var value))
        {
            return value;
        }

        var moduleName = module is PyModule m ? m.Name : "?";
        if (engine.Modules.TryGetValue(moduleName + "." + name, out var sub))
        {
            return sub;
        }

        var where = module is PyModule pm && pm.Dict!.TryGetValue("__file__", out var file) && file is string f ? $" ({f})" : " (unknown location)";
        var partly = initializing.Contains(moduleName) ? "partially initialized module " : "";
        var hint = partly.Length > 0 ? " (most likely due to a circular import)" : "";
        throw ImportError($"cannot import name '{name}' from {partly}'{moduleName}'{hint}{where}", moduleName, PyExc.ImportError);
    }

    public void ImportStar(object module, PyDict target)
    {
        var source = (module as PyModule)?.Dict ?? throw Ops.TypeError("from-import-* object has no __dict__ and no __all__");
        if (source.TryGetValue("__all__", out var all))
        {
            var it = Ops.GetIter(all);
            while (Ops.TryNext(it, out var n))
            {
                var name = n as string ?? throw Ops.TypeError($"Item in {((PyModule)module).Name}.__all__ must be str, not {Ops.TypeName(n)}");
                target[name] = Ops.GetAttr(module, name);
            }

            return;
        }

        var keys = Ops.GetIter(source);
        while (Ops.TryNext(keys, out var k))
        {
            if (k is string s && !s.StartsWith('_'))
            {
                target[s] = source[s];
            }
        }
    }

    private string Resolve(string name, PyDict? globals, int level)
    {
        if (level == 0)
        {
            return name;
        }

        var package = PackageOf(globals);
        if (package.Length == 0)
        {
            throw ImportError("attempted relative import with no known parent package", null, PyExc.ImportError);
        }

        var parts = package.Split('.');
        if (level - 1 >= parts.Length)
        {
            throw ImportError("attempted relative import beyond top-level package", null, PyExc.ImportError);
        }

        var baseName = string.Join('.', parts, 0, parts.Length - (level - 1));
        return name.Length == 0 ? baseName : baseName + "." + name;
    }

    private static string PackageOf(PyDict? globals)
    {
        if (globals is null)
        {
            return "";
        }

        if (globals.TryGetValue("__package__", out var p) && p is string package)
        {
            return package;
        }

        if (globals.TryGetValue("__name__", out var n) && n is string name)
        {
            return globals.ContainsKey("__path__") ? name : name.Contains('.') ? name[..name.LastIndexOf('.')] : "";
        }

        return "";
    }

    private object Load(string fullName)
    {
        if (TryLoad(fullName, out var module))
        {
            return module;
        }

        throw ImportError($"No module named '{fullName}'", fullName, PyExc.ModuleNotFoundError);
    }

    private bool TryLoad(string fullName, out object module)
    {
        if (engine.Modules.TryGetValue(fullName, out module))
        {
            return true;
        }

        var dot = fullName.LastIndexOf('.');
        if (dot >= 0)
        {
            Load(fullName[..dot]);
            if (engine.Modules.TryGetValue(fullName, out module))
            {
                return true;
            }
        }

        if (Find(fullName) is not { } found)
        {
            module = Py.None;
            return false;
        }

        if (found.Kind == ModuleKind.Native)
        {
            var native = new PyModule(fullName) { IsBuiltin = true };
            engine.Modules[fullName] = native;
            engine.TryGetNative(fullName, out var init);
            init(engine, native);
            NameFunctionsModule(native, fullName);
            module = native;
            return true;
        }

        var parent = dot >= 0 ? engine.Modules.TryGetValue(fullName[..dot], out var p) ? p as PyModule : null : null;
        module = ExecuteSource(fullName, found, parent, dot < 0 ? fullName : fullName[(dot + 1)..]);
        return true;
    }

    /// <summary>
    /// Where <paramref name="fullName"/> would be loaded from, or null when nowhere. The parent package
    /// of a dotted name must already be imported (its __path__ is searched).
    /// </summary>
    public ModuleLocation? Find(string fullName)
    {
        var dot = fullName.LastIndexOf('.');
        var shortName = dot < 0 ? fullName : fullName[(dot + 1)..];
        IEnumerable<string> searchPath = engine.Sys.Path;
        if (dot >= 0)
        {
            var parentName = fullName[..dot];
            if (!engine.Modules.TryGetValue(parentName, out var parent) || parent is not PyModule pm || pm.Dict!.TryGetValue("__path__", out var path) != true)
            {
                throw ImportError($"No module named '{fullName}'; '{parentName}' is not a package", fullName, PyExc.ModuleNotFoundError);
            }

            searchPath = Ops.ToArray(path).OfType<string>();
        }

        if (dot < 0 && engine.TryGetNative(fullName, out _))
        {
            return new ModuleLocation(ModuleKind.Native, "built-in", null, null);
        }

        foreach (var dir in searchPath)
        {
            var folder = Path.Combine(dir.Length == 0 ? "." : dir, shortName);
            var init = Path.Combine(folder, "__init__.py");
            if (File.Exists(init))
            {
                return new ModuleLocation(ModuleKind.Source, init, folder, null);
            }

            var file = folder + ".py";
            if (File.Exists(file))
            {
                return new ModuleLocation(ModuleKind.Source, file, null, null);
            }
        }

        // Top-level names, and submodules of packages that are themselves embedded (collections.abc).
        if ((dot < 0 || searchPath.Contains(EmbeddedPackagePath)) && EmbeddedLibrary.TryGet(fullName, out var source, out var isPackage))
        {
            return new ModuleLocation(ModuleKind.Embedded, "<frozen " + fullName + ">", isPackage ? EmbeddedPackagePath : null, source);
        }

        return null;
    }

    /// <summary>importlib.reload: runs the module's source again in its existing namespace.</summary>
    public object Reload(PyModule module)
    {
        var name = module.Name;
        if (!engine.Modules.TryGetValue(name, out var current) || !ReferenceEquals(current, module))
        {
            throw ImportError($"module {name} not in sys.modules", name, PyExc.ImportError);
        }

        var found = Find(name) ?? throw ImportError($"No module named '{name}'", name, PyExc.ModuleNotFoundError);
        if (found.Kind == ModuleKind.Native)
        {
            return module;
        }

        initializing.Add(name);
        try
        {
            engine.Exec(engine.Compile(found.Source ?? File.ReadAllText(found.Origin), found.Origin, name), module.Dict!);
        }
        finally
        {
            initializing.Remove(name);
        }

        return engine.Modules.TryGetValue(name, out var final) ? final : module;
    }

    private object ExecuteSource(string fullName, ModuleLocation found, PyModule? parent, string shortName)
    {
        var module = new PyModule(fullName);
        var dict = module.Dict!;
        var packageDir = found.PackageDir;
        dict["__file__"] = found.Origin;
        dict["__package__"] = packageDir is not null ? fullName : fullName.Contains('.') ? fullName[..fullName.LastIndexOf('.')] : "";
        if (packageDir is not null)
        {
            dict["__path__"] = new PyList([packageDir]);
        }

        dict["__spec__"] = Py.None;
        dict["__loader__"] = Py.None;
        engine.Modules[fullName] = module;
        initializing.Add(fullName);
        try
        {
            engine.Exec(engine.Compile(found.Source ?? File.ReadAllText(found.Origin), found.Origin, fullName), dict);
        }
        catch
        {
            engine.Modules.Remove(fullName);
            throw;
        }
        finally
        {
            initializing.Remove(fullName);
        }

        if (parent is not null)
        {
            parent.Dict![shortName] = engine.Modules.TryGetValue(fullName, out var final) ? final : module;
        }

        return engine.Modules.TryGetValue(fullName, out var m) ? m : module;
    }

    private static PythonException ImportError(string message, string? name, PyType type)
    {
        var e = new PyBaseException(type, new PyTuple([message]));
        var dict = e.Dict = new PyDict();
        dict["name"] = name is null ? Py.None : name;
        dict["path"] = Py.None;
        dict["msg"] = message;
        return e.ToClr();
    }

    // Functions a native module defines report it as their __module__, so pickle can find them by name.
    private static void NameFunctionsModule(PyModule module, string name)
    {
        var pos = 0;
        while (module.Dict!.TryGetEntry(ref pos, out _, out var value))
        {
            if (value is PyBuiltinFunction { Owner: null, Module: null } f)
            {
                f.Module = name;
            }
        }
    }
}

/// <summary>What kind of module a name resolves to.</summary>
internal enum ModuleKind
{
    Native,
    Source,
    Embedded,
}

/// <summary>Where a module comes from: its origin (file, "built-in" or "&lt;frozen name&gt;"), package folder, embedded source.</summary>
internal readonly record struct ModuleLocation(ModuleKind Kind, string Origin, string? PackageDir, string? Source);
