using IronUwsgi.Python.Compiling.Runtime;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Engine;

/// <summary>
/// Reports an exception nobody can catch (an atexit handler, a callback run by the runtime) the way
/// CPython's default sys.unraisablehook does: a heading naming the object, then the traceback, on stderr.
/// </summary>
internal static class Unraisable
{
    /// <summary>
    /// Writes "<paramref name="message"/>: repr(obj)" (or "Exception ignored in: repr(obj)" without a
    /// message, "message:" without an object) and the traceback of <paramref name="error"/>.
    /// </summary>
    public static void Report(PythonEngine engine, Exception error, string? message, object? obj)
    {
        var exc = CompiledOps.ToPython(error).Value;
        string heading;
        if (obj is not null)
        {
            heading = $"{message ?? "Exception ignored in"}: {SafeRepr(obj)}\n";
        }
        else
        {
            heading = message is null ? "" : message + ":\n";
        }
        engine.Sys.Stderr.Write(heading + TracebackPrinter.Format(exc, chained: false));
    }

    // A failing repr must not hide the exception being reported.
    private static string SafeRepr(object obj)
    {
        try
        {
            return Ops.Repr(obj);
        }
        catch (Exception)
        {
            return "<object repr() failed>";
        }
    }
}
