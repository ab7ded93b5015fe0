using IronUwsgi.Erlang.Nodes;
using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Erlang.Processes;

/// <summary>
/// A process of ours that .NET code drives: it has a pid, receives messages (selectively, with
/// timeouts), sends, links and monitors. It traps exits: a linked process ending arrives as
/// <c>{'EXIT', Pid, Reason}</c>, a monitor firing as <c>{'DOWN', Ref, process, Target, Reason}</c>.
/// Disposing ends it with reason <c>normal</c>.
/// </summary>
public sealed class ErlMailbox : IDisposable
{
    private readonly MailboxProcess _process;

    internal ErlMailbox(MailboxProcess process) => _process = process;

    public ErlPid Pid => _process.Pid;

    public ErlangNode Node => _process.Node;

    /// <summary>Messages waiting to be received.</summary>
    public int Count => _process.Count;

    /// <summary>Registers this mailbox under <paramref name="name"/>; false when the name is taken.</summary>
    public bool Register(string name) => _process.Node.Processes.Register(name, _process);

    public void Send(ErlPid to, ErlTerm message) => _process.Node.SendMessage(to, message);

    /// <summary>Sends to the process registered as <paramref name="name"/> on <paramref name="node"/> (ours or remote).</summary>
    public void Send(string name, string node, ErlTerm message) => _process.Node.SendMessage(Pid, name, node, message);

    public ErlTerm? Receive(TimeSpan timeout) => Receive(null, timeout);

    /// <summary>Takes the first message <paramref name="match"/> accepts, leaving the others queued; null when none came in time.</summary>
    public ErlTerm? Receive(Func<ErlTerm, bool>? match, TimeSpan timeout)
    {
        var pending = _process.ReceiveAsync(match, timeout, CancellationToken.None);
        return pending.IsCompletedSuccessfully ? pending.Result : pending.AsTask().GetAwaiter().GetResult();
    }

    public ValueTask<ErlTerm?> ReceiveAsync(TimeSpan timeout, CancellationToken cancellationToken = default)
        => _process.ReceiveAsync(null, timeout, cancellationToken);

    public ValueTask<ErlTerm?> ReceiveAsync(Func<ErlTerm, bool> match, TimeSpan timeout, CancellationToken cancellationToken = default)
        => _process.ReceiveAsync(match, timeout, cancellationToken);

    /// <summary>Links to <paramref name="pid"/>: when either ends, the other gets the exit signal.</summary>
    public void Link(ErlPid pid) => _process.Node.Link(_process, pid);

    public void Unlink(ErlPid pid) => _process.Node.Unlink(_process, pid);

    /// <summary>Monitors <paramref name="pid"/>; a DOWN message with the returned reference arrives when it ends.</summary>
    public ErlRef Monitor(ErlPid pid) => _process.Node.Monitor(_process, pid);

    /// <summary>Monitors the process registered as <paramref name="name"/> on <paramref name="node"/>.</summary>
    public ErlRef Monitor(string name, string node) => _process.Node.Monitor(_process, name, node);

    public void Demonitor(ErlRef reference) => _process.Node.Demonitor(_process, reference);

    /// <summary>Ends this process with <paramref name="reason"/>; linked processes receive it.</summary>
    public void Exit(ErlTerm reason) => _process.Terminate(reason);

    public void Dispose() => _process.Terminate(Atoms.Normal);
}
