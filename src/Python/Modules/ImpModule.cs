using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>The <c>_imp</c> module: the import system's lookups that importlib builds on.</summary>
internal static class ImpModule
{
    public static void Fill(PythonEngine engine, PyModule module)
    {
        var d = module.Dict!;

        // find(fullname) -> (origin, package folder or None, kind, embedded source or None) or None;
        // a dotted name needs its parent imported.
        d["find"] = new PyBuiltinFunction("find", null, name =>
        {
            var fullName = name as string ?? throw Ops.TypeError($"module name must be str, not {Ops.TypeName(name)}");
            if (engine.Importer.Find(fullName) is not { } found)
            {
                return Py.None;
            }

            var kind = found.Kind switch
            {
                ModuleKind.Native => "builtin",
                ModuleKind.Embedded => "frozen",
                _ => "source",
            };
            return new PyTuple([found.Origin, (object?)found.PackageDir ?? Py.None, kind, (object?)found.Source ?? Py.None]);
        });
        d["reload"] = new PyBuiltinFunction("reload", null, m => engine.Importer.Reload(m as PyModule ?? throw Ops.TypeError("reload() argument must be a module")));
    }
}
