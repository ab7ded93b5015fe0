using System.Collections.Concurrent;
using IronUwsgi.Erlang.Distribution;
using IronUwsgi.Erlang.Nodes;
using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Erlang.Processes;

/// <summary>
/// The single process all outgoing gen_server-style calls (rpc via rex, ping via net_kernel) come from.
/// Replies are <c>{Tag, Result}</c>; the unique reference Tag finds the waiting caller, so any number
/// of threads share this pid and one connection.
/// </summary>
internal sealed class CallClientProcess : LocalProcess
{
    private readonly ConcurrentDictionary<ErlRef, PendingCall> _pending = new();

    public CallClientProcess(ErlangNode node)
        : base(node)
    {
    }

    public PendingCall Begin(ErlRef tag, DistributionConnection connection)
    {
        var call = new PendingCall(connection);
        _pending[tag] = call;
        return call;
    }

    public void Abandon(ErlRef tag) => _pending.TryRemove(tag, out _);

    public override void Deliver(ErlTerm message)
    {
        if (message is ErlTuple { Arity: 2 } reply && reply[0] is ErlRef tag && _pending.TryRemove(tag, out var call))
            call.TrySetResult(reply[1]);
    }

    /// <summary>Fails at once every call that was waiting on <paramref name="connection"/>.</summary>
    public void FailAll(DistributionConnection connection, string reason)
    {
        foreach (var entry in _pending)
        {
            if (entry.Value.Connection == connection && _pending.TryRemove(entry.Key, out var call))
                call.Fail(reason);
        }
    }
}
