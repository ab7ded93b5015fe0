using IronUwsgi.Erlang.Nodes;
using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Erlang.Processes;

/// <summary>
/// Our <c>rex</c>: serves rpc requests that arrive as messages rather than spawn requests, that is
/// <c>gen_server:call({rex, Node}, {call, M, F, A, GL})</c>, the <c>{From, {call, ...}}</c> form that
/// erl_interface and Jinterface send, and <c>{cast, ...}</c>. Results follow rpc's rules: a throw
/// is a value, an error or exit is <c>{badrpc, {'EXIT', Reason}}</c>.
/// </summary>
internal sealed class RexServerProcess : LocalProcess
{
    private static readonly ErlAtom GenCast = new("$gen_cast");
    private static readonly ErlAtom Cast = new("cast");

    public RexServerProcess(ErlangNode node)
        : base(node)
    {
    }

    public override void Deliver(ErlTerm message)
    {
        switch (message)
        {
            case ErlTuple { Arity: 3 } call when call[0] == Atoms.GenCall && call[1] is ErlTuple { Arity: 2 } from && from[0] is ErlPid caller
                && Request(call[2], Atoms.Call) is { } request:
                Serve(caller, from[1], request);
                break;
            case ErlTuple { Arity: 2 } legacy when legacy[0] is ErlPid caller && Request(legacy[1], Atoms.Call) is { } request:
                Serve(caller, Atoms.Rex, request);
                break;
            case ErlTuple { Arity: 2 } cast when cast[0] == GenCast && Request(cast[1], Cast) is { } request:
                ThreadPool.QueueUserWorkItem(_ => HandlerOutcome.Run(Node.RpcHandler, request.Module, request.Function, request.Args), null);
                break;
        }
    }

    private static (ErlAtom Module, ErlAtom Function, ErlList Args)? Request(ErlTerm term, ErlAtom kind)
        => term is ErlTuple { Arity: 5 } tuple && tuple[0] == kind && tuple[1] is ErlAtom module && tuple[2] is ErlAtom function && tuple[3] is ErlList { IsProper: true } args
            ? (module, function, args)
            : null;

    /// <summary>Runs the handler off the connection's reader and replies <c>{Tag, Result}</c>.</summary>
    private void Serve(ErlPid caller, ErlTerm tag, (ErlAtom Module, ErlAtom Function, ErlList Args) request)
    {
        ThreadPool.QueueUserWorkItem(_ =>
        {
            var outcome = HandlerOutcome.Run(Node.RpcHandler, request.Module, request.Function, request.Args);
            var result = outcome.Class is null or ErlangExceptionClass.Throw
                ? outcome.Value
                : new ErlTuple(Atoms.BadRpc, new ErlTuple(Atoms.Exit, outcome.ExitReason));
            Node.SendMessage(caller, new ErlTuple(tag, result));
        }, null);
    }
}
