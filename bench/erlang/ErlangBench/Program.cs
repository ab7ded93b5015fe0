using System.Diagnostics;
using System.Globalization;
using System.Net;
using IronUwsgi.Erlang.Nodes;
using IronUwsgi.Erlang.Terms;

// Usage: ErlangBench TARGET_NODE COOKIE EPMD_PORT SECONDS
// rpc erlang:abs(-5) against TARGET_NODE: sequentially, from 32 threads, and from 32 async loops.
// Each line: "<mode> <calls/s> cpu_us_per_call <our CPU time per call>".
if (args.Length != 4)
{
    Console.Error.WriteLine("usage: ErlangBench TARGET_NODE COOKIE EPMD_PORT SECONDS");
    return 2;
}
string target = args[0];
var seconds = TimeSpan.FromSeconds(double.Parse(args[3], CultureInfo.InvariantCulture));
const int Parallelism = 32;
await using var node = await ErlangNode.StartAsync(new ErlangNodeOptions
{
    Name = $"csbench{Environment.ProcessId}@127.0.0.1",
    Cookie = args[1],
    EpmdPort = int.Parse(args[2], CultureInfo.InvariantCulture),
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

async Task<long> LoopAsync(TimeSpan duration)
{
    long calls = 0;
    var clock = Stopwatch.StartNew();
    while (clock.Elapsed < duration)
    {
        if (await node.RpcAsync(target, "erlang", "abs", callArgs) != expected)
            throw new InvalidOperationException("unexpected rpc result");
        calls++;
    }
    return calls;
}

// Our CPU time per call: the load of other processes on the machine disturbs it far less than the rate.
void Report(string mode, Func<long> run)
{
    var cpu = Process.GetCurrentProcess().TotalProcessorTime;
    var clock = Stopwatch.StartNew();
    long calls = run();
    double rate = calls / clock.Elapsed.TotalSeconds;
    double cpuPerCall = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMicroseconds / calls;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{mode} {rate:F0} cpu_us_per_call {cpuPerCall:F1}"));
}

// Warm up the connection and the JIT before measuring.
Loop(TimeSpan.FromSeconds(1));

Report("sequential", () => Loop(seconds));
Report("threads32", () =>
{
    long total = 0;
    var workers = Enumerable.Range(0, Parallelism).Select(_ => new Thread(() => Interlocked.Add(ref total, Loop(seconds)))).ToList();
    workers.ForEach(worker => worker.Start());
    workers.ForEach(worker => worker.Join());
    return total;
});
Report("async32", () => Task.WhenAll(Enumerable.Range(0, Parallelism).Select(_ => Task.Run(() => LoopAsync(seconds)))).Result.Sum());
return 0;
