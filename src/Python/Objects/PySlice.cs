namespace IronUwsgi.Python.Objects;

/// <summary>slice(start, stop, step); fields hold Python values (None when omitted).</summary>
internal sealed class PySlice : PyObject
{
    public PySlice(object start, object stop, object step)
        : base(Py.SliceType)
    {
        Start = start;
        Stop = stop;
        Step = step;
    }

    public object Start { get; }

    public object Stop { get; }

    public object Step { get; }
}

