using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using IronUwsgi.Python.Lexing;
using IronUwsgi.Python.Parsing.Literals;

namespace IronUwsgi.Python.Tests.Lexing;

public class FStringSplitterTests
{
    private static readonly string Checker = Path.Combine(AppContext.BaseDirectory, "Lexing", "fstring_check.py");

    private static IReadOnlyList<FStringPart> Split(string token, SourcePos? start = null) =>
        FStringSplitter.Split(token, start ?? new SourcePos(1, 0), message => new FormatException(message));

    private static string Error(string token) => Assert.Throws<FormatException>(() => Split(token)).Message;

    [Fact]
    public void LiteralsAndFieldsAlternate()
    {
        var parts = Split("f'a{x}b{y!r:>{w}}'");
        Assert.Equal(4, parts.Count);
        Assert.Equal(new FStringLiteral("a"), parts[0]);
        var x = Assert.IsType<FStringField>(parts[1]);
        Assert.Equal(new FStringExpression("x", new SourcePos(1, 4)), x.Expression);
        Assert.Equal('\0', x.Conversion);
        Assert.Null(x.FormatSpec);
        Assert.Equal(new FStringLiteral("b"), parts[2]);
        var y = Assert.IsType<FStringField>(parts[3]);
        Assert.Equal('r', y.Conversion);
        Assert.Equal(new FStringLiteral(">"), y.FormatSpec![0]);
        var w = Assert.IsType<FStringField>(y.FormatSpec[1]);
        Assert.Equal(new FStringExpression("w", new SourcePos(1, 14)), w.Expression);
    }

    [Fact]
    public void DebugTextJoinsThePreviousLiteralAndImpliesRepr()
    {
        var parts = Split("f'a{x = }'");
        Assert.Equal(new FStringLiteral("ax = "), parts[0]);
        var field = Assert.IsType<FStringField>(parts[1]);
        Assert.Equal("x = ", field.DebugText);
        Assert.Equal('r', field.Conversion);
        Assert.Equal('\0', Assert.IsType<FStringField>(Split("f'{x=:>3}'")[1]).Conversion);
    }

    [Fact]
    public void DoubledBracesAreLiteralAndEscapesDecode()
    {
        Assert.Equal([new FStringLiteral("{x}\n\u2022")], Split(@"f'{{x}}\n\N{BULLET}'"));
        Assert.Equal([new FStringLiteral(@"\n{")], Split(@"rf'\n{{'"));
    }

    [Fact]
    public void EmptyFormatSpecIsAnEmptyList() =>
        Assert.Empty(Assert.IsType<FStringField>(Split("f'{x:}'")[0]).FormatSpec!);

    [Fact]
    public void ExpressionPositionsCountUtf8BytesAndLines()
    {
        var parts = Split("f'''é\n  ab{\n x}'''", new SourcePos(3, 4));
        var field = Assert.IsType<FStringField>(parts[1]);
        Assert.Equal(new FStringExpression("\n x", new SourcePos(4, 5)), field.Expression);
        var e = Assert.IsType<FStringField>(Split("f'é{y}'", new SourcePos(2, 10))[1]);
        Assert.Equal(new SourcePos(2, 15), e.Expression.Start);
    }

    [Fact]
    public void ExpressionsAreReportedBeforeTheirFormatSpecs()
    {
        var seen = new List<string>();
        FStringSplitter.Split("f'{a:{b}}{c}'", new SourcePos(1, 0), m => new FormatException(m), e => seen.Add(e.Text));
        Assert.Equal(["a", "b", "c"], seen);
    }

    [Theory]
    [InlineData("f'{x!}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'")]
    [InlineData("f'{x!z}'", "f-string: invalid conversion character: expected 's', 'r', or 'a'")]
    [InlineData("f'{}'", "f-string: empty expression not allowed")]
    [InlineData("f'{ }'", "f-string: empty expression not allowed")]
    [InlineData("f'{!r}'", "f-string: expression required before '!'")]
    [InlineData("f'{:3}'", "f-string: expression required before ':'")]
    [InlineData("f'}'", "f-string: single '}' is not allowed")]
    [InlineData("f'{a:b}}'", "f-string: single '}' is not allowed")]
    [InlineData("f'{'", "f-string: expecting '}'")]
    [InlineData("f'{x'", "f-string: expecting '}'")]
    [InlineData("f'{x:{'", "f-string: expecting '}'")]
    [InlineData("f'{x!r '", "f-string: expecting '}'")]
    [InlineData("f'{x!r=}'", "f-string: expecting '}'")]
    [InlineData("f'{x:a{{b}'", "f-string: expecting '}'")]
    [InlineData("f'{#}'", "f-string expression part cannot include '#'")]
    [InlineData("f'{\"\\n\"}'", "f-string expression part cannot include a backslash")]
    [InlineData("f'{)}'", "f-string: unmatched ')'")]
    [InlineData("f'{(]}'", "f-string: closing parenthesis ']' does not match opening parenthesis '('")]
    [InlineData("f'{[}'", "f-string: closing parenthesis '}' does not match opening parenthesis '['")]
    [InlineData("f'{\"a}'", "f-string: unterminated string")]
    [InlineData("f'{x:{y:{z}}}'", "f-string: expressions nested too deeply")]
    [InlineData(@"f'{1}\x'", @"(unicode error) 'unicodeescape' codec can't decode bytes in position 0-1: truncated \xXX escape")]
    public void MalformedFStringsGiveCPythonsMessages(string token, string message) => Assert.Equal(message, Error(token));

