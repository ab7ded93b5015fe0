using IronUwsgi.Python.Lexing;

namespace IronUwsgi.Python.Tests.Lexing;

public class TokenizerTests
{
    private static List<Token> Tokens(string source) => Tokenizer.TokenizeAll(source, "<test>");

    /// <summary>Tokens as "Kind:text" strings, for compact exact expectations.</summary>
    private static string[] Shapes(string source) =>
        [.. Tokens(source).Select(t => t.Kind is TokenKind.Op or TokenKind.Name or TokenKind.Number or TokenKind.String
            ? t.Text : t.Kind.ToString())];

    [Fact]
    public void SimpleStatementHasExactTokensAndPositions()
    {
        Assert.Equal(
            [
                new Token(TokenKind.Name, "x", new(1, 0), new(1, 1)),
                new Token(TokenKind.Op, "=", new(1, 2), new(1, 3)),
                new Token(TokenKind.Number, "1", new(1, 4), new(1, 5)),
                new Token(TokenKind.Newline, "\n", new(1, 5), new(1, 6)),
                new Token(TokenKind.EndMarker, "", new(2, 0), new(2, 0)),
            ],
            Tokens("x = 1\n"));
    }

    [Fact]
    public void MissingFinalNewlineIsAddedWithoutText()
    {
        var tokens = Tokens("pass");
        Assert.Equal(new Token(TokenKind.Newline, "", new(1, 4), new(1, 5)), tokens[1]);
        Assert.Equal(new Token(TokenKind.EndMarker, "", new(2, 0), new(2, 0)), tokens[2]);
    }

    [Fact]
    public void IndentationProducesIndentAndDedents()
    {
        string source = "if a:\n    if b:\n        c\n\n  # comment\nd\n";
        Assert.Equal(
            ["if", "a", ":", "Newline", "Indent", "if", "b", ":", "Newline", "Indent", "c", "Newline", "Dedent", "Dedent", "d", "Newline", "EndMarker"],
            Shapes(source));
        var tokens = Tokens(source);
        Assert.Equal(new Token(TokenKind.Indent, "    ", new(2, 0), new(2, 4)), tokens[4]);
        Assert.Equal(new Token(TokenKind.Dedent, "", new(6, 0), new(6, 0)), tokens[12]);
    }

    [Fact]
    public void DedentsAtEndOfInputPrecedeEndMarker() =>
        Assert.Equal(["if", "a", ":", "Newline", "Indent", "b", "Newline", "Dedent", "EndMarker"], Shapes("if a:\n  b"));

    [Fact]
    public void TabsCountToMultiplesOfEightWhenConsistent() =>
        Assert.Equal(["if", "a", ":", "Newline", "Indent", "b", "Newline", "c", "Newline", "Dedent", "EndMarker"],
            Shapes("if a:\n\tb\n\tc\n"));

    [Fact]
    public void BracketsJoinLinesAndIgnoreIndentation() =>
        Assert.Equal(["x", "=", "(", "1", ",", "2", ")", "Newline", "y", "Newline", "EndMarker"],
            Shapes("x = (1,\n        # c\n   2)\ny\n"));

    [Fact]
    public void BackslashJoinsLines()
    {
        var tokens = Tokens("x = 1 + \\\n    2\n");
        Assert.Equal(["x", "=", "1", "+", "2", "Newline", "EndMarker"], Shapes("x = 1 + \\\n    2\n"));
        Assert.Equal(new SourcePos(2, 4), tokens[4].Start);
    }

    [Fact]
    public void CrLfAndCrEndLines()
    {
        var crlf = Tokens("a\r\nb\rc\n");
        Assert.Equal(["a", "Newline", "b", "Newline", "c", "Newline", "EndMarker"], Shapes("a\r\nb\rc\n"));
        Assert.Equal(new Token(TokenKind.Newline, "\r\n", new(1, 1), new(1, 3)), crlf[1]);
        Assert.Equal(new SourcePos(3, 0), crlf[4].Start);
    }

    [Fact]
    public void FormFeedResetsIndentationColumn() =>
        Assert.Equal(["if", "a", ":", "Newline", "Indent", "b", "Newline", "c", "Newline", "Dedent", "EndMarker"],
            Shapes("if a:\n  b\n  \f  c\n"));

    [Theory]
    [InlineData("'a'")]
    [InlineData("\"a\"")]
    [InlineData("b'a'")]
    [InlineData("Rb'a'")]
    [InlineData("bR'a'")]
    [InlineData("fR'{a}'")]
    [InlineData("Rf'a'")]
    [InlineData("u'a'")]
    [InlineData("U\"a\"")]
    [InlineData("'''a\n'b'\n'''")]
    [InlineData("\"\"\"a\"\"\"")]
    [InlineData("''")]
    [InlineData("'\\''")]
    [InlineData("r'\\''")]
    [InlineData("'a\\\nb'")]
    [InlineData("f'{x!r:>{width}}'")]
    public void StringTokensKeepTheirSourceText(string literal)
    {
        var tokens = Tokens(literal + "\n");
        Assert.Equal(TokenKind.String, tokens[0].Kind);
        Assert.Equal(literal, tokens[0].Text);
    }

