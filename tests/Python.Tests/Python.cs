using System.Diagnostics;

namespace IronUwsgi.Python.Tests;

/// <summary>Runs the reference CPython (python3) to produce expected values at test time.</summary>
internal static class Python
{
    public static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = false,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        info.Environment["PYTHONIOENCODING"] = "utf-8";
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }
        return Process.Start(info) ?? throw new InvalidOperationException("python3 did not start");
    }

    /// <summary>Runs a Python snippet and returns what it prints.</summary>
    public static string Run(string code, params string[] args)
    {
        using var p = Start(["-c", code, .. args]);
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"python3 failed with exit code {p.ExitCode}");
        }
        return output;
    }

    /// <summary>Runs a Python snippet with <paramref name="input"/> on its standard input and returns what it prints.</summary>
    public static string RunWithInput(string code, string input)
    {
        var info = new ProcessStartInfo("python3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
            StandardInputEncoding = new System.Text.UTF8Encoding(false),
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        info.Environment["PYTHONIOENCODING"] = "utf-8";
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(code);
        using var p = Process.Start(info) ?? throw new InvalidOperationException("python3 did not start");
        p.StandardInput.Write(input);
        p.StandardInput.Close();
        string output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        return output;
    }

    /// <summary>True when CPython's compiler rejects the file.</summary>
    public static bool Rejects(string path) =>
        Run("import sys\ntry:\n compile(open(sys.argv[1],'rb').read(), sys.argv[1], 'exec')\n print('ok')\nexcept SyntaxError:\n print('rejected')", path).Trim() == "rejected";
}
