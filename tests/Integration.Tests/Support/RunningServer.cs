using System.Diagnostics;

namespace IronUwsgi.Integration.Tests.Support;

/// <summary>The real executable running in the background, its log lines collected as they come.</summary>
internal sealed class RunningServer : IDisposable
{
    private readonly Process _process;
    private readonly List<string> _lines = [];

    private RunningServer(Process process) => _process = process;

    public static RunningServer Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true };
        start.ArgumentList.Add(ServerProcess.AssemblyPath);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var server = new RunningServer(process);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (server._lines)
                    server._lines.Add(e.Data);
            }
        };
        process.BeginErrorReadLine();
        return server;
    }

    /// <summary>The lines logged so far.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
                return [.. _lines];
        }
    }

    public string WaitForLine(Func<string, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            lock (_lines)
            {
                var found = _lines.FirstOrDefault(match);
                if (found is not null)
                    return found;
            }
            Thread.Sleep(20);
        }
        lock (_lines)
            throw new TimeoutException("no such line in:\n" + string.Join('\n', _lines));
    }

    /// <summary>Sends SIGTERM and returns the exit code.</summary>
    public int Terminate()
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString()]))
            kill.WaitForExit();
        if (!_process.WaitForExit(30000))
            throw new TimeoutException("ironuwsgi did not exit after SIGTERM");
        _process.WaitForExit();
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
