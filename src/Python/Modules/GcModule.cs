using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Modules;

/// <summary>The <c>gc</c> module over the CLR collector (always enabled; there are no reference cycles to find by hand).</summary>
internal static class GcModule
{
    public static void Fill(PythonEngine engine, PyModule module)
    {
        var d = module.Dict!;
        d["collect"] = new PyBuiltinFunction("collect", null, 0, 1, _ =>
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            return Py.Int(0);
        });
        d["enable"] = new PyBuiltinFunction("enable", null, () => Py.None);
        d["disable"] = new PyBuiltinFunction("disable", null, () => Py.None);
        d["isenabled"] = new PyBuiltinFunction("isenabled", null, () => Py.True);
        d["get_count"] = new PyBuiltinFunction("get_count", null, () => new PyTuple([Py.Int(GC.CollectionCount(0)), Py.Int(GC.CollectionCount(1)), Py.Int(GC.CollectionCount(2))]));
    }
}
