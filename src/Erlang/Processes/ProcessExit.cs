using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Erlang.Processes;

/// <summary>Everything a process held when it ended, for the node to signal: linked pids, watchers, its own monitors.</summary>
internal sealed record ProcessExit(
    ErlTerm Reason,
    IReadOnlyList<ErlPid> Links,
    IReadOnlyList<KeyValuePair<ErlRef, Watcher>> Watchers,
    IReadOnlyList<KeyValuePair<ErlRef, MonitorTarget>> Monitoring);
