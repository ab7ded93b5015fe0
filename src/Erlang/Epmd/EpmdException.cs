namespace IronUwsgi.Erlang.Epmd;

/// <summary>An EPMD request failed: the daemon is unreachable, refused a registration, or answered malformed bytes.</summary>
public sealed class EpmdException : Exception
{
    public EpmdException(string message)
        : base(message)
    {
    }

    public EpmdException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
