using IronUwsgi.Erlang.Nodes;
using IronUwsgi.Erlang.Terms;
using IronUwsgi.Erlang.Tests.Fixtures;
using static IronUwsgi.Erlang.Tests.Nodes.ErlHelper;

namespace IronUwsgi.Erlang.Tests.Nodes;

[Collection(ErlangCollection.Name)]
public class NodeDownTests(ErlangFixture fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task ErlHaltedMidCallFailsThePendingCallAndFiresLinksAndMonitors()
    {
        await using var node = await NodeFactory.StartAsync(fixture);
        var erl = await fixture.StartErlAsync("doomed");
        var echo = (ErlPid)await node.HelperAsync(erl.Name, "start_echo", Atom("doomed_echo"));
        using var linked = node.CreateMailbox();
        using var watcher = node.CreateMailbox();
        linked.Link(echo);
        var reference = watcher.Monitor(echo);
        var downs = new List<string>();
        node.NodeDown += (name, _) => downs.Add(name);

        // The call waits far longer than the test: only the lost connection can end it.
        var pending = node.RpcAsync(erl.Name, "timer", "sleep", new ErlList(new ErlInteger(600_000)), TimeSpan.FromSeconds(600));
        await node.CallAsync(erl.Name, "erlang", "node");
        erl.Dispose();

        var error = await Assert.ThrowsAsync<ErlangRpcException>(() => pending);
        Assert.Equal(Atom("nodedown"), error.Reason);
        Assert.Contains(erl.Name, error.Message);
        Assert.Equal(new ErlTuple(Atom("EXIT"), echo, Atom("noconnection")), await linked.ReceiveAsync(Wait));
        Assert.Equal(new ErlTuple(Atom("DOWN"), reference, Atom("process"), echo, Atom("noconnection")), await watcher.ReceiveAsync(Wait));
        Assert.Equal([erl.Name], downs);
        Assert.Empty(node.ConnectedNodes);
    }

    [Fact]
    public async Task RestartedErlIsReachedAgainOnTheNextCall()
    {
        await using var node = await NodeFactory.StartAsync(fixture);
        string alive = ErlangFixture.UniqueAlive("phoenix");
        var erl = await fixture.StartErlAsync("phoenix", alive);
        var firstPid = await node.CallAsync(erl.Name, "os", "getpid");
        erl.Dispose();
        await WaitUntilAsync(() => node.ConnectedNodes.Count == 0);

        var reborn = await fixture.StartErlAsync("phoenix", alive);
        var secondPid = await node.CallAsync(reborn.Name, "os", "getpid");
        Assert.NotEqual(firstPid, secondPid);
        Assert.Equal([reborn.Name], node.ConnectedNodes);
    }

    [Fact]
    public async Task CallsToAnUnknownNodeFailAsNodedown()
    {
        await using var node = await NodeFactory.StartAsync(fixture);
        var error = Assert.Throws<ErlangRpcException>(() => node.Rpc("ghost@127.0.0.1", "erlang", "node", ErlList.Nil));
        Assert.Equal(Atom("nodedown"), error.Reason);
        Assert.Contains("ghost", error.Message);
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (int attempt = 0; attempt < 500 && !condition(); attempt++)
            await Task.Delay(20);
    }
}