    [Fact]
    public void OperatorsThatLookLikeDelimitersStayInTheExpression()
    {
        string[] expressions = ["a!=b", "a<b", "a>=b", "a==b", "(x:=3)", "[{'a': 1}][0]", "'}'", "'''!:'''"];
        foreach (string expression in expressions)
        {
            var field = Assert.IsType<FStringField>(Split("f\"{" + expression + "}\"")[0]);
            Assert.Equal(expression, field.Expression.Text);
        }
    }

    [Fact]
    public void ExpressionTokensCarryFilePositions()
    {
        var tokenizer = Tokenizer.ForFStringExpression("a +\n  b", "t.py", new SourcePos(5, 7));
        var tokens = new List<Token>();
        Token t;
        while ((t = tokenizer.Next()).Kind != TokenKind.EndMarker)
        {
            tokens.Add(t);
        }
        Assert.Equal(
            [new Token(TokenKind.Name, "a", new(5, 7), new(5, 8)), new Token(TokenKind.Op, "+", new(5, 9), new(5, 10)),
             new Token(TokenKind.Name, "b", new(6, 2), new(6, 3))],
            tokens);
    }

    [Fact]
    public async Task StdlibFStringsSplitLikeCPython()
    {
        string stdlib = Python.Run("import sysconfig; print(sysconfig.get_paths()['stdlib'])").Trim();
        string[] files = ["test/test_fstring.py", "test/test_format.py", "logging/__init__.py", "dataclasses.py",
            "argparse.py", "inspect.py", "test/test_grammar.py", "test/test_traceback.py", "typing.py"];
        var lines = new List<string>();
        foreach (string rel in files)
        {
            string path = Path.Combine(stdlib, rel);
            string source = SourceDecoder.Decode(File.ReadAllBytes(path), path);
            foreach (var token in Tokenizer.TokenizeAll(source, path))
            {
                if (token.Kind == TokenKind.String && StringToken.Parse(token.Text).IsFormatted)
                {
                    var parts = FStringSplitter.Split(token.Text, token.Start, m => new FormatException($"{path} {token.Text}: {m}"));
                    lines.Add(new JsonObject { ["file"] = path, ["token"] = token.Text, ["parts"] = ToJson(parts) }.ToJsonString());
                }
            }
        }
        Assert.True(lines.Count > 500, $"only {lines.Count} f-strings");

        var info = new ProcessStartInfo("python3", [Checker]) { RedirectStandardInput = true, RedirectStandardOutput = true };
        using var python = Process.Start(info)!;
        var output = python.StandardOutput.ReadToEndAsync();
        foreach (string line in lines)
        {
            await python.StandardInput.WriteLineAsync(line);
        }
        python.StandardInput.Close();
        await python.WaitForExitAsync();
        Assert.Equal($"checked {lines.Count}", (await output).Trim());
    }

    private static JsonArray ToJson(IReadOnlyList<FStringPart> parts)
    {
        var array = new JsonArray();
        foreach (var part in parts)
        {
            array.Add(part switch
            {
                FStringLiteral l => new JsonObject { ["lit"] = l.Value },
                FStringField f => new JsonObject
                {
                    ["expr"] = f.Expression.Text,
                    ["line"] = f.Expression.Start.Line,
                    ["col"] = f.Expression.Start.Column,
                    ["debug"] = f.DebugText,
                    ["conv"] = f.Conversion == '\0' ? "" : f.Conversion.ToString(),
                    ["spec"] = f.FormatSpec is null ? null : ToJson(f.FormatSpec),
                },
                _ => throw new InvalidOperationException(),
            });
        }
        return array;
    }
}