    [Fact]
    public void PrefixLettersNotFollowedByAQuoteAreNames()
    {
        Assert.Equal(["rb", "Newline", "EndMarker"], Shapes("rb\n"));
        Assert.Equal(["ub", "'x'", "Newline", "EndMarker"], Shapes("ub'x'\n"));
        Assert.Equal(["bu", "'x'", "Newline", "EndMarker"], Shapes("bu'x'\n"));
        Assert.Equal(["fb", "'x'", "Newline", "EndMarker"], Shapes("fb'x'\n"));
    }

    [Fact]
    public void MultiLineStringSpansLines()
    {
        var tokens = Tokens("x = '''a\nbc'''\n");
        Assert.Equal(new Token(TokenKind.String, "'''a\nbc'''", new(1, 4), new(2, 5)), tokens[2]);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("00")]
    [InlineData("0_0")]
    [InlineData("1_000")]
    [InlineData("0xDEAD_beef")]
    [InlineData("0o17")]
    [InlineData("0B1_0")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1.5e-3")]
    [InlineData("1E+5")]
    [InlineData("1_0.0_1e1_0")]
    [InlineData("3j")]
    [InlineData("3.5J")]
    [InlineData("1e5j")]
    [InlineData("09.5")]
    [InlineData("0e0")]
    [InlineData("00j")]
    public void NumberTokensCoverEveryForm(string number) =>
        Assert.Equal([number, "Newline", "EndMarker"], Shapes(number + "\n"));

    [Fact]
    public void NumberFollowedByKeywordSplits()
    {
        Assert.Equal(["x", "=", "1", "if", "y", "else", "2", "Newline", "EndMarker"], Shapes("x = 1if y else 2\n"));
        Assert.Equal(["0x1f", "or", "a", "Newline", "EndMarker"], Shapes("0x1for a\n"));
        Assert.Equal(["1", "in", "a", "Newline", "EndMarker"], Shapes("1in a\n"));
    }

    [Fact]
    public void AttributeOfNumberNeedsSpace() =>
        Assert.Equal(["1", ".", "real", "Newline", "EndMarker"], Shapes("1 .real\n"));

    [Fact]
    public void OperatorsTakeTheLongestMatch() =>
        Assert.Equal(
            ["a", "**=", "b", "//=", "c", ">>=", "d", "<<=", "e", "->", ":=", "...", "!=", "<>", "==", "<=", ">=", "@=", "%", "~", "Newline", "EndMarker"],
            Shapes("a **= b //= c >>= d <<= e -> := ... != <> == <= >= @= % ~\n"));

    [Fact]
    public void UnknownAsciiCharactersAreSingleOpsForTheParser() =>
        Assert.Equal(["$", "?", "!", "`", "Newline", "EndMarker"], Shapes("$ ? ! `\n"));

    [Fact]
    public void NonAsciiIdentifiersAreNfkcNormalizedWithByteColumns()
    {
        var tokens = Tokens("é = ℌ + ﬁx\n");
        Assert.Equal(new Token(TokenKind.Name, "é", new(1, 0), new(1, 2)), tokens[0]);
        Assert.Equal(new Token(TokenKind.Name, "H", new(1, 5), new(1, 8)), tokens[2]);
        Assert.Equal(new Token(TokenKind.Name, "fix", new(1, 11), new(1, 15)), tokens[4]);
    }

    [Fact]
    public void CombiningSequencesComposeUnderNfkc()
    {
        var tokens = Tokens("e\u0301 = \u1100\u1161\u11A8\n");
        Assert.Equal("é", tokens[0].Text);
        Assert.Equal("각", tokens[2].Text);
    }

    [Fact]
    public void NamesAreInternedPerTokenizer()
    {
        var tokens = Tokens("abc = abc\n");
        Assert.Same(tokens[0].Text, tokens[2].Text);
    }

    [Fact]
    public void TwoHundredNestedBracketsAreAllowed()
    {
        string source = new string('[', 200) + new string(']', 200) + "\n";
        Assert.Equal(402, Tokens(source).Count);
    }

    [Fact]
    public void NextKeepsReturningEndMarker()
    {
        var tokenizer = new Tokenizer("x", "<test>");
        while (tokenizer.Next().Kind != TokenKind.EndMarker)
        {
        }
        Assert.Equal(TokenKind.EndMarker, tokenizer.Next().Kind);
    }

    [Fact]
    public void LevelTracksOpenBrackets()
    {
        var tokenizer = new Tokenizer("f(a[", "<test>");
        tokenizer.Next();
        tokenizer.Next();
        Assert.Equal(1, tokenizer.Level);
        tokenizer.Next();
        tokenizer.Next();
        Assert.Equal(2, tokenizer.Level);
    }
}
