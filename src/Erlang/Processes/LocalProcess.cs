using IronUwsgi.Erlang.Nodes;
using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Erlang.Processes;

/// <summary>
/// A process on our node: a pid, and the link and monitor state the distribution signals act on.
/// Subclasses decide what a delivered message does (queue it, answer it, complete a call).
/// </summary>
internal abstract class LocalProcess
{
    private readonly object _gate = new();
    private readonly HashSet<ErlPid> _links = [];
    private readonly Dictionary<ErlRef, Watcher> _watchers = [];
    private readonly Dictionary<ErlRef, MonitorTarget> _monitoring = [];
    private bool _exited;

    protected LocalProcess(ErlangNode node)
    {
        Node = node;
        Pid = node.Processes.NewPid();
    }

    public ErlangNode Node { get; }

    public ErlPid Pid { get; }

    public bool IsAlive
    {
        get
        {
            lock (_gate)
                return !_exited;
        }
    }

    /// <summary>A message arrived for this process.</summary>
    public abstract void Deliver(ErlTerm message);

    /// <summary>A linked process ended (or exit/2 targeted us); processes here trap exits, so it becomes a message.</summary>
    public virtual void OnExitSignal(ErlPid from, ErlTerm reason) => Deliver(new ErlTuple(Atoms.Exit, from, reason));

    public bool TryAddLink(ErlPid other)
    {
        lock (_gate)
        {
            if (_exited)
                return false;
            _links.Add(other);
            return true;
        }
    }

    public bool RemoveLink(ErlPid other)
    {
        lock (_gate)
            return _links.Remove(other);
    }

    public bool TryAddWatcher(ErlRef reference, Watcher watcher)
    {
        lock (_gate)
        {
            if (_exited)
                return false;
            _watchers[reference] = watcher;
            return true;
        }
    }

    public void RemoveWatcher(ErlRef reference)
    {
        lock (_gate)
            _watchers.Remove(reference);
    }

    public bool TryAddMonitoring(ErlRef reference, MonitorTarget target)
    {
        lock (_gate)
        {
            if (_exited)
                return false;
            _monitoring[reference] = target;
            return true;
        }
    }

    public bool RemoveMonitoring(ErlRef reference, out MonitorTarget target)
    {
        lock (_gate)
            return _monitoring.Remove(reference, out target);
    }

    /// <summary>A monitor we hold fired; delivers <c>{'DOWN', Ref, process, Target, Reason}</c> once.</summary>
    public void Down(ErlRef reference, ErlTerm reason)
    {
        MonitorTarget target;
        lock (_gate)
        {
            if (!_monitoring.Remove(reference, out target))
                return;
        }
        Deliver(new ErlTuple(Atoms.Down, reference, Atoms.Process, target.ReportedAs, reason));
    }

    /// <summary>A linked process ended; delivers the exit signal only if the link still existed.</summary>
    public void LinkBroken(ErlPid from, ErlTerm reason)
    {
        if (RemoveLink(from))
            OnExitSignal(from, reason);
    }

    /// <summary>The connection to <paramref name="node"/> is gone: links and monitors towards it fire with <c>noconnection</c>.</summary>
    public void NodeDown(ErlAtom node)
    {
        var brokenLinks = new List<ErlPid>();
        var firedMonitors = new List<KeyValuePair<ErlRef, MonitorTarget>>();
        lock (_gate)
        {
            foreach (var pid in _links)
            {
                if (pid.Node == node)
                    brokenLinks.Add(pid);
            }
            foreach (var pid in brokenLinks)
                _links.Remove(pid);
            foreach (var entry in _monitoring)
            {
                if (entry.Value.Node == node)
                    firedMonitors.Add(entry);
            }
            foreach (var entry in firedMonitors)
                _monitoring.Remove(entry.Key);
            var lostWatchers = _watchers.Where(entry => entry.Value.Pid.Node == node).Select(entry => entry.Key).ToList();
            foreach (var reference in lostWatchers)
                _watchers.Remove(reference);
        }
        foreach (var pid in brokenLinks)
            OnExitSignal(pid, Atoms.NoConnection);
        foreach (var entry in firedMonitors)
            Deliver(new ErlTuple(Atoms.Down, entry.Key, Atoms.Process, entry.Value.ReportedAs, Atoms.NoConnection));
    }

    /// <summary>Ends the process once: the node then signals its links and watchers with <paramref name="reason"/>.</summary>
    public void Terminate(ErlTerm reason)
    {
        ProcessExit exit;
        lock (_gate)
        {
            if (_exited)
                return;
            _exited = true;
            exit = new ProcessExit(reason, [.. _links], [.. _watchers], [.. _monitoring]);
            _links.Clear();
            _watchers.Clear();
            _monitoring.Clear();
        }
        OnTerminated();
        Node.ProcessExited(this, exit);
    }

    /// <summary>Hook for subclasses to release waiters when the process ends.</summary>
    protected virtual void OnTerminated()
    {
    }
}
