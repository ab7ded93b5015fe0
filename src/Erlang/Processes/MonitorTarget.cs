using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Erlang.Processes;

/// <summary>What one of our processes monitors: the term its DOWN message names, and the node it lives on.</summary>
internal readonly record struct MonitorTarget(ErlTerm ReportedAs, ErlAtom Node);
