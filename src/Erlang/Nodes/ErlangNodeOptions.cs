using System.Net;
using IronUwsgi.Erlang.Epmd;
using IronUwsgi.Erlang.Processes;

namespace IronUwsgi.Erlang.Nodes;

/// <summary>How an <see cref="ErlangNode"/> starts: its name, cookie, where it listens and registers, and its tick time.</summary>
public sealed class ErlangNodeOptions
{
    /// <summary>The full node name, <c>alive@host</c> (long or short form, matching the peers).</summary>
    public required string Name { get; init; }

    /// <summary>The cookie; when null, the user's <c>.erlang.cookie</c> is read.</summary>
    public string? Cookie { get; init; }

    /// <summary>Address of the distribution listener; any interface by default.</summary>
    public IPAddress ListenAddress { get; init; } = IPAddress.Any;

    /// <summary>Distribution port; 0 lets the OS pick one, which EPMD then announces.</summary>
    public int ListenPort { get; init; }

    /// <summary>Register the name with EPMD so Erlang nodes can reach us by name.</summary>
    public bool Publish { get; init; } = true;

    /// <summary>EPMD port, for registering and for looking up other nodes (ERL_EPMD_PORT, else 4369).</summary>
    public int EpmdPort { get; init; } = EpmdClient.PortFromEnvironment();

    /// <summary>Host of the EPMD we register with.</summary>
    public string EpmdHost { get; init; } = "127.0.0.1";

    /// <summary>As Erlang's net_ticktime: a tick goes out every quarter of it, and a peer silent for about this long is dropped.</summary>
    public TimeSpan NetTickTime { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Time allowed for EPMD lookup, connect and handshake of one connection (Erlang's net_setuptime).</summary>
    public TimeSpan SetupTime { get; init; } = TimeSpan.FromSeconds(7);

    /// <summary>Serves rpc:call/erpc:call from Erlang into this node; without one, calls fail with <c>undef</c>.</summary>
    public RpcHandler? RpcHandler { get; init; }

    /// <summary>Gets messages sent to names nobody registered; without one, they are dropped as Erlang drops them.</summary>
    public NameMessageHandler? UnregisteredName { get; init; }

    /// <summary>Receives one line per connection event worth knowing (refused handshakes, dropped peers).</summary>
    public Action<string>? Log { get; init; }
}
