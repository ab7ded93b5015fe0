using System.Diagnostics;
using IronUwsgi.Integration.Tests.Support;

namespace IronUwsgi.Integration.Tests.Erlang;

/// <summary>The real ironuwsgi executable with an environment of our choosing, its log lines collected.</summary>
internal sealed class ServerWithErlang : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];

    private ServerWithErlang(Process process) => _process = process;

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
                return [.. _lines];
        }
    }

    public static ServerWithErlang Start(Dictionary<string, string> env, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(ServerProcess.AssemblyPath);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        foreach (var (key, value) in env)
            start.Environment[key] = value;
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var server = new ServerWithErlang(process);
        DataReceivedEventHandler collect = (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (server._lines)
                    server._lines.Add(e.Data);
            }
        };
        process.ErrorDataReceived += collect;
        process.OutputDataReceived += collect;
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return server;
    }

    /// <summary>Runs to completion (a --pyrun script or a failed start) and returns the exit code.</summary>
    public int WaitForExit()
    {
        if (!_process.WaitForExit(60000))
            throw new TimeoutException("ironuwsgi did not exit");
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public string WaitForLine(Func<string, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            var found = Lines.FirstOrDefault(match);
            if (found is not null)
                return found;
            if (_process.HasExited)
                break;
            Thread.Sleep(20);
        }
        var last = Lines.FirstOrDefault(match);
        return last ?? throw new TimeoutException("no such line in:\n" + string.Join('\n', Lines));
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.WaitForExit();
        _process.Dispose();
    }
}
