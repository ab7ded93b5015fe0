namespace IronUwsgi.Erlang.Processes;

/// <summary>The three Erlang exception classes.</summary>
public enum ErlangExceptionClass
{
    Error,
    Exit,
    Throw,
}
