using IronUwsgi.Erlang.Nodes;
using IronUwsgi.Erlang.Processes;
using IronUwsgi.Erlang.Terms;
using IronUwsgi.Erlang.Tests.Fixtures;
using static IronUwsgi.Erlang.Tests.Nodes.ErlHelper;

namespace IronUwsgi.Erlang.Tests.Nodes;

[Collection(ErlangCollection.Name)]
public class RpcTests(ErlangFixture fixture)
{
    private static readonly RpcHandler Handler = (module, function, args) => (module, function) switch
    {
        ("calc", "add") => new ErlInteger(((ErlInteger)args[0]).LongValue + ((ErlInteger)args[1]).LongValue),
        ("calc", "echo") => new ErlTuple(Atom(module), Atom(function), args),
        ("calc", "fail") => throw ErlangException.Error(Atom("boom")),
        ("calc", "quit") => throw ErlangException.Exit(Atom("bye")),
        ("calc", "toss") => throw ErlangException.Throw(Atom("ball")),
        ("calc", "crash") => throw new InvalidOperationException("broken"),
        _ => throw ErlangException.Error(Atom("undef")),
    };

    [Fact]
    public async Task RpcToErlReturnsTheValue()
    {
        await using var node = await NodeFactory.StartAsync(fixture);
        var result = await node.RpcAsync(fixture.Erl.Name, "lists", "reverse", new ErlList(Term("[1,2,3]")));
        Assert.Equal(Term("[3,2,1]"), result);
        Assert.Equal(Term("<<\"ab\">>"), node.Rpc(fixture.Erl.Name, "erlang", "list_to_binary", new ErlList(Term("\"ab\""))));
    }

    [Fact]
    public async Task BadRpcSurfacesAsAnErrorCarryingTheReason()
    {
        await using var node = await NodeFactory.StartAsync(fixture);
        var error = await Assert.ThrowsAsync<ErlangRpcException>(() => node.CallAsync(fixture.Erl.Name, "nomod", "nofun"));
        Assert.Equal(Term("{'EXIT',{undef,[{nomod,nofun,[],[]}]}}"), error.Reason);
        var sync = Assert.Throws<ErlangRpcException>(() => node.Rpc(fixture.Erl.Name, "erlang", "exit", new ErlList(Atom("gone"))));
        Assert.Equal(Term("{'EXIT',gone}"), sync.Reason);
    }

    [Fact]
    public async Task RpcWithoutAnswerInTimeFailsWithTimeout()
    {
        await using var node = await NodeFactory.StartAsync(fixture);
        var error = await Assert.ThrowsAsync<ErlangRpcException>(() =>
            node.RpcAsync(fixture.Erl.Name, "timer", "sleep", new ErlList(new ErlInteger(3000)), TimeSpan.FromMilliseconds(50)));
        Assert.Equal(Atom("timeout"), error.Reason);
    }

    [Fact]
    public async Task ErlRpcCallReachesTheHandler()
    {
        await using var node = await NodeFactory.StartAsync(fixture, Handler);
        var us = Atom(node.Name);
        Assert.Equal(Term("{result,5}"), await node.HelperAsync(fixture.Erl.Name, "rpc_call", us, Atom("calc"), Atom("add"), Term("[2,3]")));
        Assert.Equal(Term("{result,{calc,echo,[a,\"xy\",<<1>>]}}"), await node.HelperAsync(fixture.Erl.Name, "rpc_call", us, Atom("calc"), Atom("echo"), Term("[a,\"xy\",<<1>>]")));
        Assert.Equal(Term("{result,{badrpc,{'EXIT',{boom,[{calc,fail,[],[]}]}}}}"), await node.HelperAsync(fixture.Erl.Name, "rpc_call", us, Atom("calc"), Atom("fail"), ErlList.Nil));
        Assert.Equal(Term("{result,{badrpc,{'EXIT',bye}}}"), await node.HelperAsync(fixture.Erl.Name, "rpc_call", us, Atom("calc"), Atom("quit"), ErlList.Nil));
        Assert.Equal(Term("{result,ball}"), await node.HelperAsync(fixture.Erl.Name, "rpc_call", us, Atom("calc"), Atom("toss"), ErlList.Nil));
    }

