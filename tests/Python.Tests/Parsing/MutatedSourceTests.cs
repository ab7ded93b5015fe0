using IronUwsgi.Python.Parsing;

namespace IronUwsgi.Python.Tests.Parsing;

/// <summary>
/// Differential test against CPython on broken code: snippets of stdlib files with random edits
/// (characters removed or inserted, words deleted, keywords inserted). We must accept exactly
/// what CPython accepts, raise the same class, and name the same line almost always (CPython's
/// second-pass heuristics have a long tail; the rate is reported).
/// </summary>
public sealed class MutatedSourceTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const int Samples = 2500;
    private const double RequiredLineAgreement = 0.995;

    private static readonly string[] Files =
    [
        "argparse.py", "dataclasses.py", "asyncio/tasks.py", "typing.py", "json/decoder.py",
        "email/message.py", "enum.py", "test/test_patma.py", "test/test_fstring.py", "test/test_grammar.py",
    ];

    private static readonly string[] Insertions =
    [
        "(", ")", "[", "]", "{", "}", ":", ",", "=", "*", "\"", "'", "\\", "\n", "\t", " ", "#", "@", ".", "f",
        " if ", " for ", " in ", " lambda ", " not ", " yield ", " await ", " as ", " = ", " := ", " ** ",
        " async ", " match ", " case ", " else ", " del ", " return ",
    ];

    [Fact]
    public void MutatedSourcesAreAcceptedAndRejectedAsCPythonDoes()
    {
        string root = CPythonReference.StdlibRoot();
        var sources = Mutations(root);
        var expected = CPythonReference.Request(new { mode = "errors", sources });
        var disagreements = new List<string>();
        int rejected = 0;
        int sameLine = 0;
        int sameMessage = 0;
        int sameOffset = 0;
        for (int i = 0; i < sources.Count; i++)
        {
            PythonSyntaxError? got = null;
            try
            {
                PythonParser.ParseModule(sources[i], "<mutated>");
            }
            catch (PythonSyntaxError e)
            {
                got = e;
            }

            var want = expected[i];
            if ((want is null) != (got is null))
            {
                disagreements.Add($"#{i}: CPython {(want is null ? "accepts" : "rejects")}, we {(got is null ? "accept" : $"reject: {got.Message} (line {got.LineNo})")}\n{sources[i]}");
                continue;
            }

            if (want is null || got is null)
            {
                continue;
            }

            rejected++;
            if (got.Kind.ToString() != (string)want["type"]!)
            {
                disagreements.Add($"#{i}: class {got.Kind}, CPython {want["type"]}: {want["msg"]}\n{sources[i]}");
                continue;
            }

            sameLine += got.LineNo == (int)want["lineno"]! ? 1 : 0;
            sameMessage += got.Message == (string)want["msg"]! ? 1 : 0;
            sameOffset += got.LineNo == (int)want["lineno"]! && got.Offset == (int)want["offset"]! ? 1 : 0;
        }

        output.WriteLine($"{sources.Count} sources, {rejected} rejected by both; same line {sameLine}, same line and offset {sameOffset}, same message {sameMessage}");
        Assert.True(rejected > Samples / 2, $"only {rejected} mutations were syntax errors");
        Assert.True(disagreements.Count == 0, string.Join("\n\n", disagreements));
        Assert.True(sameLine >= RequiredLineAgreement * rejected, $"same line for only {sameLine} of {rejected} errors");
        Assert.True(sameMessage >= RequiredLineAgreement * rejected, $"same message for only {sameMessage} of {rejected} errors");
    }

    private static List<string> Mutations(string root)
    {
        var random = new Random(20261127);
        var sources = new List<string>(Samples);
        var lines = Files.Select(f => File.ReadAllText(Path.Combine(root, f)).Split('\n')).ToArray();
        while (sources.Count < Samples)
        {
            string[] file = lines[random.Next(lines.Length)];
            int start = random.Next(file.Length - 12);
            var text = new System.Text.StringBuilder(Dedent(file[start..(start + 12)]));
            int edits = 1 + random.Next(2);
            for (int e = 0; e < edits && text.Length > 1; e++)
            {
                int at = random.Next(text.Length);
                switch (random.Next(3))
                {
                    case 0:
                        text.Remove(at, 1);
                        break;
                    case 1:
                        text.Insert(at, Insertions[random.Next(Insertions.Length)]);
                        break;
                    default:
                        int end = at;
                        while (end < text.Length && char.IsLetterOrDigit(text[end]))
                        {
                            end++;
                        }

                        text.Remove(at, end - at);
                        break;
                }
            }

            sources.Add(text.ToString());
        }

        return sources;
    }

    // Removes the indentation the snippet's first non-blank line has, so it stands as a module.
    private static string Dedent(string[] lines)
    {
        int indent = lines.Where(l => l.Trim().Length > 0).Select(l => l.Length - l.TrimStart(' ').Length).DefaultIfEmpty(0).Min();
        return string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart(' '))) + "\n";
    }
}
