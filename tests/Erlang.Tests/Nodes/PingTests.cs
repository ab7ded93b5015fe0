using System.Collections.Concurrent;
using IronUwsgi.Erlang.Nodes;
using IronUwsgi.Erlang.Terms;
using IronUwsgi.Erlang.Tests.Fixtures;
using static IronUwsgi.Erlang.Tests.Nodes.ErlHelper;

namespace IronUwsgi.Erlang.Tests.Nodes;

[Collection(ErlangCollection.Name)]
public class PingTests(ErlangFixture fixture)
{
    [Fact]
    public async Task WePingErl()
    {
        await using var node = await NodeFactory.StartAsync(fixture);
        Assert.True(await node.PingAsync(fixture.Erl.Name));
        Assert.False(await node.PingAsync("nobody@127.0.0.1"));
    }

    [Fact]
    public async Task ErlPingsUs()
    {
        await using var node = await NodeFactory.StartAsync(fixture);
        Assert.Equal(Atom("pong"), await node.HelperAsync(fixture.Erl.Name, "ping", Atom(node.Name)));
        Assert.Equal(Term("[]"), await node.CallAsync(fixture.Erl.Name, "erlang", "nodes"));
        Assert.Contains(Atom(node.Name), ((ErlList)await node.CallAsync(fixture.Erl.Name, "erlang", "nodes", Atom("hidden"))).Items.ToArray());
    }

    [Fact]
    public async Task OurTwoNodesPingEachOtherAtTheSameTime()
    {
        await using var first = await NodeFactory.StartAsync(fixture, prefix: "a");
        await using var second = await NodeFactory.StartAsync(fixture, prefix: "b");
        var pings = await Task.WhenAll(first.PingAsync(second.Name), second.PingAsync(first.Name), first.PingAsync(second.Name));
        Assert.Equal([true, true, true], pings);
        Assert.Equal([second.Name], first.ConnectedNodes);
        Assert.Equal([first.Name], second.ConnectedNodes);
    }

    [Fact]
    public async Task WrongCookieIsRejectedBothWays()
    {
        var log = new ConcurrentQueue<string>();
        await using var stranger = await NodeFactory.StartAsync(fixture, cookie: "not-the-cookie", log: log);
        await using var node = await NodeFactory.StartAsync(fixture);

        // Our node dialing erl with the wrong cookie.
        Assert.False(await stranger.PingAsync(fixture.Erl.Name));
        var error = await Assert.ThrowsAsync<ErlangRpcException>(() => stranger.RpcAsync(fixture.Erl.Name, "erlang", "node", ErlList.Nil));
        Assert.Contains("cookie", error.Message);

        // erl dialing our node that has another cookie.
        Assert.Equal(Atom("pang"), await node.HelperAsync(fixture.Erl.Name, "ping", Atom(stranger.Name)));
        Assert.Contains(log, line => line.Contains("cookie") && line.Contains(fixture.Erl.Name));
        Assert.Empty(stranger.ConnectedNodes);
    }
}
