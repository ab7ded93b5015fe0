using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Runtime;

/// <summary>Builders of the exceptions the runtime raises, with CPython's messages.</summary>
internal static partial class Ops
{
    /// <summary>Creates (does not throw) a Python exception of <paramref name="type"/> with one message argument.</summary>
    public static PythonException Error(PyType type, string message) =>
        new PyBaseException(type, new PyTuple(new object[] { message })).ToClr();

    public static PythonException TypeError(string message) => Error(PyExc.TypeError, message);

    public static PythonException ValueError(string message) => Error(PyExc.ValueError, message);

    public static PythonException IndexError(string message) => Error(PyExc.IndexError, message);

    public static PythonException OverflowError(string message) => Error(PyExc.OverflowError, message);

    public static PythonException ZeroDivisionError(string message) => Error(PyExc.ZeroDivisionError, message);

    public static PythonException RuntimeError(string message) => Error(PyExc.RuntimeError, message);

    public static PythonException NameError(string name)
    {
        var e = new PyBaseException(PyExc.NameError, new PyTuple(new object[] { $"name '{name}' is not defined" }));
        (e.Dict = new PyDict())["name"] = name;
        return e.ToClr();
    }

    /// <summary>UnboundLocalError for a local read before assignment (3.11 wording).</summary>
    public static PythonException UnboundLocal(string name)
    {
        var e = new PyBaseException(PyExc.UnboundLocalError, new PyTuple(new object[] { $"cannot access local variable '{name}' where it is not associated with a value" }));
        (e.Dict = new PyDict())["name"] = name;
        return e.ToClr();
    }

    public static PythonException KeyError(object key) =>
        new PyBaseException(PyExc.KeyError, new PyTuple(new[] { key })).ToClr();

    public static PythonException StopIteration(object? value = null) =>
        new PyBaseException(PyExc.StopIteration, value is null ? Py.EmptyTuple : new PyTuple(new[] { value })).ToClr();

    /// <summary>AttributeError with its name and obj attributes set (as CPython 3.10+).</summary>
    public static PythonException AttributeError(object obj, string name, string message)
    {
        var e = new PyBaseException(PyExc.AttributeError, new PyTuple(new object[] { message }));
        var d = e.Dict = new PyDict();
        d["name"] = name;
        d["obj"] = obj;
        return e.ToClr();
    }

    public static PythonException NoAttribute(object obj, string name)
    {
        var message = obj switch
        {
            PyType t => $"type object '{t.Name}' has no attribute '{name}'",
            PyModule m => $"module '{m.Name}' has no attribute '{name}'",
            _ => $"'{TypeName(obj)}' object has no attribute '{name}'",
        };
        return AttributeError(obj, name, message);
    }

    public static string TypeName(object o) => Py.TypeOf(o).MessageName;

    /// <summary>True when the carried exception is an instance of <paramref name="type"/> (an except clause match).</summary>
    public static bool Matches(PythonException e, PyType type) => e.Value.Type.IsSubtypeOf(type);

    /// <summary>The last line of a traceback: "TypeError: message" or just the type name when str() is empty.</summary>
    public static string FormatExceptionLine(PyBaseException e)
    {
        var name = e.Type.QualName;
        if (e.Type.Namespace.TryGetValue("__module__", out var m) && m is string module && module != "builtins" && module != "__main__")
        {
            name = module + "." + e.Type.QualName;
        }
        string text;
        try
        {
            text = Str(e);
        }
        catch (PythonException)
        {
            text = "<exception str() failed>";
        }
        return text.Length == 0 ? name : name + ": " + text;
    }
}
