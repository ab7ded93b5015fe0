using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Lib;

/// <summary>importlib over a package written to a temporary folder. Expected values were printed by CPython 3.11.</summary>
public sealed class ImportlibTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("ironuwsgi-importlib-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private void Write(string relative, string text)
    {
        var path = Path.Combine(dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void ImportModuleResolvesRelativeNamesAndReloadRunsTheSourceAgain()
    {
        Write("pkg/__init__.py", "");
        Write("pkg/sub/__init__.py", "");
        Write("pkg/mod.py", "runs = globals().get('runs', 0) + 1\n");
        Write("pkg/sub/leaf.py", "NAME = __name__\n");
        var engine = new PythonEngine();
        engine.AddSearchPath(dir);
        var output = PythonRunner.Run(
            """
            import importlib, importlib.util
            m = importlib.import_module(".mod", "pkg")
            print(m.__name__, m.runs, importlib.import_module("..mod", "pkg.sub") is m, importlib.import_module("pkg.sub.leaf").NAME)
            print(importlib.reload(m) is m, m.runs)
            try:
                importlib.import_module(".x")
            except TypeError as e:
                print(e)
            spec = importlib.util.find_spec("pkg.sub")
            print(spec.name, spec.parent, len(spec.submodule_search_locations), importlib.util.find_spec("pkg.missing"))
            """,
            engine);
        Assert.Equal(
            """
            pkg.mod 1 True pkg.sub.leaf
            True 2
            the 'package' argument is required to perform a relative import for '.x'
            pkg.sub pkg.sub 1 None
            """ + "\n",
            output);
    }
}
