using IronUwsgi.Erlang.Distribution;
using IronUwsgi.Erlang.Handshake;
using IronUwsgi.Erlang.Processes;
using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Erlang.Nodes;

/// <summary>Signals between processes: messages, links, monitors and exits, routed locally or over the connection.</summary>
public sealed partial class ErlangNode
{
    private long _nextUnlinkId;

    internal bool IsLocal(ErlAtom node) => node == NameAtom;

    /// <summary>SEND carries no sender, so a message to a pid needs none.</summary>
    internal void SendMessage(ErlPid to, ErlTerm message)
    {
        if (IsLocal(to.Node))
            Processes.Find(to)?.Deliver(message);
        else
            Connection(to.Node.Name).Enqueue(ControlMessages.Send(to, message));
    }

    internal void SendMessage(ErlPid from, string name, string node, ErlTerm message)
    {
        if (node == Name)
            Processes.Find(name)?.Deliver(message);
        else
            Connection(node).Enqueue(ControlMessages.RegSend(from, new ErlAtom(name), message));
    }

    internal void Link(LocalProcess process, ErlPid to)
    {
        if (IsLocal(to.Node))
        {
            if (Processes.Find(to) is { } target && target.TryAddLink(process.Pid))
                process.TryAddLink(to);
            else
                process.OnExitSignal(to, Atoms.NoProc);
            return;
        }
        DistributionConnection connection;
        try
        {
            connection = Connection(to.Node.Name);
        }
        catch (ErlangConnectionException)
        {
            process.OnExitSignal(to, Atoms.NoConnection);
            return;
        }
        if (process.TryAddLink(to))
            connection.Enqueue(ControlMessages.Link(process.Pid, to));
    }

    internal void Unlink(LocalProcess process, ErlPid to)
    {
        if (!process.RemoveLink(to))
            return;
        if (IsLocal(to.Node))
        {
            Processes.Find(to)?.RemoveLink(process.Pid);
            return;
        }
        if (OpenConnection(to.Node.Name) is not { } connection)
            return;
        // Peers from before the new link protocol (OTP 23.3) only know the plain UNLINK.
        connection.Enqueue(connection.Flags.HasFlag(DistributionFlags.UnlinkId)
            ? ControlMessages.UnlinkId((ulong)Interlocked.Increment(ref _nextUnlinkId), process.Pid, to)
            : ControlMessages.Unlink(process.Pid, to));
    }

    internal ErlRef Monitor(LocalProcess process, ErlPid target)
    {
        var reference = Processes.NewReference();
        process.TryAddMonitoring(reference, new MonitorTarget(target, target.Node));
        if (IsLocal(target.Node))
        {
            if (Processes.Find(target) is not { } local || !local.TryAddWatcher(reference, new Watcher(process.Pid, target)))
                process.Down(reference, Atoms.NoProc);
            return reference;
        }
        StartRemoteMonitor(process, target.Node.Name, target, reference);
        return reference;
    }

    internal ErlRef Monitor(LocalProcess process, string name, string node)
    {
        var reference = Processes.NewReference();
        var nameAtom = new ErlAtom(name);
        var nodeAtom = node == Name ? NameAtom : new ErlAtom(node);
        process.TryAddMonitoring(reference, new MonitorTarget(new ErlTuple(nameAtom, nodeAtom), nodeAtom));
        if (node == Name)
        {
            if (Processes.Find(name) is not { } local || !local.TryAddWatcher(reference, new Watcher(process.Pid, nameAtom)))
                process.Down(reference, Atoms.NoProc);
            return reference;
        }
        StartRemoteMonitor(process, node, nameAtom, reference);
        return reference;
    }

    internal void Demonitor(LocalProcess process, ErlRef reference)
    {
        if (process.RemoveMonitoring(reference, out var target))
            ReleaseMonitor(process.Pid, reference, target);
    }

    /// <summary>A process ended: its links get exit signals, its watchers DOWN messages, its own monitors are dropped.</summary>
    internal void ProcessExited(LocalProcess process, ProcessExit exit)
    {
        Processes.Remove(process);
        foreach (var linked in exit.Links)
        {
            if (IsLocal(linked.Node))
                Processes.Find(linked)?.LinkBroken(process.Pid, exit.Reason);
            else
                OpenConnection(linked.Node.Name)?.Enqueue(ControlMessages.Exit(process.Pid, linked, exit.Reason));
        }
        foreach (var (reference, watcher) in exit.Watchers)
        {
            if (IsLocal(watcher.Pid.Node))
                Processes.Find(watcher.Pid)?.Down(reference, exit.Reason);
            else
                OpenConnection(watcher.Pid.Node.Name)?.Enqueue(ControlMessages.MonitorPExit(watcher.ReportedAs, watcher.Pid, reference, exit.Reason));
        }
        foreach (var (reference, target) in exit.Monitoring)
            ReleaseMonitor(process.Pid, reference, target);
    }

    /// <summary>Drops the target's side of a monitor: the watcher entry locally, DEMONITOR_P remotely.</summary>
    private void ReleaseMonitor(ErlPid watcher, ErlRef reference, MonitorTarget target)
    {
        // The target is a pid, or {Name, Node} for a monitor by name; on the wire it is the pid or the name.
        var onWire = target.ReportedAs is ErlTuple { Arity: 2 } byName ? byName[0] : target.ReportedAs;
        if (IsLocal(target.Node))
            (onWire is ErlPid pid ? Processes.Find(pid) : Processes.Find(((ErlAtom)onWire).Name))?.RemoveWatcher(reference);
        else if (OpenConnection(target.Node.Name) is { } connection && connection.Flags.HasFlag(DistributionFlags.DistMonitor))
            connection.Enqueue(ControlMessages.DemonitorP(watcher, onWire, reference));
    }

    private void StartRemoteMonitor(LocalProcess process, string node, ErlTerm target, ErlRef reference)
    {
        DistributionConnection connection;
        try
        {
            connection = Connection(node);
        }
        catch (ErlangConnectionException)
        {
            process.Down(reference, Atoms.NoConnection);
            return;
        }
        // A peer without DIST_MONITOR takes no monitor requests; as in Erlang the monitor then fires only on noconnection.
        if (connection.Flags.HasFlag(DistributionFlags.DistMonitor))
            connection.Enqueue(ControlMessages.MonitorP(process.Pid, target, reference));
    }
}
