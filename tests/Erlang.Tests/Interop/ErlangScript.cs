using System.Diagnostics;

namespace IronUwsgi.Erlang.Tests.Interop;

/// <summary>A temp directory holding the compiled etf_interop module, and a way to run <c>erl -noshell -eval</c> against it.</summary>
public sealed class ErlangScript : IDisposable
{
    private const string Module = "etf_interop";

    public ErlangScript()
    {
        Directory = Path.Combine(Path.GetTempPath(), "ironuwsgi-etf-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        var source = Path.Combine(Directory, Module + ".erl");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Interop", Module + ".erl"), source);
        Run("erlc", ["-o", Directory, source]);
    }

    public string Directory { get; }

    public string PathOf(string name) => Path.Combine(Directory, name);

    /// <summary>Evaluates <paramref name="expression"/> (which must end by halting) in a fresh erl without distribution.</summary>
    public void Eval(string expression) => Run("erl", ["-noshell", "-pa", Directory, "-eval", expression]);

    /// <summary>An Erlang string literal for a path.</summary>
    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);

    private static void Run(string program, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in 120 s");
        }
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {output.Result}{error.Result}");
    }
}
