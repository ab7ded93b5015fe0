namespace IronUwsgi.Erlang.Epmd;

/// <summary>What EPMD knows about a registered node (PORT2_RESP).</summary>
public sealed record EpmdNodeInfo(string Alive, int Port, byte NodeType, byte Protocol, int HighestVersion, int LowestVersion);
