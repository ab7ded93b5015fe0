using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Engine;

/// <summary>Adds frames to an exception's <c>__traceback__</c> as the exception leaves them.</summary>
internal static class Tracebacks
{
    /// <summary>
    /// Used as an exception filter around every compiled frame: it runs during the CLR's first
    /// pass, so recording costs nothing when no exception is thrown and needs no rethrow. Always false.
    /// </summary>
    public static bool Record(Exception e, PyCode code, PyDict globals, int line, int depth)
    {
        if (e is PythonException pe)
        {
            Add(pe.Value, code, globals, line, depth);
        }

        return false;
    }

    /// <summary>Adds the frame at <paramref name="depth"/> unless it is already the head (caught, then re-raised).</summary>
    public static void Add(PyBaseException exc, PyCode code, PyDict globals, int line, int depth)
    {
        var head = exc.Traceback as PyTraceback;
        if (head is not null && head.Depth == depth && ReferenceEquals(head.Code, code))
        {
            return;
        }

        exc.Traceback = new PyTraceback(code, globals, line, depth, head);
    }
}
