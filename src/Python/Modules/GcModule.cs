using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>The <c>gc</c> module over the CLR collector (always enabled; there are no reference cycles to find by hand).</summary>
internal static class GcModule
{
    public static void Fill(PythonEngine engine, PyModule module)
    {
        var d = module.Dict!;
        var callbacks = new PyList();
        d["callbacks"] = callbacks;
        d["collect"] = new PyBuiltinFunction("collect", null, 0, 1, _ =>
        {
            var info = new PyDict { ["generation"] = Py.Int(2), ["collected"] = Py.Int(0), ["uncollectable"] = Py.Int(0) };
            RunCallbacks(callbacks, "start", info);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            RunCallbacks(callbacks, "stop", info);
            return Py.Int(0);
        });
        d["enable"] = new PyBuiltinFunction("enable", null, () => Py.None);
        d["disable"] = new PyBuiltinFunction("disable", null, () => Py.None);
        d["isenabled"] = new PyBuiltinFunction("isenabled", null, () => Py.True);
        d["get_count"] = new PyBuiltinFunction("get_count", null, () => new PyTuple([Py.Int(GC.CollectionCount(0)), Py.Int(GC.CollectionCount(1)), Py.Int(GC.CollectionCount(2))]));
    }

    // gc.callbacks hooks run around each collection, as CPython's do (weakref sweeps its callbacks on "stop").
    private static void RunCallbacks(PyList callbacks, string phase, PyDict info)
    {
        foreach (var callback in callbacks.RawItems[..callbacks.Count])
        {
            Ops.Call(callback, phase, info);
        }
    }
}
