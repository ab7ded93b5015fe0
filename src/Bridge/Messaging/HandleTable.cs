using System.Collections.Concurrent;

namespace IronUwsgi.Bridge.Messaging;

/// <summary>The open handles of the process, by number, shared by every worker and thread.</summary>
internal sealed class HandleTable
{
    private readonly ConcurrentDictionary<int, ErlangHandle> _handles = new();
    private int _next = -1;

    public ErlangHandle Add(string node, Erlang.Processes.ErlMailbox mailbox)
    {
        var handle = new ErlangHandle(Interlocked.Increment(ref _next), node, mailbox);
        _handles[handle.Id] = handle;
        return handle;
    }

    public ErlangHandle? Find(int id) => _handles.GetValueOrDefault(id);

    public ErlangHandle? Remove(int id) => _handles.TryRemove(id, out var handle) ? handle : null;

    /// <summary>
    /// Which handle gets a message a process of <paramref name="node"/> sent to a name of ours: the
    /// one waiting longest in erlang_recv_message, else the one that sent to that node last (the seed's
    /// echo pattern: send, then receive), else the oldest open one; null when none is open to it.
    /// </summary>
    public ErlangHandle? PickFor(string node)
    {
        ErlangHandle? waiting = null;
        ErlangHandle? sender = null;
        ErlangHandle? oldest = null;
        foreach (var handle in _handles.Values)
        {
            if (handle.Node != node)
                continue;
            var since = handle.WaitingSince;
            if (since != 0 && (waiting is null || since < waiting.WaitingSince))
                waiting = handle;
            var sent = handle.LastSent;
            if (sent != 0 && (sender is null || sent > sender.LastSent))
                sender = handle;
            if (oldest is null || handle.Id < oldest.Id)
                oldest = handle;
        }
        return waiting ?? sender ?? oldest;
    }

    public List<ErlangHandle> RemoveAll()
    {
        var all = new List<ErlangHandle>();
        foreach (var id in _handles.Keys)
        {
            if (Remove(id) is ErlangHandle handle)
                all.Add(handle);
        }
        return all;
    }
}
