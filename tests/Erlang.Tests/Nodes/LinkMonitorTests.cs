using IronUwsgi.Erlang.Nodes;
using IronUwsgi.Erlang.Terms;
using IronUwsgi.Erlang.Tests.Fixtures;
using static IronUwsgi.Erlang.Tests.Nodes.ErlHelper;

namespace IronUwsgi.Erlang.Tests.Nodes;

[Collection(ErlangCollection.Name)]
public class LinkMonitorTests(ErlangFixture fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task OurLinkAndMonitorOnAnErlProcessFireWhenItIsKilled()
    {
        await using var node = await NodeFactory.StartAsync(fixture);
        var echo = (ErlPid)await node.HelperAsync(fixture.Erl.Name, "start_echo", Atom(ErlangFixture.UniqueAlive("victim")));
        using var linked = node.CreateMailbox();
        using var watcher = node.CreateMailbox();
        linked.Link(echo);
        var reference = watcher.Monitor(echo);
        // A round trip through the echo process guarantees the link and monitor reached erl first.
        linked.Send(echo, new ErlTuple(linked.Pid, Atom("sync")));
        Assert.Equal(Term("{echo,sync}"), linked.Receive(Wait));

        await node.CallAsync(fixture.Erl.Name, "erlang", "exit", echo, Atom("kill"));

        Assert.Equal(new ErlTuple(Atom("EXIT"), echo, Atom("killed")), await linked.ReceiveAsync(Wait));
        Assert.Equal(new ErlTuple(Atom("DOWN"), reference, Atom("process"), echo, Atom("killed")), await watcher.ReceiveAsync(Wait));
    }

    [Fact]
    public async Task MonitorOfAMissingRemoteNameFiresNoproc()
    {
        await using var node = await NodeFactory.StartAsync(fixture);
        using var watcher = node.CreateMailbox();
        var reference = watcher.Monitor("no_such_name", fixture.Erl.Name);
        Assert.Equal(new ErlTuple(Atom("DOWN"), reference, Atom("process"), new ErlTuple(Atom("no_such_name"), Atom(fixture.Erl.Name)), Atom("noproc")),
            await watcher.ReceiveAsync(Wait));
    }

    [Fact]
    public async Task ErlLinkAndMonitorOnOurMailboxFireWhenItExits()
    {
        await using var node = await NodeFactory.StartAsync(fixture);
        var mailbox = node.CreateMailbox();
        var linker = (ErlPid)await node.HelperAsync(fixture.Erl.Name, "link_remote", mailbox.Pid);
        var monitor = (ErlPid)await node.HelperAsync(fixture.Erl.Name, "monitor_remote", mailbox.Pid);
        var monitorRef = ((ErlTuple)((ErlList)await node.HelperAsync(fixture.Erl.Name, "collect", monitor))[0])[1];

        mailbox.Exit(Atom("bye"));

        Assert.Equal(new ErlList(Atom("linked"), new ErlTuple(Atom("EXIT"), mailbox.Pid, Atom("bye"))),
            await CollectAsync(node, linker, expected: 2));
        Assert.Equal(new ErlList(new ErlTuple(Atom("monitor"), monitorRef), new ErlTuple(Atom("DOWN"), monitorRef, Atom("process"), mailbox.Pid, Atom("bye"))),
            await CollectAsync(node, monitor, expected: 2));
    }

    [Fact]
    public async Task ErlMonitorByNameOnOurMailboxNamesItInTheDownMessage()
    {
        await using var node = await NodeFactory.StartAsync(fixture);
        var mailbox = node.CreateMailbox("watched");
        var byName = new ErlTuple(Atom("watched"), Atom(node.Name));
        var monitor = (ErlPid)await node.HelperAsync(fixture.Erl.Name, "monitor_remote", byName);
        var monitorRef = ((ErlTuple)((ErlList)await node.HelperAsync(fixture.Erl.Name, "collect", monitor))[0])[1];

        mailbox.Exit(Atom("gone"));

        Assert.Equal(new ErlList(new ErlTuple(Atom("monitor"), monitorRef), new ErlTuple(Atom("DOWN"), monitorRef, Atom("process"), byName, Atom("gone"))),
            await CollectAsync(node, monitor, expected: 2));
    }

    [Fact]
    public async Task UnlinkAndDemonitorStopTheSignals()
    {
        await using var node = await NodeFactory.StartAsync(fixture);
        var echo = (ErlPid)await node.HelperAsync(fixture.Erl.Name, "start_echo", Atom(ErlangFixture.UniqueAlive("quiet")));
        using var mailbox = node.CreateMailbox();
        mailbox.Link(echo);
        var reference = mailbox.Monitor(echo);
        mailbox.Unlink(echo);
        mailbox.Demonitor(reference);
        mailbox.Send(echo, new ErlTuple(mailbox.Pid, Atom("sync")));
        Assert.Equal(Term("{echo,sync}"), mailbox.Receive(Wait));

        await node.CallAsync(fixture.Erl.Name, "erlang", "exit", echo, Atom("kill"));
        // A later message from erl proves the exit had time to arrive, had it been sent.
        await node.HelperAsync(fixture.Erl.Name, "send", mailbox.Pid, Atom("after"));
        Assert.Equal(Atom("after"), await mailbox.ReceiveAsync(Wait));
        Assert.Equal(0, mailbox.Count);
    }

    [Fact]
    public async Task LocalLinksAndMonitorsFireBetweenOurMailboxes()
    {
        await using var node = await NodeFactory.StartAsync(fixture);
        using var watcher = node.CreateMailbox();
        var target = node.CreateMailbox();
        watcher.Link(target.Pid);
        var reference = watcher.Monitor(target.Pid);
        target.Exit(Atom("done"));
        Assert.Equal(new ErlTuple(Atom("EXIT"), target.Pid, Atom("done")), watcher.Receive(Wait));
        Assert.Equal(new ErlTuple(Atom("DOWN"), reference, Atom("process"), target.Pid, Atom("done")), watcher.Receive(Wait));

        var late = watcher.Monitor(target.Pid);
        Assert.Equal(new ErlTuple(Atom("DOWN"), late, Atom("process"), target.Pid, Atom("noproc")), watcher.Receive(Wait));
    }

    private async Task<ErlTerm> CollectAsync(ErlangNode node, ErlPid collector, int expected)
    {
        ErlTerm collected = ErlList.Nil;
        for (int attempt = 0; attempt < 100; attempt++)
        {
            collected = await node.HelperAsync(fixture.Erl.Name, "collect", collector);
            if (collected is ErlList list && list.Count >= expected)
                break;
            await Task.Delay(20);
        }
        return collected;
    }
}
