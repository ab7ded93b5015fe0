using IronUwsgi.Erlang.Terms;
using IronUwsgi.Erlang.Tests.Fixtures;
using static IronUwsgi.Erlang.Tests.Nodes.ErlHelper;

namespace IronUwsgi.Erlang.Tests.Nodes;

[Collection(ErlangCollection.Name)]
public class MessagingTests(ErlangFixture fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task WeSendToErlByNameAndByPid()
    {
        await using var node = await NodeFactory.StartAsync(fixture);
        string echoName = ErlangFixture.UniqueAlive("echo");
        var echoPid = (ErlPid)await node.HelperAsync(fixture.Erl.Name, "start_echo", Atom(echoName));
        using var mailbox = node.CreateMailbox();

        mailbox.Send(echoName, fixture.Erl.Name, new ErlTuple(mailbox.Pid, Term("{hello,[1,2],<<\"x\">>}")));
        Assert.Equal(Term("{echo,{hello,[1,2],<<\"x\">>}}"), await mailbox.ReceiveAsync(Wait));

        mailbox.Send(echoPid, new ErlTuple(mailbox.Pid, Atom("by_pid")));
        Assert.Equal(Term("{echo,by_pid}"), mailbox.Receive(Wait));
    }

    [Fact]
    public async Task ErlSendsToUsByNameAndByPid()
    {
        await using var node = await NodeFactory.StartAsync(fixture);
        using var mailbox = node.CreateMailbox("inbox");

        await node.HelperAsync(fixture.Erl.Name, "send", new ErlTuple(Atom("inbox"), Atom(node.Name)), Term("{by_name,3.5}"));
        Assert.Equal(Term("{by_name,3.5}"), await mailbox.ReceiveAsync(Wait));

        await node.HelperAsync(fixture.Erl.Name, "send", mailbox.Pid, Term("{by_pid,#{a => 1}}"));
        Assert.Equal(Term("{by_pid,#{a => 1}}"), await mailbox.ReceiveAsync(Wait));
    }

    [Fact]
    public async Task AReceiveTimeoutNeverEndsBeforeItsDeadline()
    {
        // .NET timers count on a coarse clock; the receive must still not give up early.
        await using var node = await NodeFactory.StartAsync(fixture);
        using var mailbox = node.CreateMailbox();
        for (var i = 0; i < 60; i++)
        {
            var timeout = TimeSpan.FromMilliseconds(1 + (i % 6) * 1.5);
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            Assert.Null(i % 2 == 0 ? mailbox.Receive(timeout) : await mailbox.ReceiveAsync(timeout));
            Assert.True(System.Diagnostics.Stopwatch.GetElapsedTime(started) >= timeout);
        }
    }

    [Fact]
    public async Task SelectiveReceiveLeavesOtherMessagesQueued()
    {
        await using var node = await NodeFactory.StartAsync(fixture);
        using var mailbox = node.CreateMailbox();
        using var sender = node.CreateMailbox();
        sender.Send(mailbox.Pid, Term("{a,1}"));
        sender.Send(mailbox.Pid, Term("{b,2}"));
        sender.Send(mailbox.Pid, Term("{a,3}"));

        Assert.Equal(Term("{b,2}"), mailbox.Receive(m => m is ErlTuple t && t[0] == Atom("b"), Wait));
        Assert.Equal(2, mailbox.Count);
        Assert.Null(mailbox.Receive(m => m == Atom("never"), TimeSpan.FromMilliseconds(20)));
        Assert.Equal(Term("{a,1}"), mailbox.Receive(Wait));
        Assert.Equal(Term("{a,3}"), mailbox.Receive(Wait));
    }

    [Fact]
    public async Task WaitingReceiveGetsTheMessageThatArrivesLater()
    {
        await using var node = await NodeFactory.StartAsync(fixture);
        using var mailbox = node.CreateMailbox();
        var pending = mailbox.ReceiveAsync(m => m is ErlTuple, Wait);
        node.Send(mailbox.Pid, Atom("not_a_tuple"));
        node.Send(mailbox.Pid, Term("{late}"));
        Assert.Equal(Term("{late}"), await pending);
        Assert.Equal(Atom("not_a_tuple"), mailbox.Receive(TimeSpan.Zero));
    }

    [Fact]
    public async Task RegisteredNamesAreUniquePerNode()
    {
        await using var node = await NodeFactory.StartAsync(fixture);
        using var first = node.CreateMailbox("only");
        Assert.Throws<InvalidOperationException>(() => node.CreateMailbox("only"));
        using var second = node.CreateMailbox();
        Assert.False(second.Register("only"));
        first.Dispose();
        Assert.True(second.Register("only"));
    }
}
