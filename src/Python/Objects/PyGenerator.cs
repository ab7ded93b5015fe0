using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Objects;

/// <summary>
/// Base of generator objects. The compiler derives a state machine from it and implements
/// <see cref="Resume"/>; this class provides next/send/throw/close with CPython's rules.
/// </summary>
internal abstract class PyGenerator : PyIterator
{
    private bool finished;
    private GeneratorCloser? closer;

    protected PyGenerator(string name, string qualName)
        : base(Py.GeneratorType)
    {
        Name = name;
        QualName = qualName;
    }

    public string Name { get; set; }

    public string QualName { get; set; }

    /// <summary>True once the body has started (send of a non-None value is refused before that).</summary>
    public bool Started { get; protected set; }

    /// <summary>True while the body runs (re-entering raises "generator already executing").</summary>
    public bool Running { get; protected set; }

    /// <summary>True after the body returned or raised; further resumes end immediately.</summary>
    public bool Finished
    {
        get => finished;
        protected set
        {
            finished = value;
            if (value && closer is not null)
            {
                // Nothing is left to clean up: the runtime need not finalize the closer.
                GC.SuppressFinalize(closer);
                closer = null;
            }
        }
    }

    /// <summary>The value of the body's return statement, carried by StopIteration.</summary>
    public object ReturnValue { get; protected set; } = Py.None;

    /// <summary>
    /// Runs the body until the next yield: <paramref name="sent"/> is the value of the paused yield
    /// expression, or <paramref name="thrown"/> is raised at it. Returns true with the yielded value,
    /// or false when the body returned (<see cref="ReturnValue"/> set). Exceptions propagate as
    /// <see cref="PythonException"/>; a StopIteration escaping the body must become RuntimeError (PEP 479).
    /// </summary>
    public abstract bool Resume(object sent, PyBaseException? thrown, out object value);

    public override bool TryNext(out object value) => Resume(Py.None, null, out value);

    /// <summary>generator.send(value); also next() with None.</summary>
    public object Send(object value)
    {
        if (!Started && !Finished && value != Py.None)
        {
            throw Ops.TypeError("can't send non-None value to a just-started generator");
        }

        return Resume(value, null, out var v) ? v : throw Stopped();
    }

    /// <summary>generator.throw(exception): raises it at the paused yield.</summary>
    public object Throw(PyBaseException exception) =>
        Resume(Py.None, exception, out var v) ? v : throw Stopped();

    /// <summary>generator.close(): raises GeneratorExit at the paused yield; a generator never started just ends.</summary>
    public void Close()
    {
        if (Finished || !Started)
        {
            Finished = true;
            return;
        }

        try
        {
            if (Resume(Py.None, new PyBaseException(PyExc.GeneratorExit, Py.EmptyTuple), out _))
            {
                throw Ops.RuntimeError("generator ignored GeneratorExit");
            }
        }
        catch (PythonException e) when (e.Value.Type.IsSubtypeOf(PyExc.GeneratorExit) || e.Value.Type.IsSubtypeOf(PyExc.StopIteration))
        {
            Finished = true;
        }
    }

    /// <summary>
    /// Called as the body suspends inside a try or with: from then on the generator, if abandoned, is
    /// closed once the runtime collects it. Generators that never suspend there (most) cost no finalizer.
    /// </summary>
    public void GuardSuspension()
    {
        if (closer is null)
        {
            var finalizers = Engine.PythonThread.Current.Engine.Finalizers;
            closer = new GeneratorCloser(this, finalizers, finalizers.Track());
        }
    }

    // The return value travels once, with the StopIteration of the step that finished; later steps raise a bare one.
    private PythonException Stopped()
    {
        var value = ReturnValue;
        ReturnValue = Py.None;
        return Ops.StopIteration(value == Py.None ? null : value);
    }
}
