using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Lexing;
using Xunit.Abstractions;
using Assert = Xunit.Assert;
using IronUwsgi.Python.Parsing;

namespace IronUwsgi.Python.Tests.Parsing;

/// <summary>
/// Every .py file of the machine's CPython stdlib (test suite included) parses to CPython's exact AST.
/// The one accepted difference: escaped surrogate pairs in str literals ("\ud800\udc00") are one
/// character in a .NET string, so those files are compared with CPython's pairs joined.
/// </summary>
public sealed class StdlibAstTests(ITestOutputHelper output)
{
    // Files whose relative path length is a multiple of this are also compared with positions (about a fifth).
    private const int AttributesEvery = 5;

    [Fact]
    public async Task EveryStdlibFileDumpsAsCPythonDoes()
    {
        string root = CPythonReference.StdlibRoot();
        var reference = CPythonReference.RequestAsync(new { mode = "files", root, attributes_every = AttributesEvery });

        // Our side runs while python3 works; results are keyed by the path relative to the root.
        var ours = new ConcurrentDictionary<string, Result>();
        var files = Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories)
            .Where(f => !f.Contains("site-packages", StringComparison.Ordinal) && !f.Contains("__pycache__", StringComparison.Ordinal));
        Parallel.ForEach(files, file =>
        {
            string path = Path.GetRelativePath(root, file);
            ours[path] = Parse(file, withAttributes: path.Length % AttributesEvery == 0);
        });

        var expected = await reference;
        var failures = new List<string>();
        var utf16 = new List<string>();
        int accepted = 0;
        int positionsChecked = 0;
        foreach (var entry in expected)
        {
            string path = (string)entry!["path"]!;
            bool ok = (bool)entry["ok"]!;
            accepted += ok ? 1 : 0;
            positionsChecked += entry["attrs"] is not null ? 1 : 0;
            string? problem = Compare(ours[path], ok, (string?)entry["dump"], (string?)entry["dump16"], (string?)entry["attrs"]);
            if (problem == Utf16Match)
            {
                utf16.Add(path);
            }
            else if (problem is not null)
            {
                failures.Add($"{path}: {problem}");
            }
        }

        output.WriteLine($"{expected.Count} files, {accepted} accepted by CPython, {positionsChecked} compared with positions, {failures.Count} failures");
        output.WriteLine($"equal with surrogate pairs joined: {string.Join(", ", utf16)}");
        Assert.True(expected.Count > 1500, $"only {expected.Count} files found under {root}");
        Assert.Equal(expected.Count, ours.Count);
        Assert.True(failures.Count == 0, $"{failures.Count} of {expected.Count} files differ ({accepted} accepted by CPython, {positionsChecked} with positions):\n" + string.Join("\n", failures));
    }

    private const string Utf16Match = "equal with surrogate pairs joined";

    private sealed record Result(string? Dump, string? AttributesDump, string? Error);

    private static Result Parse(string file, bool withAttributes)
    {
        try
        {
            Module tree = PythonParser.ParseModule(SourceDecoder.Decode(File.ReadAllBytes(file), file), file);
            return new Result(Hash(AstDumper.Dump(tree)), withAttributes ? Hash(AstDumper.Dump(tree, includeAttributes: true)) : null, null);
        }
        catch (PythonSyntaxError e)
        {
            return new Result(null, null, $"rejected: {e.Message} (line {e.LineNo})");
        }
        catch (Exception e)
        {
            return new Result(null, null, $"crashed: {e.GetType().Name}: {e.Message}");
        }
    }

    private static string? Compare(Result ours, bool cpythonAccepts, string? dumpHash, string? dump16Hash, string? attrsHash)
    {
        if (ours.Error is { } error)
        {
            return cpythonAccepts || error.StartsWith("crashed", StringComparison.Ordinal) ? error : null;
        }

        if (!cpythonAccepts)
        {
            return "accepted but CPython rejects it";
        }

        if (ours.Dump != dumpHash)
        {
            return ours.Dump == dump16Hash ? Utf16Match : "dump differs";
        }

        if (attrsHash is not null && ours.AttributesDump != attrsHash)
        {
            return "positions differ";
        }

        return null;
    }

    private static string Hash(string dump) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(dump)));
}
