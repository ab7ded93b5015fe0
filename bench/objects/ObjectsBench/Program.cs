using System.Diagnostics;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

// Micro-benchmarks of the object-model operations compiled code calls, printed as ns per
// operation; bench/objects.sh runs the same operations under CPython's timeit for ratios.
var dict = new PyDict();
for (var i = 0; i < 100; i++)
{
    dict["key" + i] = (long)i;
}
var list = new PyList();
var cls = (PyType)Ops.Call(Py.TypeType, "C", new PyTuple(Array.Empty<object>()), new PyDict());
var obj = Ops.Call(cls);
Ops.SetAttr(obj, "attr", 1L);
var set = new PySet();
for (var i = 0; i < 100; i++)
{
    set.Add((long)i);
}
var key = string.Concat("key", "50");
object sink = Py.None;
// Operands are boxed once, as compiled code holds them.
object i1 = 12345L, i2 = 67890L, f1 = 1.5, f2 = 2.5, i3 = 3L, i4 = 4L, one = 1L, fifty = 50L, pi = 3.14159, tenth = 0.1;

var cases = new (string Name, Action Body)[]
{
    ("dict_get_str", () => sink = dict[key]),
    ("int_add", () => sink = Ops.Add(i1, i2)),
    ("float_mul", () => sink = Ops.Multiply(f1, f2)),
    ("int_lt", () => sink = Ops.Compare(i3, i4, CompareOp.Lt)),
    ("list_append", () =>
    {
        Ops.CallMethod(list, "append", one);
        if (list.Count > 1000)
        {
            list.Clear();
        }
    }),
    ("getattr_instance", () => sink = Ops.GetAttr(obj, "attr")),
    ("set_contains", () => sink = Ops.Contains(set, fifty)),
    ("str_split", () => sink = Ops.CallMethod("a b c d", "split")),
    ("float_repr", () => sink = Ops.Repr(tenth)),
    ("format_f", () => sink = Ops.Format(pi, ".2f")),
};

foreach (var (name, body) in cases)
{
    // Best of five runs, like timeit, so load from other processes matters less.
    Measure(body, 200_000);
    var ns = double.MaxValue;
    for (var run = 0; run < 5; run++)
    {
        ns = Math.Min(ns, Measure(body, 500_000));
    }
    Console.WriteLine($"{name} {ns:F1}");
}
GC.KeepAlive(sink);

static double Measure(Action body, int iterations)
{
    var sw = Stopwatch.StartNew();
    for (var i = 0; i < iterations; i++)
    {
        body();
    }
    return sw.Elapsed.TotalMilliseconds * 1e6 / iterations;
}
