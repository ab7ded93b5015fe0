using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Compiling.Runtime;

/// <summary>raise, except matching, exception context, and with-statement protocol.</summary>
internal static partial class CompiledOps
{
    /// <summary>
    /// Called where compiled code catches: turns any CLR exception into a Python one, records
    /// the catching frame in the traceback, and links the exception being handled as __context__.
    /// </summary>
    public static PythonException Caught(Exception e, PyCode code, PyDict globals, int line)
    {
        var pe = ToPython(e);
        Tracebacks.Add(pe.Value, code, globals, line, PythonThread.CurrentOrNull?.Depth ?? 0);
        if (PythonThread.CurrentOrNull?.Handled is { } handled && !ReferenceEquals(handled, pe.Value) && pe.Value.Context == Py.None)
        {
            pe.Value.Context = handled;
        }

        return pe;
    }

    /// <summary>The Python exception for a CLR exception that escaped the runtime's own checks.</summary>
    public static PythonException ToPython(Exception e) => e switch
    {
        PythonException pe => pe,
        InsufficientExecutionStackException => Errors.Recursion(),
        DivideByZeroException => Ops.ZeroDivisionError("division by zero"),
        OverflowException => Ops.OverflowError(e.Message),
        OutOfMemoryException => Ops.Error(PyExc.MemoryError, ""),
        Parsing.PythonSyntaxError s => Errors.FromSyntaxError(s),
        _ => Ops.Error(PyExc.SystemError, $"{e.GetType().Name}: {e.Message}"),
    };

    public static bool ExceptionMatches(PythonException e, object type)
    {
        switch (type)
        {
            case PyType t when t.IsSubtypeOf(PyExc.BaseException):
                return e.Value.Type.IsSubtypeOf(t);
            case PyTuple tuple:
                foreach (var item in tuple.Items)
                {
                    if (ExceptionMatches(e, item))
                    {
                        return true;
                    }
                }

                return false;
            default:
                throw Ops.TypeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    public static void SetContext(PythonException raised, PythonException handled)
    {
        if (!ReferenceEquals(raised.Value, handled.Value) && raised.Value.Context == Py.None)
        {
            raised.Value.Context = handled.Value;
        }
    }

    /// <summary><c>raise exc [from cause]</c>.</summary>
    public static PythonException Raise(object exc, object? cause, bool hasCause, PythonThread thread)
    {
        var value = Instantiate(exc, "exceptions must derive from BaseException");
        if (hasCause)
        {
            value.Cause = cause is null || cause == Py.None ? Py.None : Instantiate(cause, "exception causes must derive from BaseException");
            value.SuppressContext = true;
        }

        if (thread.Handled is { } handled && !ReferenceEquals(handled, value))
        {
            value.Context = handled;
        }

        return value.ToClr();
    }

    public static PythonException Reraise(PythonThread thread) =>
        thread.Handled is { } handled ? new PythonException(handled) : Ops.RuntimeError("No active exception to reraise");

    /// <summary>An exception instance from a raise operand: a class is called with no arguments.</summary>
    public static PyBaseException Instantiate(object exc, string error)
    {
        if (exc is PyType t && t.IsSubtypeOf(PyExc.BaseException))
        {
            return Ops.Call(t) as PyBaseException ?? throw Ops.TypeError($"calling {t.Name} should have returned an instance of BaseException");
        }

        return exc as PyBaseException ?? throw Ops.TypeError(error);
    }

    public static object WithExit(object manager)
    {
        var type = Py.TypeOf(manager);
        if (type.Lookup("__enter__") is null)
        {
            throw Ops.TypeError($"'{type.Name}' object does not support the context manager protocol");
        }

        if (!Ops.TryLookupSpecial(manager, "__exit__", out var exit))
        {
            throw Ops.TypeError($"'{type.Name}' object does not support the context manager protocol (missed __exit__ method)");
        }

        return exit;
    }

    public static object WithEnter(object manager) =>
        Ops.TryLookupSpecial(manager, "__enter__", out var enter) ? Ops.Call(enter) : throw Ops.TypeError($"'{Ops.TypeName(manager)}' object does not support the context manager protocol");

    /// <summary>Calls <c>__exit__(type, value, traceback)</c> for an exception; true when it suppresses it.</summary>
    public static bool ExitSuppresses(object exit, PythonException e, PythonThread thread)
    {
        var saved = thread.Handled;
        thread.Handled = e.Value;
        try
        {
            return Ops.IsTrue(Ops.Call(exit, e.Value.Type, e.Value, e.Value.Traceback));
        }
        finally
        {
            thread.Handled = saved;
        }
    }
}
