using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Tests.Objects;

/// <summary>Small builders that stand in for compiled Python code in the object-model tests.</summary>
internal static class TestHelpers
{
    /// <summary>A Python function with positional parameters whose body is a C# delegate over the bound arguments.</summary>
    public static PyFunction Function(string name, string[] parameters, Func<object[], object> body, PyTuple? defaults = null, string? qualName = null, int kwOnly = 0, CodeFlags flags = CodeFlags.None)
    {
        var code = new PyCode(name, qualName ?? name, "test.py", 1, parameters, parameters.Length - kwOnly - ((flags & CodeFlags.VarArgs) != 0 ? 1 : 0) - ((flags & CodeFlags.VarKeywords) != 0 ? 1 : 0), 0, kwOnly, flags);
        var globals = new PyDict();
        globals["__name__"] = "__main__";
        return new PyFunction(code, globals, (f, args) => body(args)) { Defaults = defaults };
    }

    /// <summary>class name(bases): namespace built from pairs.</summary>
    public static PyType Class(string name, object[] bases, params (string Name, object Value)[] members)
    {
        var ns = new PyDict();
        ns["__module__"] = "__main__";
        ns["__qualname__"] = name;
        foreach (var (n, v) in members)
        {
            ns[n] = v;
        }
        var kw = new PyDict();
        var meta = TypeFactoryShim.Prepare(name, bases, kw, out var m);
        foreach (var (k, v) in Enumerate(ns))
        {
            Ops.SetItem(meta, k, v);
        }
        return (PyType)IronUwsgi.Python.Builtins.TypeFactory.FinishClass(m, name, bases, meta, kw);
    }

    public static IEnumerable<(object Key, object Value)> Enumerate(PyDict d)
    {
        var pos = 0;
        while (d.TryGetEntry(ref pos, out var k, out var v))
        {
            yield return (k, v);
        }
    }

    private static class TypeFactoryShim
    {
        public static object Prepare(string name, object[] bases, PyDict kw, out object meta) =>
            IronUwsgi.Python.Builtins.TypeFactory.PrepareClass(name, bases, kw, out meta);
    }

    public static object Int(long v) => Py.Int(v);

    public static PyTuple Tuple(params object[] items) => new(items);

    public static PyList List(params object[] items) => new(items);
}
