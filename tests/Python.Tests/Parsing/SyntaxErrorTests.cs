using System.Text.Json.Nodes;
using IronUwsgi.Python.Parsing;

namespace IronUwsgi.Python.Tests.Parsing;

/// <summary>Invalid sources raise the SyntaxError class, line and (for the common cases) message CPython's parser gives.</summary>
public sealed class SyntaxErrorTests
{
    // Messages CPython users see most; for these the message text must match too.
    private static readonly string[] CommonMessages =
    [
        "invalid syntax",
        "unexpected indent",
        "expected an indented block",
        "unindent does not match any outer indentation level",
        "unterminated string literal",
        "was never closed",
        "cannot assign to",
        "Missing parentheses in call to",
        "Perhaps you forgot a comma?",
        "expected ':'",
        "positional argument follows keyword argument",
        "is an illegal expression for augmented assignment",
        "cannot delete",
        "Generator expression must be parenthesized",
        "non-default argument follows default argument",
        "too many nested parentheses",
        "does not match opening parenthesis",
        "expected 'else' after 'if' expression",
        "inconsistent use of tabs and spaces in indentation",
    ];

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

            bool common = CommonMessages.Any(m => wantMsg.Contains(m, StringComparison.Ordinal));
            if (got.Kind.ToString() != wantType || got.LineNo != wantLine || (common && got.Message != wantMsg))
            {
                problems.Add($"#{i} {Show(snippets[i])}: got {got.Kind}: {got.Message} (line {got.LineNo}), CPython {wantType}: {wantMsg} (line {wantLine})");
            }
        }

        Assert.True(snippets.Length >= 150, "the corpus must hold at least 150 snippets");
        Assert.True(problems.Count == 0, $"{problems.Count} of {rejectedByCPython} snippets differ:\n" + string.Join("\n", problems));
    }

    private static string Show(string s) => s.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}
