using System.Collections.Concurrent;
using System.Net;
using IronUwsgi.Erlang.Nodes;
using IronUwsgi.Erlang.Processes;
using IronUwsgi.Erlang.Tests.Fixtures;

namespace IronUwsgi.Erlang.Tests.Nodes;

/// <summary>Starts our nodes on loopback against the fixture's epmd, keeping their log lines for assertions.</summary>
internal static class NodeFactory
{
    public static Task<ErlangNode> StartAsync(ErlangFixture fixture, RpcHandler? handler = null, string? cookie = null,
        ConcurrentQueue<string>? log = null, TimeSpan? tickTime = null, string prefix = "cs")
        => ErlangNode.StartAsync(new ErlangNodeOptions
        {
            Name = ErlangFixture.UniqueAlive(prefix) + "@127.0.0.1",
            Cookie = cookie ?? fixture.Cookie,
            ListenAddress = IPAddress.Loopback,
            EpmdPort = fixture.EpmdPort,
            RpcHandler = handler,
            Log = log is null ? null : log.Enqueue,
            NetTickTime = tickTime ?? TimeSpan.FromSeconds(60),
        });
}
