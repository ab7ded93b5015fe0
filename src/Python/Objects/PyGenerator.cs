namespace IronUwsgi.Python.Objects;

/// <summary>
/// Base of generator objects. The compiler derives a state machine from it and implements
/// <see cref="Resume"/>; this class provides next/send/throw/close with CPython's rules.
/// </summary>
internal abstract class PyGenerator : PyIterator
{
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
    public bool Finished { get; protected set; }

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
}
