using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Compiling.Generators;

/// <summary>
/// A generator object. Its body is the compiled resume function, shared by every generator of the
/// function: it restores the body's variables from <see cref="Locals"/>, runs to the next yield
/// and saves them back, returning the yielded value, or null when the body finished (the return
/// value is kept for StopIteration.value). Plain CLR locals inside the body keep loops fast.
/// send/throw/close (PEP 342) leave a value or an exception here for the resumed yield to take.
/// </summary>
internal sealed class CompiledGenerator : Objects.PyGenerator
{
    private readonly Func<CompiledGenerator, object?> resume;
    private object? sent;
    private PyBaseException? toThrow;

    public CompiledGenerator(string name, string qualName, PyCode code, PyDict globals, Func<CompiledGenerator, object?> resume, LocalSlot[] locals)
        : base(name, qualName)
    {
        Code = code;
        Globals = globals;
        this.resume = resume;
        Locals = locals;
    }

    /// <summary>The body's code object (gi_code).</summary>
    public readonly PyCode Code;

    /// <summary>The globals the body runs with (its function's, or the enclosing code's for a generator expression).</summary>
    public readonly PyDict Globals;

    /// <summary>The body's variables while it is suspended: saved at each yield, restored on resumption.</summary>
    public readonly LocalSlot[] Locals;

    /// <summary>The resume point to continue from (0 before the first run, -1 once finished).</summary>
    public int State;

    /// <summary>The line of the yield the body is suspended at, for tracebacks raised there.</summary>
    public int Line;

    /// <summary>Runs the body to its next yield; false when it finished instead.</summary>
    public override bool Resume(object sendValue, PyBaseException? exception, out object value)
    {
        value = Py.None;
        if (Running)
        {
            throw Ops.ValueError("generator already executing");
        }

        if (Finished)
        {
            return exception is null ? false : throw exception.ToClr();
        }

        if (!Started && exception is not null)
        {
            Finished = true;
            throw exception.ToClr();
        }

        Started = true;
        Running = true;

        // Both are null between resumptions (the resumed yield takes them): storing the usual None
        // and null again would cost a GC write barrier each on every step.
        if (!ReferenceEquals(sendValue, Py.None))
        {
            sent = sendValue;
        }

        if (exception is not null)
        {
            toThrow = exception;
        }

        object? result;
        try
        {
            result = resume(this);
        }
        catch (PythonException e) when (e.Value.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            Finished = true;
            throw StopIterationEscaped(e);
        }
        catch
        {
            Finished = true;
            throw;
        }
        finally
        {
            Running = false;
        }

        if (result is null)
        {
            Finished = true;
            return false;
        }

        value = result;
        return true;
    }

    /// <summary>PEP 479: a StopIteration escaping a generator's body becomes RuntimeError.</summary>
    public static PythonException StopIterationEscaped(PythonException e)
    {
        var error = Ops.RuntimeError("generator raised StopIteration");
        error.Value.Cause = e.Value;
        error.Value.Context = e.Value;
        return error;
    }

    /// <summary>What a resumed yield evaluates to; raises the exception passed to throw() instead, if any.</summary>
    public object TakeSent()
    {
        if (toThrow is { } e)
        {
            toThrow = null;
            throw e.ToClr();
        }

        var s = sent ?? Py.None;
        sent = null;
        return s;
    }

    public void SetReturnValue(object value) => ReturnValue = value;

    /// <summary>
    /// One step of <c>yield from</c>: passes the pending send or throw to the sub-iterator.
    /// True with the item it yielded; false with its return value when it finished.
    /// </summary>
    public bool DelegateStep(object iterator, out object item, out object result)
    {
        item = Py.None;
        result = Py.None;
        var exception = toThrow;
        var value = sent ?? Py.None;
        toThrow = null;
        sent = null;
        try
        {
            if (exception is not null)
            {
                if (exception.Type.IsSubtypeOf(PyExc.GeneratorExit))
                {
                    CloseSubIterator(iterator);
                    throw exception.ToClr();
                }

                if (iterator is Objects.PyGenerator g)
                {
                    return g.Resume(Py.None, exception, out item) || Finished(g, out result);
                }

                if (!Ops.TryGetAttr(iterator, "throw", out var throwMethod))
                {
                    throw exception.ToClr();
                }

                item = Ops.Call(throwMethod, exception);
                return true;
            }

            if (iterator is Objects.PyGenerator sub)
            {
                return sub.Resume(value, null, out item) || Finished(sub, out result);
            }

            if (value == Py.None)
            {
                item = Ops.Next(iterator);
                return true;
            }

            item = Ops.CallMethod(iterator, "send", value);
            return true;
        }
        catch (PythonException e) when (e.Value.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            result = e.Value.Args.Count > 0 ? e.Value.Args[0] : Py.None;
            return false;
        }

        static bool Finished(Objects.PyGenerator g, out object result)
        {
            result = g.ReturnValue;
            return false;
        }
    }

    private static void CloseSubIterator(object iterator)
    {
        if (iterator is CompiledGenerator g)
        {
            g.Close();
        }
        else if (Ops.TryGetAttr(iterator, "close", out var close))
        {
            Ops.Call(close);
        }
    }
}

/// <summary>One saved variable of a suspended generator; a struct so saving it needs no array-covariance check.</summary>
internal struct LocalSlot
{
    public object? Value;
}
