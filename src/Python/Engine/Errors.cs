using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Parsing;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Engine;

/// <summary>Python exceptions the engine itself raises.</summary>
internal static class Errors
{
    public static PythonException Recursion() => Ops.Error(PyExc.RecursionError, "maximum recursion depth exceeded");

    /// <summary>A compile-time syntax error as the Python SyntaxError (or subclass) with CPython's attributes.</summary>
    public static PythonException FromSyntaxError(PythonSyntaxError e)
    {
        var type = e.Kind switch
        {
            SyntaxErrorKind.IndentationError => PyExc.IndentationError,
            SyntaxErrorKind.TabError => PyExc.TabError,
            _ => PyExc.SyntaxError,
        };
        object text = e.Text is null ? Py.None : e.Text;
        var details = new PyTuple([e.FileName, Py.Int(e.LineNo), Py.Int(e.Offset), text, Py.Int(e.EndLineNo), Py.Int(e.EndOffset)]);
        var exc = new PyBaseException(type, new PyTuple([e.Message, details]));
        var dict = exc.Dict = new PyDict();
        dict["msg"] = e.Message;
        dict["filename"] = e.FileName;
        dict["lineno"] = Py.Int(e.LineNo);
        dict["offset"] = Py.Int(e.Offset);
        dict["text"] = text;
        dict["end_lineno"] = Py.Int(e.EndLineNo);
        dict["end_offset"] = Py.Int(e.EndOffset);
        dict["print_file_and_line"] = Py.None;
        return exc.ToClr();
    }
}
