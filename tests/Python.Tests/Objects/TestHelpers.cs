using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Tests.Objects;

/// <summary>Small builders that stand in for compiled Python code in the object-model tests.</summary>
internal static class TestHelpers
{
    /// <summary>A Python function whose body is a C# delegate over the bound arguments (in parameter order).</summary>
    public static PyFunction Function(string name, string[] parameters, Func<object[], object> body, PyTuple? defaults = null, string? qualName = null, int kwOnly = 0, CodeFlags flags = CodeFlags.None)
    {
        var extra = ((flags & CodeFlags.VarArgs) != 0 ? 1 : 0) + ((flags & CodeFlags.VarKeywords) != 0 ? 1 : 0);
        var code = new PyCode(name, qualName ?? name, "test.py", 1, parameters, parameters.Length - kwOnly - extra, 0, kwOnly, flags);
        var globals = new PyDict();
        globals["__name__"] = "__main__";
        return new PyFunction(code, globals, (f, args) => body(args)) { Defaults = defaults };
    }

    /// <summary>Runs a class statement: metaclass selection, __prepare__, the body's assignments, metaclass call.</summary>
    public static PyType Class(string name, object[] bases, params (string Name, object Value)[] members) =>
        (PyType)ClassWith(name, bases, new PyDict(), members);

    public static object ClassWith(string name, object[] bases, PyDict keywords, params (string Name, object Value)[] members)
    {
        var ns = TypeFactory.PrepareClass(name, bases, keywords, out var meta);
        Ops.SetItem(ns, "__module__", "__main__");
        Ops.SetItem(ns, "__qualname__", name);
        foreach (var (n, v) in members)
        {
            Ops.SetItem(ns, n, v);
        }
        return TypeFactory.FinishClass(meta, name, bases, ns, keywords);
    }

    /// <summary>The message of the Python exception <paramref name="action"/> raises, as "Type: message".</summary>
    public static string Raises(Action action)
    {
        try
        {
            action();
        }
        catch (PythonException e)
        {
            return Ops.FormatExceptionLine(e.Value);
        }
        return "no exception";
    }

    public static PyTuple Tuple(params object[] items) => new(items);
}
