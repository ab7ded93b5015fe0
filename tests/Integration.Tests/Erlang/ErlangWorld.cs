using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using IronUwsgi.Erlang.Epmd;
using IronUwsgi.Erlang.Nodes;
using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Integration.Tests.Erlang;

/// <summary>
/// A private epmd on loopback, a real erl node (unique name) running the echo server with the
/// seed's modules and bridgetest loaded, and a C# client node to drive erl from the tests.
/// </summary>
public sealed class ErlangWorld : IAsyncLifetime
{
    public const string Cookie = "BRIDGETESTCOOKIE";

    private readonly List<Process> _processes = [];
    private readonly Dictionary<string, Process> _erls = [];

    public int EpmdPort { get; private set; }

    public string ErlNode { get; private set; } = "";

    public string CodeDir { get; private set; } = "";

    public ErlangNode Client { get; private set; } = null!;

    public static string RepoRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "IronUwsgi.sln")))
                dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException("the repository root (IronUwsgi.sln) is not above the test output");
        }
    }

    public static string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 12)];

    public static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public async Task InitializeAsync()
    {
        CodeDir = Directory.CreateTempSubdirectory("ironuwsgi-erl-").FullName;
        Run("erlc", "-o", CodeDir, Path.Combine(RepoRoot, "erlang", "uwsgitest.erl"), Path.Combine(RepoRoot, "erlang", "uwsgiecho.erl"),
            Path.Combine(AppContext.BaseDirectory, "Erlang", "bridgetest.erl"));
        EpmdPort = FreePort();
        Start("epmd", [], "-port", EpmdPort.ToString(CultureInfo.InvariantCulture), "-address", "127.0.0.1");
        ErlNode = await StartErlAsync(Unique("erl"));
        Client = await ErlangNode.StartAsync(new ErlangNodeOptions
        {
            Name = Unique("client") + "@127.0.0.1",
            Cookie = Cookie,
            ListenAddress = IPAddress.Loopback,
            EpmdPort = EpmdPort,
        });
    }

    /// <summary>Starts another erl node with the test modules and the echo server; returns its name.</summary>
    public async Task<string> StartErlAsync(string alive)
    {
        var name = alive + "@127.0.0.1";
        _erls[name] = Start("erl", new() { ["ERL_EPMD_PORT"] = EpmdPort.ToString(CultureInfo.InvariantCulture) },
            "-noshell", "-name", name, "-setcookie", Cookie, "-pa", CodeDir,
            "-kernel", "inet_dist_use_interface", "{127,0,0,1}", "-eval", "uwsgiecho:start()");
        var epmd = new EpmdClient("127.0.0.1", EpmdPort);
        for (int attempt = 0; attempt < 400; attempt++)
        {
            if (await epmd.LookupAsync(alive) is not null)
                return name;
            await Task.Delay(25);
        }
        throw new InvalidOperationException($"erl node {name} did not register with epmd");
    }

    /// <summary>Kills an erl node at once, as a crash would, and waits until epmd forgot it.</summary>
    public async Task KillErlAsync(string name)
    {
        var process = _erls[name];
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        var epmd = new EpmdClient("127.0.0.1", EpmdPort);
        for (int attempt = 0; attempt < 400 && await epmd.LookupAsync(name[..name.IndexOf('@')]) is not null; attempt++)
            await Task.Delay(25);
    }

    /// <summary>Calls a function on the erl node from the C# client.</summary>
    public ErlTerm CallErl(string module, string function, params ErlTerm[] args) => CallErlOn(ErlNode, module, function, args);

    /// <summary>Calls a function on the given erl node from the C# client.</summary>
    public ErlTerm CallErlOn(string node, string module, string function, params ErlTerm[] args) =>
        Client.Rpc(node, module, function, new ErlList(args), TimeSpan.FromSeconds(20));

    /// <summary>Environment for a server or script that must find our epmd.</summary>
    public Dictionary<string, string> Environment() => new() { ["ERL_EPMD_PORT"] = EpmdPort.ToString(CultureInfo.InvariantCulture) };

    public async Task DisposeAsync()
    {
        if (Client is not null)
            await Client.DisposeAsync();
        foreach (var process in Enumerable.Reverse(_processes))
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
            process.WaitForExit();
            process.Dispose();
        }
        Directory.Delete(CodeDir, recursive: true);
    }

    private Process Start(string file, Dictionary<string, string> env, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        foreach (var (key, value) in env)
            info.Environment[key] = value;
        var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {file}");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        _processes.Add(process);
        if (file == "epmd")
            WaitForPort(EpmdPort);
        return process;
    }

    private static void WaitForPort(int port)
    {
        for (int attempt = 0; attempt < 200; attempt++)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(25);
            }
        }
        throw new InvalidOperationException($"nothing listens on port {port}");
    }

    private static void Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start {file}");
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} failed: {output}");
    }
}
