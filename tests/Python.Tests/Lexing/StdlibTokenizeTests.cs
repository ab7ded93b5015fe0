using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using IronUwsgi.Python.Lexing;
using IronUwsgi.Python.Parsing;

namespace IronUwsgi.Python.Tests.Lexing;

/// <summary>
/// Differential test: our tokens for every .py file of the CPython standard library equal those
/// of python3's tokenize module (NL, COMMENT and ENCODING aside), compared through a digest per
/// file; a mismatch is re-dumped token by token to show the first difference.
/// </summary>
public class StdlibTokenizeTests
{
    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "Lexing", "tokenize_dump.py");

    // The tokenize module's regexes disagree with CPython's C tokenizer here: its \w does not match
    // the variation selector U+E0100 (XID_Continue) that this test file puts in an identifier.
    private static readonly HashSet<string> TokenizeModuleDeviations = [Path.Combine("test", "test_unicode_identifiers.py")];

    [Fact]
    public async Task EveryStdlibFileTokenizesLikeCPython()
    {
        using var python = Python.Start(Script);
        string stdlib = Python.Run("import sysconfig; print(sysconfig.get_paths()['stdlib'])").Trim();
        // Our side runs while python3 tokenizes.
        var oursTask = Task.Run(() => Directory.EnumerateFiles(stdlib, "*.py", SearchOption.AllDirectories)
            .Where(p => !p.Contains("site-packages", StringComparison.Ordinal))
            .ToDictionary(p => p, OurDigest));
        var expected = new Dictionary<string, string>();
        string? line;
        while ((line = await python.StandardOutput.ReadLineAsync()) is not null)
        {
            int tab = line.IndexOf('\t');
            expected[line[..tab]] = line[(tab + 1)..];
        }
        await python.WaitForExitAsync();
        Assert.Equal(0, python.ExitCode);
        Assert.True(expected.Count > 1000, $"only {expected.Count} stdlib files listed");

        var ours = await oursTask;
        Assert.Equal(expected.Count, ours.Count);
        var failures = new List<string>();
        int compared = 0;
        foreach (var (path, digest) in expected)
        {
            if (digest.StartsWith('!') || TokenizeModuleDeviations.Any(path.EndsWith))
            {
                continue;
            }
            if (ours[path] != digest && !Python.Rejects(path))
            {
                failures.Add(path);
            }
            compared++;
        }
        var report = new StringBuilder();
        foreach (string path in failures.Take(5))
        {
            report.AppendLine(FirstDifference(path));
        }
        Assert.True(failures.Count == 0, $"{failures.Count} of {compared} files differ:\n{report}");
    }

    private static string OurDigest(string path)
    {
        try
        {
            return Digest(Records(path));
        }
        catch (PythonSyntaxError e)
        {
            return $"error {e.Message} at {e.LineNo}:{e.Offset}";
        }
    }

    private static List<string> Records(string path)
    {
        string text = SourceDecoder.Decode(File.ReadAllBytes(path), path);
        var records = new List<string>();
        foreach (var t in Tokenizer.TokenizeAll(text, path))
        {
            records.Add($"{t.Kind}\x1f{t.Text}\x1f{t.Start.Line}\x1f{t.Start.Column}\x1f{t.End.Line}\x1f{t.End.Column}\x1e");
        }
        return records;
    }

    private static string Digest(List<string> records) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Concat(records))));

    private static string FirstDifference(string path)
    {
        var python = Python.Start(Script, path);
        var theirs = new List<string>();
        string? line;
        while ((line = python.StandardOutput.ReadLine()) is not null)
        {
            theirs.Add(line);
        }
        python.WaitForExit();
        List<string> ours;
        try
        {
            ours = Records(path).ConvertAll(r => r.Replace("\n", "\\n"));
        }
        catch (PythonSyntaxError e)
        {
            return $"{path}: we raise {e.Message} at {e.LineNo}:{e.Offset}";
        }
        for (int i = 0; i < Math.Max(ours.Count, theirs.Count); i++)
        {
            string a = i < ours.Count ? ours[i] : "<none>", b = i < theirs.Count ? theirs[i] : "<none>";
            if (a != b)
            {
                return $"{path} token {i}:\n  ours   {a.Replace('\x1f', '|')}\n  python {b.Replace('\x1f', '|')}";
            }
        }
        return $"{path}: same records, different digest";
    }
}