    [Fact]
    public async Task ErlErpcCallSeesValuesAndExceptionsAsErlangRaisesThem()
    {
        await using var node = await NodeFactory.StartAsync(fixture, Handler);
        var us = Atom(node.Name);
        Assert.Equal(Term("{ok,42}"), await node.HelperAsync(fixture.Erl.Name, "erpc_call", us, Atom("calc"), Atom("add"), Term("[40,2]")));
        Assert.Equal(Term("{caught,error,{exception,boom,[{calc,fail,[],[]}]}}"), await node.HelperAsync(fixture.Erl.Name, "erpc_call", us, Atom("calc"), Atom("fail"), ErlList.Nil));
        Assert.Equal(Term("{caught,exit,{exception,bye}}"), await node.HelperAsync(fixture.Erl.Name, "erpc_call", us, Atom("calc"), Atom("quit"), ErlList.Nil));
        Assert.Equal(Term("{caught,throw,ball}"), await node.HelperAsync(fixture.Erl.Name, "erpc_call", us, Atom("calc"), Atom("toss"), ErlList.Nil));
        Assert.Equal(Term("{caught,error,{exception,{dotnet_exception,<<\"System.InvalidOperationException\">>,<<\"broken\">>},[{calc,crash,[],[]}]}}"),
            await node.HelperAsync(fixture.Erl.Name, "erpc_call", us, Atom("calc"), Atom("crash"), ErlList.Nil));
    }

    [Fact]
    public async Task ErlSpawnLinkRunsTheHandlerAndSeesItsExitReason()
    {
        await using var node = await NodeFactory.StartAsync(fixture, Handler);
        var us = Atom(node.Name);
        Assert.Equal(Term("{exited,normal}"), await node.HelperAsync(fixture.Erl.Name, "spawn_link_on", us, Atom("calc"), Atom("echo"), ErlList.Nil));
        Assert.Equal(Term("{exited,{boom,[{calc,fail,[],[]}]}}"), await node.HelperAsync(fixture.Erl.Name, "spawn_link_on", us, Atom("calc"), Atom("fail"), ErlList.Nil));
        Assert.Equal(Term("{exited,bye}"), await node.HelperAsync(fixture.Erl.Name, "spawn_link_on", us, Atom("calc"), Atom("quit"), ErlList.Nil));
    }

    [Fact]
    public async Task ErlGenServerCallsToOurRexReachTheHandler()
    {
        await using var node = await NodeFactory.StartAsync(fixture, Handler);
        var rex = new ErlTuple(Atom("rex"), Atom(node.Name));
        Assert.Equal(new ErlInteger(3), await node.CallAsync(fixture.Erl.Name, "gen_server", "call", rex, Term("{call,calc,add,[1,2],user}")));
        var error = await Assert.ThrowsAsync<ErlangRpcException>(() => node.CallAsync(fixture.Erl.Name, "gen_server", "call", rex, Term("{call,calc,fail,[],user}")));
        Assert.Equal(Term("{'EXIT',{boom,[{calc,fail,[],[]}]}}"), error.Reason);
        Assert.Equal(Term("{result,ball}"), await node.HelperAsync(fixture.Erl.Name, "legacy_rex", Atom(node.Name), Atom("calc"), Atom("toss"), ErlList.Nil));
        Assert.Equal(Term("{result,{badrpc,{'EXIT',bye}}}"), await node.HelperAsync(fixture.Erl.Name, "legacy_rex", Atom(node.Name), Atom("calc"), Atom("quit"), ErlList.Nil));
    }

    [Fact]
    public async Task ErlRpcCallWithoutHandlerIsUndefUntilOneIsSet()
    {
        await using var node = await NodeFactory.StartAsync(fixture);
        Assert.Equal(Term("{caught,error,{exception,undef,[{m,f,[1],[]}]}}"), await node.HelperAsync(fixture.Erl.Name, "erpc_call", Atom(node.Name), Atom("m"), Atom("f"), Term("[1]")));
        node.RpcHandler = Handler;
        Assert.Equal(Term("{ok,7}"), await node.HelperAsync(fixture.Erl.Name, "erpc_call", Atom(node.Name), Atom("calc"), Atom("add"), Term("[3,4]")));
    }

    [Fact]
    public async Task ThirtyTwoThreadsShareOneConnectionAndEveryReplyFindsItsCaller()
    {
        await using var node = await NodeFactory.StartAsync(fixture);
        await node.ConnectAsync(fixture.Erl.Name);
        var mismatches = 0;
        var threads = Enumerable.Range(0, 32).Select(t => new Thread(() =>
        {
            for (int i = 0; i < 1000; i++)
            {
                long value = t * 1000 + i + 1;
                var reply = node.Rpc(fixture.Erl.Name, "erlang", "-", new ErlList(new ErlInteger(value)), TimeSpan.FromSeconds(60));
                if (reply != new ErlInteger(-value))
                    Interlocked.Increment(ref mismatches);
            }
        })).ToList();
        threads.ForEach(thread => thread.Start());
        threads.ForEach(thread => thread.Join());
        Assert.Equal(0, mismatches);
        Assert.Equal([fixture.Erl.Name], node.ConnectedNodes);
    }
}
