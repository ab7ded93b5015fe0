using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace IronUwsgi.Python.Tests.Parsing;

/// <summary>Runs the machine's CPython 3.11 once per request to produce expected values at test time.</summary>
internal static class CPythonReference
{
    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "Parsing", "cpython_reference.py");

    public static string StdlibRoot()
    {
        string output = Run(["-c", "import sysconfig; print(sysconfig.get_paths()['stdlib'])"], null);
        return output.Trim();
    }

    /// <summary>Sends one request to cpython_reference.py and returns its JSON lines.</summary>
    public static List<JsonNode?> Request(object request)
    {
        string output = Run([Script], JsonSerializer.Serialize(request));
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)).ToList();
    }

    private static string Run(string[] args, string? stdin)
    {
        var psi = new ProcessStartInfo("python3")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            psi.ArgumentList.Add(arg);
        }

        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(psi)!;
        var stderr = process.StandardError.ReadToEndAsync();
        if (stdin is not null)
        {
            process.StandardInput.Write(stdin);
        }

        process.StandardInput.Close();
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"python3 failed: {stderr.Result}");
        }

        return output;
    }
}
