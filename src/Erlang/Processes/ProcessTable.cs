using System.Collections.Concurrent;
using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Erlang.Processes;

/// <summary>The node's processes: mints pids and references with the node's creation, finds processes by pid or name.</summary>
internal sealed class ProcessTable
{
    private readonly ConcurrentDictionary<ErlPid, LocalProcess> _byPid = new();
    private readonly ConcurrentDictionary<string, LocalProcess> _byName = new(StringComparer.Ordinal);
    private readonly ErlAtom _node;
    private readonly uint _creation;
    private readonly uint _referenceSalt = (uint)Random.Shared.Next();
    private long _nextPid;
    private long _nextReference;

    public ProcessTable(ErlAtom node, uint creation)
    {
        _node = node;
        _creation = creation;
    }

    /// <summary>A fresh pid; ID and serial stay within 15 and 13 bits so peers without V4_NC accept them.</summary>
    public ErlPid NewPid()
    {
        long n = Interlocked.Increment(ref _nextPid);
        return new ErlPid(_node, (uint)(n & 0x7FFF), (uint)((n >> 15) & 0x1FFF), _creation);
    }

    /// <summary>A fresh three-word reference; the first word stays within the 18 bits old peers keep.</summary>
    public ErlRef NewReference()
    {
        long n = Interlocked.Increment(ref _nextReference);
        ReadOnlySpan<uint> ids = [(uint)(n & 0x3FFFF), (uint)(n >> 18), _referenceSalt];
        return new ErlRef(_node, _creation, ids);
    }

    public void Add(LocalProcess process) => _byPid[process.Pid] = process;

    public void Remove(LocalProcess process)
    {
        _byPid.TryRemove(process.Pid, out _);
        foreach (var entry in _byName)
        {
            if (entry.Value == process)
                _byName.TryRemove(entry);
        }
    }

    public LocalProcess? Find(ErlPid pid) => _byPid.TryGetValue(pid, out var process) ? process : null;

    public LocalProcess? Find(string name) => _byName.TryGetValue(name, out var process) ? process : null;

    /// <summary>Registers <paramref name="name"/>; false when another process already holds it.</summary>
    public bool Register(string name, LocalProcess process) => process.IsAlive && _byName.TryAdd(name, process);

    public IEnumerable<LocalProcess> All => _byPid.Values;
}
