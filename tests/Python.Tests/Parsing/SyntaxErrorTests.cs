using System.Text.Json.Nodes;
using IronUwsgi.Python.Parsing;

namespace IronUwsgi.Python.Tests.Parsing;

/// <summary>Invalid sources raise the SyntaxError class, message, line and offset CPython's parser gives.</summary>
public sealed class SyntaxErrorTests
{
    [Fact]
    public void InvalidSnippetsFailAsCPythonDoes()
    {
        string[] snippets = InvalidSnippets.All;
        var expected = CPythonReference.Request(new { mode = "errors", sources = snippets });
        Assert.Equal(snippets.Length, expected.Count);
        var problems = new List<string>();
        int rejectedByCPython = 0;
        for (int i = 0; i < snippets.Length; i++)
        {
            JsonNode? want = expected[i];
            if (want is null)
            {
                problems.Add($"CPython accepts snippet {i}: {snippets[i]}");
                continue;
            }

            rejectedByCPython++;
            string wantType = (string)want["type"]!;
            string wantMsg = (string)want["msg"]!;
            int wantLine = (int)want["lineno"]!;
            int wantOffset = (int)want["offset"]!;
            PythonSyntaxError? got = null;
            try
            {
                PythonParser.ParseModule(snippets[i], "<snippet>");
            }
            catch (PythonSyntaxError e)
            {
                got = e;
            }
            catch (Exception e)
            {
                problems.Add($"#{i} {Show(snippets[i])}: crashed with {e.GetType().Name}: {e.Message}");
                continue;
            }

            if (got is null)
            {
                problems.Add($"#{i} {Show(snippets[i])}: accepted, CPython says {wantType}: {wantMsg} (line {wantLine})");
                continue;
            }

            if (got.Kind.ToString() != wantType || got.LineNo != wantLine || got.Offset != wantOffset || got.Message != wantMsg)
            {
                problems.Add($"#{i} {Show(snippets[i])}: got {got.Kind}: {got.Message} (line {got.LineNo}, offset {got.Offset}), CPython {wantType}: {wantMsg} (line {wantLine}, offset {wantOffset})");
            }
        }

        Assert.True(snippets.Length >= 150, "the corpus must hold at least 150 snippets");
        Assert.True(problems.Count == 0, $"{problems.Count} of {rejectedByCPython} snippets differ:\n" + string.Join("\n", problems));
    }

    private static string Show(string s) => s.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
