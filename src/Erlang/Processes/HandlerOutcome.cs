using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Erlang.Processes;

/// <summary>What running the host's <see cref="RpcHandler"/> produced: a value, or an Erlang exception class with its reason and stack.</summary>
internal readonly record struct HandlerOutcome(ErlangExceptionClass? Class, ErlTerm Value, ErlTerm Stack)
{
    public static HandlerOutcome Run(RpcHandler? handler, ErlAtom module, ErlAtom function, ErlList args)
    {
        // The stack Erlang shows for a failing call: [{Module, Function, Args, []}].
        var stack = new ErlList(new ErlTuple(module, function, args, ErlList.Nil));
        if (handler is null)
            return new HandlerOutcome(ErlangExceptionClass.Error, Atoms.Undef, stack);
        try
        {
            return new HandlerOutcome(null, handler(module.Name, function.Name, args), ErlList.Nil);
        }
        catch (ErlangException error)
        {
            return new HandlerOutcome(error.Class, error.Reason, stack);
        }
        catch (Exception error)
        {
            var reason = new ErlTuple(Atoms.DotnetException, ErlBinary.FromUtf8(error.GetType().FullName ?? error.GetType().Name), ErlBinary.FromUtf8(error.Message));
            return new HandlerOutcome(ErlangExceptionClass.Error, reason, stack);
        }
    }

    /// <summary>The exit reason a process running this call ends with, as in Erlang.</summary>
    public ErlTerm ExitReason => Class switch
    {
        null => Atoms.Normal,
        ErlangExceptionClass.Exit => Value,
        ErlangExceptionClass.Error => new ErlTuple(Value, Stack),
        _ => new ErlTuple(new ErlTuple(new ErlAtom("nocatch"), Value), Stack),
    };
}
