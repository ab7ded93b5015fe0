using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Compiling.Runtime;

/// <summary>import statements, handed to the engine's importer.</summary>
internal static partial class CompiledOps
{
    public static object ImportModule(PythonThread thread, string name, PyDict globals, bool bindsLeaf) =>
        thread.Engine.Importer.ImportModule(name, globals, 0, bindsLeaf);

    public static object ImportFrom(PythonThread thread, string name, PyDict globals, string[] names, int level) =>
        thread.Engine.Importer.ImportFrom(name, globals, names, level);

    public static object ImportName(PythonThread thread, object module, string name) => thread.Engine.Importer.ImportName(module, name);

    public static void ImportStar(PythonThread thread, object module, PyDict target) => thread.Engine.Importer.ImportStar(module, target);

    /// <summary>A yield from operand: generators delegate directly, anything else through its iterator.</summary>
    public static object YieldFromIter(object source) => source is Generators.PyGenerator ? source : Python.Runtime.Ops.GetIter(source);
}
