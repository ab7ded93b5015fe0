using System.Diagnostics;

namespace IronUwsgi.Integration.Tests.Support;

/// <summary>Runs the built <c>ironuwsgi</c> the way a user would, from the test's output folder.</summary>
internal static class ServerProcess
{
    public static string AssemblyPath => Path.Combine(AppContext.BaseDirectory, "ironuwsgi.dll");

    /// <summary>Runs to completion and returns exit code, stdout and stderr; kills it after <paramref name="timeout"/>.</summary>
    public static (int ExitCode, string Stdout, string Stderr) Run(TimeSpan timeout, params string[] args) =>
        RunWithInput(timeout, null, args);

    /// <summary>As <see cref="Run"/>, with <paramref name="input"/> piped to stdin (then closed) when given.</summary>
    public static (int ExitCode, string Stdout, string Stderr) RunWithInput(TimeSpan timeout, string? input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = input is not null };
        start.ArgumentList.Add(AssemblyPath);
        foreach (var arg in args)
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"ironuwsgi {string.Join(' ', args)} did not exit within {timeout}");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
