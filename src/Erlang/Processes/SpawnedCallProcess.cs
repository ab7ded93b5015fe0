using IronUwsgi.Erlang.Nodes;
using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Erlang.Processes;

/// <summary>
/// A process an Erlang node spawned on us (SPAWN_REQUEST). It runs the host's handler once on the
/// thread pool and ends; for <c>erpc:execute_call/4</c>, the way OTP 25 rpc:call and erpc:call arrive,
/// the exit reason carries the result as <c>{Ref, return, Value}</c> or the exception.
/// </summary>
internal sealed class SpawnedCallProcess : LocalProcess
{
    private readonly ErlAtom _module;
    private readonly ErlAtom _function;
    private readonly ErlList _args;

    public SpawnedCallProcess(ErlangNode node, ErlAtom module, ErlAtom function, ErlList args)
        : base(node)
    {
        _module = module;
        _function = function;
        _args = args;
    }

    /// <summary>Messages to a running call have nowhere to go, as for an Erlang process that never receives.</summary>
    public override void Deliver(ErlTerm message)
    {
    }

    /// <summary>Linked processes' exits do not stop the handler; the call finishes and ends normally.</summary>
    public override void OnExitSignal(ErlPid from, ErlTerm reason)
    {
    }

    public void Start() => ThreadPool.UnsafeQueueUserWorkItem(static process => process.Run(), this, preferLocal: false);

    private void Run() => Terminate(Execute());

    private ErlTerm Execute()
    {
        var handler = Node.RpcHandler;
        if (_module == Atoms.Erpc && _function == Atoms.ExecuteCall && _args.Count == 4 && _args.IsProper
            && _args[1] is ErlAtom callModule && _args[2] is ErlAtom callFunction && _args[3] is ErlList { IsProper: true } callArgs)
        {
            var reference = _args[0];
            var outcome = HandlerOutcome.Run(handler, callModule, callFunction, callArgs);
            return outcome.Class switch
            {
                null => new ErlTuple(reference, Atoms.Return, outcome.Value),
                ErlangExceptionClass.Throw => new ErlTuple(reference, Atoms.Throw, outcome.Value),
                ErlangExceptionClass.Exit => new ErlTuple(reference, Atoms.ExitClass, outcome.Value),
                _ => new ErlTuple(reference, Atoms.Error, outcome.Value, outcome.Stack),
            };
        }
        if (_module == Atoms.Erpc && _function == Atoms.ExecuteCast && _args.Count == 3 && _args.IsProper
            && _args[0] is ErlAtom castModule && _args[1] is ErlAtom castFunction && _args[2] is ErlList { IsProper: true } castArgs)
        {
            return HandlerOutcome.Run(handler, castModule, castFunction, castArgs).ExitReason;
        }
        return HandlerOutcome.Run(handler, _module, _function, _args).ExitReason;
    }
}
