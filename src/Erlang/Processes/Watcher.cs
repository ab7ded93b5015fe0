using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Erlang.Processes;

/// <summary>A process monitoring one of ours; <paramref name="ReportedAs"/> is our pid, or our name when it monitored by name.</summary>
internal readonly record struct Watcher(ErlPid Pid, ErlTerm ReportedAs);
