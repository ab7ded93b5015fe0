using System.Runtime.CompilerServices;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>
/// The <c>_weakref</c> module: CLR weak references under the weakref module. Referents die when the
/// CLR collector reclaims them (not at <c>del</c> as under refcounting); weakref.py fires callbacks
/// when it next sweeps (after gc.collect() or as references are made).
/// </summary>
internal static class WeakrefModule
{
    public static void Fill(PythonEngine engine, PyModule module)
    {
        // Per engine: each referent's weak references, held weakly on both sides.
        var attached = new ConditionalWeakTable<object, List<WeakReference<object>>>();
        var d = module.Dict!;
        d["getter"] = new PyBuiltinFunction("getter", null, target =>
        {
            var weak = new WeakReference<object>(target);
            return new PyBuiltinFunction("weak_target", null, () => weak.TryGetTarget(out var alive) ? alive : Py.None);
        });
        d["attach"] = new PyBuiltinFunction("attach", null, (object target, object reference) =>
        {
            var list = attached.GetOrCreateValue(target);
            lock (list)
            {
                list.RemoveAll(w => !w.TryGetTarget(out _));
                list.Add(new WeakReference<object>(reference));
            }
            return Py.None;
        });
        d["attached"] = new PyBuiltinFunction("attached", null, target =>
        {
            var result = new PyList();
            if (attached.TryGetValue(target, out var list))
            {
                lock (list)
                {
                    foreach (var w in list)
                    {
                        if (w.TryGetTarget(out var reference))
                        {
                            result.Add(reference);
                        }
                    }
                }
            }
            return result;
        });
    }
}
