using System.Net;
using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Integration.Tests.Erlang;

/// <summary>The seed's examples and the bridge's behaviour end to end: real erl, real nginx, the real executable.</summary>
public sealed class ErlangBridgeTests(BridgeServer bridge) : IClassFixture<BridgeServer>
{
    private static readonly ErlInteger Timeout = new(10000);

    private ErlAtom Node => new(bridge.NodeName);

    [Fact]
    public void StartUpRegistersWithEpmdAndStealsTheHighestWorker()
    {
        var line = bridge.Server.WaitForLine(l => l.Contains("Erlang C-Node initialized on port", StringComparison.Ordinal));
        Assert.Matches($@"Erlang C-Node initialized on port \d+ you can access it with name {bridge.NodeName}$", line);
        Assert.Contains(bridge.Server.Lines, l => l.EndsWith("Erlang mode enabled for worker 3.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ErhelloThroughNginxSaysHelloWorld()
    {
        Assert.Equal("hello world !", await bridge.Http.GetStringAsync("erhello"));
        Assert.Equal("hello world !", await bridge.Http.GetStringAsync("erhello"));
    }

    [Fact]
    public async Task EchoRoundTripThroughNginx()
    {
        var response = await bridge.Http.GetAsync("echo?ping+pong+42");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ping pong 42\n", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task EveryRowOfTheTableRoundTripsThroughAnErlangEcho() =>
        Assert.Equal("ok 21", await bridge.Http.GetStringAsync("roundtrip"));

    [Fact]
    public async Task TimeoutsRaiseErlangTimeoutNearTheirDeadline() =>
        Assert.Equal("recv ErlangTimeout True near rpc ErlangTimeout True near", await bridge.Http.GetStringAsync("timeouts"));

    [Fact]
    public void AMessageFromErlReachesErlangFuncAndItsReplyComesBack()
    {
        var reply = bridge.World.CallErlOn(bridge.Asker, "bridgetest", "ask", Node, new ErlAtom("useless"), new ErlTuple(new ErlAtom("hello"), new ErlInteger(1)), Timeout);
        Assert.Equal(new ErlTuple(new ErlAtom("reply"), new ErlTuple(new ErlAtom("got"), new ErlTuple(new ErlAtom("hello"), new ErlInteger(1)), new ErlInteger(3))), reply);
        bridge.Server.WaitForLine(l => l.Contains("erlang_func got ('hello', 1)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MessagesHandledByTheStolenWorkerCountInTheRequestTotal()
    {
        long before = await TotalAfter("erhello?count-before");
        var message = new ErlTuple(new ErlAtom("hello"), new ErlInteger(7));
        Assert.IsType<ErlTuple>(bridge.World.CallErlOn(bridge.Asker, "bridgetest", "ask", Node, new ErlAtom("useless"), message, Timeout));
        long after = await TotalAfter("erhello?count-after");
        // One message, then this request.
        Assert.Equal(before + 2, after);
        Assert.Matches(@"^\[Erlang worker 3 pid \d+\] request \d+ done \{rss: \d+ vsz: \d+\}$", bridge.Server.WaitForLine(l => l.StartsWith("[Erlang worker", StringComparison.Ordinal)));
    }

    /// <summary>Serves <paramref name="uri"/> and reads the total T of its request line ("req: N/T").</summary>
    private async Task<long> TotalAfter(string uri)
    {
        Assert.Equal("hello world !", await bridge.Http.GetStringAsync(uri));
        var line = bridge.Server.WaitForLine(l => l.Contains($"] GET /{uri} => ", StringComparison.Ordinal));
        var match = System.Text.RegularExpressions.Regex.Match(line, @"\|req: \d+/(\d+)\]");
        Assert.True(match.Success, line);
        return long.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void ANoneReplySendsNothingAndAnExceptionIsLoggedWithItsTraceback()
    {
        Assert.Equal(new ErlAtom("timeout"), bridge.World.CallErlOn(bridge.Asker, "bridgetest", "ask", Node, new ErlAtom("useless"), new ErlAtom("silent"), new ErlInteger(300)));
        Assert.Equal(new ErlAtom("timeout"), bridge.World.CallErlOn(bridge.Asker, "bridgetest", "ask", Node, new ErlAtom("useless"), new ErlAtom("raise"), new ErlInteger(300)));
        bridge.Server.WaitForLine(l => l.Contains("ValueError: erlang_func failed on purpose", StringComparison.Ordinal));
        bridge.Server.WaitForLine(l => l.StartsWith("Traceback (most recent call last):", StringComparison.Ordinal) || l.Contains("Traceback (most recent call last):", StringComparison.Ordinal));
    }

    [Fact]
    public void ARegisteredProcessNameGoesToItsOwnCallable()
    {
        var reply = bridge.World.CallErlOn(bridge.Asker, "bridgetest", "ask", Node, new ErlAtom("named"), new ErlBinary("x"u8), Timeout);
        Assert.Equal(new ErlTuple(new ErlAtom("reply"), new ErlTuple(new ErlAtom("named"), new ErlBinary("x"u8))), reply);
    }

    [Fact]
    public void RegisterRpcAnswersRpcCallAndErpcCall()
    {
        var args = new ErlList(new ErlInteger(40), new ErlInteger(2));
        Assert.Equal(new ErlTuple(new ErlAtom("result"), new ErlInteger(42)), bridge.World.CallErl("bridgetest", "rpc", Node, new ErlAtom("add"), args));
        Assert.Equal(new ErlInteger(42), bridge.World.CallErl("bridgetest", "erpc", Node, new ErlAtom("add"), args));
    }

    [Fact]
    public void ARegisterRpcExceptionComesBackAsBadrpcAndAsAnErpcError()
    {
        var result = Assert.IsType<ErlTuple>(bridge.World.CallErl("bridgetest", "rpc", Node, new ErlAtom("fail"), ErlList.Nil));
        var viaRpc = Assert.IsType<ErlTuple>(result[1]);
        Assert.Equal(new ErlAtom("badrpc"), viaRpc[0]);
        Assert.Contains("ValueError", viaRpc[1].ToString(), StringComparison.Ordinal);
        var viaErpc = Assert.IsType<ErlTuple>(bridge.World.CallErl("bridgetest", "erpc", Node, new ErlAtom("fail"), ErlList.Nil));
        Assert.Equal(new ErlAtom("caught"), viaErpc[0]);
        Assert.Equal(new ErlAtom("error"), viaErpc[1]);
        Assert.Contains("this function always fails", viaErpc[2].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoWorkersOfFourThreadsGetTheirOwnRpcRepliesOnSharedAndPrivateHandles()
    {
        using var clients = new SemaphoreSlim(16);
        var requests = Enumerable.Range(0, 2 * 4 * 200).Select(async n =>
        {
            var path = n % 2 == 0 ? "shared" : "private";
            await clients.WaitAsync();
            try
            {
                return (n, Body: await bridge.Http.GetStringAsync($"{path}?{n}"));
            }
            finally
            {
                clients.Release();
            }
        });
        var results = await Task.WhenAll(requests);
        Assert.All(results, r => Assert.Matches($"^{r.n} [12] [0-9]+$", r.Body));
        var workerThreads = results.Select(r => r.Body.Split(' ')).Select(f => (Worker: f[1], Thread: f[2])).Distinct().ToList();
        Assert.Equal(2, workerThreads.Select(t => t.Worker).Distinct().Count());
        Assert.True(workerThreads.Count > 2, $"requests ran on only {workerThreads.Count} threads");
    }

    [Fact]
    public async Task AfterTheErlangNodeRestartsTheNextConnectWorks()
    {
        var alive = ErlangWorld.Unique("restart");
        var name = await bridge.World.StartErlAsync(alive);
        Assert.Equal(name, await bridge.Http.GetStringAsync($"ping?{name}"));
        await bridge.World.KillErlAsync(name);
        // A handle to a dead node is -1 at connect, or its rpc fails when the loss is noticed only then.
        Assert.Contains(await bridge.Http.GetStringAsync($"ping?{name}"), new[] { "-1", "error" });
        await bridge.World.StartErlAsync(alive);
        Assert.Equal(name, await bridge.Http.GetStringAsync($"ping?{name}"));
        Assert.Equal("hello world !", await bridge.Http.GetStringAsync("erhello"));
    }
}
