using System.Diagnostics;
using System.Net;
using IronUwsgi.Erlang.Nodes;
using IronUwsgi.Erlang.Terms;

// Usage: ErlangBench TARGET_NODE COOKIE EPMD_PORT SECONDS [sequential|parallel]
// Prints "sequential <calls/s>" and "parallel32 <calls/s>" for rpc erlang:abs(-5) against TARGET_NODE.
if (args.Length is < 4 or > 5)
{
    Console.Error.WriteLine("usage: ErlangBench TARGET_NODE COOKIE EPMD_PORT SECONDS [sequential|parallel]");
    return 2;
}
string mode = args.Length == 5 ? args[4] : "both";
string target = args[0];
var seconds = TimeSpan.FromSeconds(double.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture));
await using var node = await ErlangNode.StartAsync(new ErlangNodeOptions
{
    Name = $"csbench{Environment.ProcessId}@127.0.0.1",
    Cookie = args[1],
    EpmdPort = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture),
    ListenAddress = IPAddress.Loopback,
});
var callArgs = new ErlList(new ErlInteger(-5));
var expected = new ErlInteger(5);

long Loop(TimeSpan duration)
{
    long calls = 0;
    var clock = Stopwatch.StartNew();
    while (clock.Elapsed < duration)
    {
        for (int i = 0; i < 100; i++)
        {
            if (node.Rpc(target, "erlang", "abs", callArgs) != expected)
                throw new InvalidOperationException("unexpected rpc result");
        }
        calls += 100;
    }
    return calls;
}

// Warm up the connection and the JIT before measuring.
Loop(TimeSpan.FromSeconds(1));

if (mode != "parallel")
{
    var sequentialClock = Stopwatch.StartNew();
    long sequential = Loop(seconds);
    Console.WriteLine($"sequential {sequential / sequentialClock.Elapsed.TotalSeconds:F0}");
}
if (mode == "sequential")
    return 0;

const int Threads = 32;
long parallelCalls = 0;
var parallelClock = Stopwatch.StartNew();
var workers = Enumerable.Range(0, Threads).Select(_ => new Thread(() => Interlocked.Add(ref parallelCalls, Loop(seconds)))).ToList();
workers.ForEach(worker => worker.Start());
workers.ForEach(worker => worker.Join());
Console.WriteLine($"parallel32 {parallelCalls / parallelClock.Elapsed.TotalSeconds:F0}");
return 0;
