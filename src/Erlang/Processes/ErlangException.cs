using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Erlang.Processes;

/// <summary>
/// An Erlang exception raised by an rpc handler: the caller sees it as <c>error:Reason</c>,
/// <c>exit:Reason</c> or <c>throw:Value</c>, exactly as if an Erlang function had raised it.
/// </summary>
public sealed class ErlangException : Exception
{
    public ErlangException(ErlangExceptionClass @class, ErlTerm reason)
        : base($"{@class.ToString().ToLowerInvariant()}: {reason}")
    {
        Class = @class;
        Reason = reason;
    }

    public ErlangExceptionClass Class { get; }

    public ErlTerm Reason { get; }

    public static ErlangException Error(ErlTerm reason) => new(ErlangExceptionClass.Error, reason);

    public static ErlangException Exit(ErlTerm reason) => new(ErlangExceptionClass.Exit, reason);

    public static ErlangException Throw(ErlTerm value) => new(ErlangExceptionClass.Throw, value);
}
