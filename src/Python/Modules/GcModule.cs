using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>
/// The <c>gc</c> module over the CLR collector. The CLR collects cycles itself, so enable/disable,
/// thresholds and debug flags only keep the settings CPython reports back; collect() runs the CLR's,
/// then the __del__ methods and generator closes of what it found.
/// </summary>
internal static class GcModule
{
    public static void Fill(PythonEngine engine, PyModule module)
    {
        var d = module.Dict!;
        var callbacks = new PyList();
        d["callbacks"] = callbacks;
        var enabled = true;
        var thresholds = new PyTuple([Py.Int(700), Py.Int(10), Py.Int(10)]);
        var debug = 0L;
        d["garbage"] = new PyList();
        d["DEBUG_STATS"] = Py.Int(1);
        d["DEBUG_COLLECTABLE"] = Py.Int(2);
        d["DEBUG_UNCOLLECTABLE"] = Py.Int(4);
        d["DEBUG_SAVEALL"] = Py.Int(32);
        d["DEBUG_LEAK"] = Py.Int(38);
        d["collect"] = new PyBuiltinFunction("collect", null, 0, 1, a =>
        {
            if (a.Length > 0 && Ops.IndexAsLong(a[0]) is < 0 or > 2)
            {
                throw Ops.ValueError("invalid generation");
            }

            var info = new PyDict { ["generation"] = Py.Int(2), ["collected"] = Py.Int(0), ["uncollectable"] = Py.Int(0) };
            RunCallbacks(callbacks, "start", info);
            engine.Finalizers.CollectAndRun(engine);
            RunCallbacks(callbacks, "stop", info);
            return Py.Int(0);
        });
        d["enable"] = new PyBuiltinFunction("enable", null, () =>
        {
            enabled = true;
            return Py.None;
        });
        d["disable"] = new PyBuiltinFunction("disable", null, () =>
        {
            enabled = false;
            return Py.None;
        });
        d["isenabled"] = new PyBuiltinFunction("isenabled", null, () => Py.Bool(enabled));
        d["get_threshold"] = new PyBuiltinFunction("get_threshold", null, () => thresholds);
        d["set_threshold"] = new PyBuiltinFunction("set_threshold", null, 1, 3, a =>
        {
            var items = (object[])thresholds.Items.Clone();
            for (var i = 0; i < a.Length; i++)
            {
                items[i] = Py.Int(Ops.IndexAsLong(a[i]));
            }

            thresholds = new PyTuple(items);
            return Py.None;
        });
        d["get_debug"] = new PyBuiltinFunction("get_debug", null, () => Py.Int(debug));
        d["set_debug"] = new PyBuiltinFunction("set_debug", null, flags =>
        {
            debug = Ops.IndexAsLong(flags);
            return Py.None;
        });
        d["get_stats"] = new PyBuiltinFunction("get_stats", null, () => new PyList(Enumerable.Range(0, 3).Select(g => (object)new PyDict
        {
            ["collections"] = Py.Int(GC.CollectionCount(g)),
            ["collected"] = Py.Int(0),
            ["uncollectable"] = Py.Int(0),
        }).ToArray()));
        d["is_tracked"] = new PyBuiltinFunction("is_tracked", null, o => Py.Bool(IsTracked(o)));
        d["is_finalized"] = new PyBuiltinFunction("is_finalized", null, o => Py.Bool(o is PyFinalizableInstance { Finalized: true }));
        d["get_count"] = new PyBuiltinFunction("get_count", null, () => new PyTuple([Py.Int(GC.CollectionCount(0)), Py.Int(GC.CollectionCount(1)), Py.Int(GC.CollectionCount(2))]));
    }

    // CPython tracks containers only; atoms and dicts holding only atoms are left untracked.
    private static bool IsTracked(object o) => o switch
    {
        long or int or double or bool or string or PyNone or PyBytes or System.Numerics.BigInteger => false,
        PyDict dict => dict.Count > 0 && Ops.ToArray(dict).Any(k => IsTracked(k) || IsTracked(dict[k])),
        _ => Py.TypeOf(o) != Py.ObjectType,
    };

    // gc.callbacks hooks run around each collection, as CPython's do (weakref sweeps its callbacks on "stop").
    private static void RunCallbacks(PyList callbacks, string phase, PyDict info)
    {
        foreach (var callback in callbacks.RawItems[..callbacks.Count])
        {
            Ops.Call(callback, phase, info);
        }
    }
}
