using System.Diagnostics;
using IronUwsgi.Erlang.Epmd;

namespace IronUwsgi.Erlang.Tests.Fixtures;

/// <summary>A real <c>erl</c> node on loopback with a unique name, registered with a private epmd.</summary>
internal sealed class ErlNode : IDisposable
{
    private readonly Process _process;
    private int _disposed;

    private ErlNode(Process process, string name)
    {
        _process = process;
        Name = name;
    }

    /// <summary>The full node name, alive@127.0.0.1.</summary>
    public string Name { get; }

    public string Alive => Name[..Name.IndexOf('@')];

    public static async Task<ErlNode> StartAsync(int epmdPort, string cookie, string alive, string codePath)
    {
        string name = $"{alive}@127.0.0.1";
        var info = new ProcessStartInfo("erl")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[]
        {
            "-noshell", "-name", name, "-setcookie", cookie, "-pa", codePath,
            "-kernel", "inet_dist_use_interface", "{127,0,0,1}",
        })
            info.ArgumentList.Add(arg);
        info.Environment["ERL_EPMD_PORT"] = epmdPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start erl");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var node = new ErlNode(process, name);
        var epmd = new EpmdClient("127.0.0.1", epmdPort);
        for (int attempt = 0; attempt < 200; attempt++)
        {
            if (process.HasExited)
                break;
            if (await epmd.LookupAsync(alive) is not null)
                return node;
            await Task.Delay(50);
        }
        node.Dispose();
        throw new InvalidOperationException($"erl node {name} did not register with epmd");
    }

    /// <summary>Kills the node at once, as a crash or <c>halt()</c> would.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }
}
