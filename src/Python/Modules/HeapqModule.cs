using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>The <c>_heapq</c> module: the heap primitives over lists (heapq.py adds merge, nlargest, nsmallest).</summary>
internal static class HeapqModule
{
    public static void Fill(PythonEngine engine, PyModule module)
    {
        var d = module.Dict!;
        d["heappush"] = new PyBuiltinFunction("heappush", null, (object heap, object item) =>
        {
            var h = List(heap, "heappush", "argument 1");
            h.Add(item);
            SiftDown(h, 0, h.Count - 1, max: false);
            return Py.None;
        });
        d["heappop"] = new PyBuiltinFunction("heappop", null, heap => Pop(List(heap, "heappop", "argument"), max: false));
        d["heapreplace"] = new PyBuiltinFunction("heapreplace", null, (object heap, object item) => Replace(List(heap, "heapreplace", "argument 1"), item, max: false));
        d["heappushpop"] = new PyBuiltinFunction("heappushpop", null, (object heap, object item) =>
        {
            var h = List(heap, "heappushpop", "argument 1");
            if (h.Count == 0 || !Ops.CompareBool(h[0], item, CompareOp.Lt))
            {
                return item;
            }
            var top = h[0];
            h[0] = item;
            SiftUp(h, 0, max: false);
            return top;
        });
        d["heapify"] = new PyBuiltinFunction("heapify", null, heap => Heapify(List(heap, "heapify", "argument"), max: false));
        d["_heappop_max"] = new PyBuiltinFunction("_heappop_max", null, heap => Pop(List(heap, "_heappop_max", "argument"), max: true));
        d["_heapreplace_max"] = new PyBuiltinFunction("_heapreplace_max", null, (object heap, object item) => Replace(List(heap, "_heapreplace_max", "argument 1"), item, max: true));
        d["_heapify_max"] = new PyBuiltinFunction("_heapify_max", null, heap => Heapify(List(heap, "_heapify_max", "argument"), max: true));
    }

    private static PyList List(object heap, string function, string position) => heap as PyList
        ?? throw Ops.TypeError($"{function}() {position} must be list, not {(heap is PyNone ? "None" : Ops.TypeName(heap))}");

    private static object Pop(PyList h, bool max)
    {
        if (h.Count == 0)
        {
            throw Ops.IndexError("index out of range");
        }
        var last = h[h.Count - 1];
        h.RemoveAt(h.Count - 1);
        if (h.Count == 0)
        {
            return last;
        }
        var top = h[0];
        h[0] = last;
        SiftUp(h, 0, max);
        return top;
    }

    private static object Replace(PyList h, object item, bool max)
    {
        if (h.Count == 0)
        {
            throw Ops.IndexError("index out of range");
        }
        var top = h[0];
        h[0] = item;
        SiftUp(h, 0, max);
        return top;
    }

    private static object Heapify(PyList h, bool max)
    {
        for (var i = h.Count / 2 - 1; i >= 0; i--)
        {
            SiftUp(h, i, max);
        }
        return Py.None;
    }

    private static bool Before(object a, object b, bool max) => max ? Ops.CompareBool(b, a, CompareOp.Lt) : Ops.CompareBool(a, b, CompareOp.Lt);

    // Moves the item at pos towards start while it orders before its parent.
    private static void SiftDown(PyList h, int start, int pos, bool max)
    {
        var item = h[pos];
        while (pos > start)
        {
            var parentPos = (pos - 1) >> 1;
            var parent = h[parentPos];
            if (!Before(item, parent, max))
            {
                break;
            }
            h[pos] = parent;
            pos = parentPos;
        }
        h[pos] = item;
    }

    // Bubbles the smaller child up to a leaf, then sifts the item down from there: fewer comparisons on average.
    private static void SiftUp(PyList h, int pos, bool max)
    {
        var end = h.Count;
        var start = pos;
        var item = h[pos];
        var child = 2 * pos + 1;
        while (child < end)
        {
            var right = child + 1;
            if (right < end && !Before(h[child], h[right], max))
            {
                child = right;
            }
            h[pos] = h[child];
            pos = child;
            child = 2 * pos + 1;
        }
        h[pos] = item;
        SiftDown(h, start, pos, max);
    }
}
