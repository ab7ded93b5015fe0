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
    // Every Nth file parsed by CPython is also compared with positions included.
    private const int AttributesEvery = 7;

    [Fact]
    public void EveryStdlibFileDumpsAsCPythonDoes()
    {
        string root = CPythonReference.StdlibRoot();
        var expected = CPythonReference.Request(new { mode = "files", root, attributes_every = AttributesEvery });
        var failures = new ConcurrentBag<string>();
        var utf16 = new ConcurrentBag<string>();
        int accepted = 0;
        int positionsChecked = 0;
        Parallel.ForEach(expected, entry =>
        {
            string path = (string)entry!["path"]!;
            bool ok = (bool)entry["ok"]!;
            string? result = Check(Path.Combine(root, path), ok, (string?)entry["dump"], (string?)entry["dump16"], (string?)entry["attrs"]);
            if (result == Utf16Match)
            {
                utf16.Add(path);
            }
            else if (result is not null)
            {
                failures.Add($"{path}: {result}");
            }

            if (ok)
            {
                Interlocked.Increment(ref accepted);
                if (entry["attrs"] is not null)
                {
                    Interlocked.Increment(ref positionsChecked);
                }
            }
        });

        output.WriteLine($"{expected.Count} files, {accepted} accepted by CPython, {positionsChecked} compared with positions, {failures.Count} failures");
        output.WriteLine($"equal with surrogate pairs joined: {string.Join(", ", utf16.Order())}");
        Assert.True(expected.Count > 1500, $"only {expected.Count} files found under {root}");
        Assert.True(failures.IsEmpty, $"{failures.Count} of {expected.Count} files differ ({accepted} accepted by CPython, {positionsChecked} with positions):\n" + string.Join("\n", failures.Order()));
    }

    private const string Utf16Match = "equal with surrogate pairs joined";

    private static string? Check(string file, bool cpythonAccepts, string? dumpHash, string? dump16Hash, string? attrsHash)
    {
        Module tree;
        try
        {
            tree = PythonParser.ParseModule(SourceDecoder.Decode(File.ReadAllBytes(file), file), file);
        }
        catch (PythonSyntaxError e)
        {
            return cpythonAccepts ? $"rejected: {e.Message} (line {e.LineNo})" : null;
        }
        catch (Exception e)
        {
            return $"crashed: {e.GetType().Name}: {e.Message}";
        }

        if (!cpythonAccepts)
        {
            return "accepted but CPython rejects it";
        }

        string hash = Hash(AstDumper.Dump(tree));
        if (hash != dumpHash)
        {
            return hash == dump16Hash ? Utf16Match : "dump differs";
        }

        if (attrsHash is not null && Hash(AstDumper.Dump(tree, includeAttributes: true)) != attrsHash)
        {
            return "positions differ";
        }

        return null;
    }

    private static string Hash(string dump) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(dump)));
}
