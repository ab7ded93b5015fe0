using System.Diagnostics;
using System.Text.Json;
using IronUwsgi.Python.Lexing;
using IronUwsgi.Python.Parsing;

namespace IronUwsgi.Python.Tests.Lexing;

/// <summary>Lexical errors compared with what CPython's compile() raises for the same source.</summary>
public class TokenizerErrorTests
{
    private static readonly string Script = Path.Combine(AppContext.BaseDirectory, "Lexing", "syntax_errors.py");

    public static readonly string[] Snippets =
    [
        "x = 1 \\ y\n", "a\nx = (1 \\ y)\n", "x = 1 +\\", "x=1\n\\", "x=1\n\\\n", "x = 'a' \\ \n", "\\ x\n",
        "x = (1,\n2\n", "x = [1,\n2)\n", "x = 1)\n", "x = (]\n", "x = ]\n", "f(\n  a,\n  b\n", "x = (\n", "x = {\n\n",
        "((((\n", "x = [(\n])\n", "x = é]\n",
        "s = 'abc\n", "s = '''abc\n\n", "s = '''abc", "x = '''\n\nabc\n", "s = \"abc", "s = b'abc\\\n", "s = 'é\n",
"x = 1; s = rb'abc\n", "(\n'''a\n", "x = f'abc\n",
        "x = 0777\n", "x = 1_a\n", "x = 0x\n", "x = 0o8\n", "x = 0b2\n", "x = 1e\n", "x = 1e+\n", "x = 1abc\n",
        "x = 1.2j3\n", "x = 0_\n", "x = 00_1\n", "x = 0b\n", "x = 0x_\n", "x = 1__0\n", "x = 0.e\n", "x = 1.e5j_\n",
        "x = 0e\n", "x = 1.real\n", "x = 0b1_\n", "x = 0o_\n", "x = 0o1_8\n", "x = 0b12\n", "x = 0x1g\n", "x = 0b1a\n",
        "x = 0o7a\n", "x = 0_a\n", "x = 00a\n", "x = 0e+a\n", "x=1.e\n", "x=1.ej\n", "x = 1ea\n", "x = 1_\n", "x = 0x1_\n",
        "x = é + 0777\n", "x = 09\n", "x = 1e1_\n", "x = .5_\n", "x = 5._5\n",
        "x = €\n", "x = a\u00a0b\n", "x = \u0001\n", "x = 'é' + €\n", "ab€c = 1\n", "x = \U0001F600\n", "é€ = 1\n",
        "x = a\u200bb\n", "x = ·a\n", "x = \u2028\n",
        "if 1:\n  x\n y\n", "if 1:\n\tx\n        y\n", "if 1:\n        x\n\ty\n", "if 1:\n  x\n\ty\n",
        "if 1:\n        x\n\t y\n", "if 1:\n \tx\n\t y\n", "if 1:\n\tif 2:\n\t\tx\n    \ty\n", "if 1:\n  x\n \f y\n",
        "if 1:\n    if 2:\n        x\n  y\n", "if 1:\r\n  x\r\n y\r\n",
        string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', i) + "if 1:\n")) + new string(' ', 100) + "x\n",
        "x = " + new string('(', 201) + new string(')', 201) + "\n",
    ];

    public static TheoryData<int> Indexes => new(Enumerable.Range(0, Snippets.Length));

    private static readonly Lazy<string[]> Expected = new(() =>
    {
        var info = new ProcessStartInfo("python3", [Script]) { RedirectStandardInput = true, RedirectStandardOutput = true };
        using var python = Process.Start(info)!;
        foreach (string snippet in Snippets)
        {
            python.StandardInput.WriteLine(JsonSerializer.Serialize(snippet));
        }
        python.StandardInput.Close();
        var lines = new List<string>();
        string? line;
        while ((line = python.StandardOutput.ReadLine()) is not null)
        {
            lines.Add(line);
        }
        python.WaitForExit();
        return [.. lines];
    });

    [Theory]
    [InlineData("x = = 1\ny = 'abc\n", "unterminated string literal (detected at line 2)")]
    [InlineData("x = = 1\ny = 0777\n", "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")]
    [InlineData("f(\nx = = 1\n", "'(' was never closed")]
    [InlineData("x = = 1\nf(\n", null)]
    [InlineData("x = = 1\nif 1:\n  a\n b\n", null)]
    [InlineData("x = = 1\ny = 1 \\ 2\n", null)]
    [InlineData("x = = 1\ny = 2\n", null)]
    public void RestOfSourceErrorsReplaceGenericInvalidSyntaxAsInCPython(string source, string? expected)
    {
        // The parser stops at the second '=' of the line holding the syntax error.
        var tokenizer = new Tokenizer(source, "<test>");
        Token token;
        do
        {
            token = tokenizer.Next();
        }
        while (token.Text != "=" || token.Start.Column != 4);
        Assert.Equal(expected, tokenizer.ErrorInRest(token.Start.Line)?.Message);
    }

    [Fact]
    public void UnterminatedStringInCrLfFileCountsLinesLikeCPythonReadingTheFile()
    {
        // compile() of a str says line 3 here; running the file (our case) says line 2.
        var error = Assert.Throws<PythonSyntaxError>(() => Tokenizer.TokenizeAll("s = \"\"\"a\r\nb\r\n", "t.py"));
        Assert.Equal("unterminated triple-quoted string literal (detected at line 2)", error.Message);
        Assert.Equal((1, 5), (error.LineNo, error.Offset));
    }

    [Theory]
    [MemberData(nameof(Indexes))]
    public void LexicalErrorMatchesCPython(int index)
    {
        string snippet = Snippets[index];
        string expected = Expected.Value[index];
        Assert.NotEqual("null", expected);
        var error = Assert.Throws<PythonSyntaxError>(() => Tokenizer.TokenizeAll(snippet, "<test>"));
        string actual = JsonSerializer.Serialize(new object[] { error.Kind.ToString(), error.Message, error.LineNo, error.Offset, error.EndLineNo, error.EndOffset, error.Text ?? "" });
        var e = JsonSerializer.Deserialize<JsonElement[]>(expected)!;
        string wanted = JsonSerializer.Serialize(new object[] { e[0].GetString()!, e[1].GetString()!, e[2].GetInt32(), e[3].GetInt32(), e[4].GetInt32(), e[5].GetInt32(), e[6].GetString() ?? "" });
        Assert.Equal(wanted, actual);
    }
}
