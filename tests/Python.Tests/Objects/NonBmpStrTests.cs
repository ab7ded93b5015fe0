using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Objects;

// str counts code points: characters outside the BMP (emoji, U+10000, U+10FFFF) are one character
// although System.String holds them as surrogate pairs. Expected values are what CPython 3.11 prints.
public class NonBmpStrTests
{
    [Theory]
    [InlineData("len(\"\ud83d\udc0d\")", "1")]
    [InlineData("len(\"a\\U00010000b\\U0010ffff\")", "4")]
    [InlineData("len(\"\ud83d\ude00\" * 5 + \"x\")", "6")]
    [InlineData("\"a\ud83d\udc0db\"[1]", "'\ud83d\udc0d'")]
    [InlineData("\"a\ud83d\udc0db\"[2]", "'b'")]
    [InlineData("\"a\ud83d\udc0db\"[-1]", "'b'")]
    [InlineData("\"a\ud83d\udc0db\"[-2]", "'\ud83d\udc0d'")]
    [InlineData("\"\\U00010000\\U0010ffff\"[1]", "'\\U0010ffff'")]
    [InlineData("\"a\ud83d\udc0db\ud83d\ude00c\"[1:4]", "'\ud83d\udc0db\ud83d\ude00'")]
    [InlineData("\"a\ud83d\udc0db\ud83d\ude00c\"[::2]", "'abc'")]
    [InlineData("\"a\ud83d\udc0db\ud83d\ude00c\"[::-1]", "'c\ud83d\ude00b\ud83d\udc0da'")]
    [InlineData("\"a\ud83d\udc0db\ud83d\ude00c\"[-2:]", "'\ud83d\ude00c'")]
    [InlineData("\"a\ud83d\udc0db\ud83d\ude00c\"[4:0:-2]", "'cb'")]
    [InlineData("\"a\ud83d\udc0db\ud83d\ude00c\"[10:]", "''")]
    [InlineData("list(\"a\ud83d\udc0d\\U0010ffff\")", "['a', '\ud83d\udc0d', '\\U0010ffff']")]
    [InlineData("list(enumerate(\"\ud83d\udc0dx\"))", "[(0, '\ud83d\udc0d'), (1, 'x')]")]
    [InlineData("list(reversed(\"a\ud83d\udc0d\\U00010000\"))", "['\ud800\udc00', '\ud83d\udc0d', 'a']")]
    [InlineData("\"\".join(reversed(\"x\ud83d\ude00y\"))", "'y\ud83d\ude00x'")]
    [InlineData("ord(\"\ud83d\udc0d\")", "128013")]
    [InlineData("ord(\"\\U0010ffff\")", "1114111")]
    [InlineData("ord(\"\\U00010000\")", "65536")]
    [InlineData("[ord(c) for c in \"a\ud83d\ude00\"]", "[97, 128512]")]
    [InlineData("\"a\ud83d\udc0db\ud83d\udc0dc\".find(\"\ud83d\udc0d\")", "1")]
    [InlineData("\"a\ud83d\udc0db\ud83d\udc0dc\".rfind(\"\ud83d\udc0d\")", "3")]
    [InlineData("\"a\ud83d\udc0db\ud83d\udc0dc\".find(\"b\")", "2")]
    [InlineData("\"a\ud83d\udc0db\ud83d\udc0dc\".find(\"c\", 4)", "4")]
    [InlineData("\"a\ud83d\udc0db\ud83d\udc0dc\".find(\"c\", 5)", "-1")]
    [InlineData("\"a\ud83d\udc0db\ud83d\udc0dc\".index(\"c\")", "4")]
    [InlineData("\"a\ud83d\udc0db\ud83d\udc0dc\".rindex(\"b\", 0, 3)", "2")]
    [InlineData("\"a\ud83d\udc0db\ud83d\udc0dc\".find(\"\", 3)", "3")]
    [InlineData("\"a\ud83d\udc0db\ud83d\udc0dc\".rfind(\"\")", "5")]
    [InlineData("\"a\ud83d\udc0db\ud83d\udc0dc\".count(\"\ud83d\udc0d\")", "2")]
    [InlineData("\"a\ud83d\udc0db\ud83d\udc0dc\".count(\"\")", "6")]
    [InlineData("\"a\ud83d\udc0db\ud83d\udc0dc\".count(\"\ud83d\udc0d\", 2)", "1")]
    [InlineData("\"a\ud83d\udc0db\ud83d\udc0dc\".count(\"\", 1, 3)", "3")]
    [InlineData("\"a\ud83d\udc0db\".startswith(\"b\", 2)", "True")]
    [InlineData("\"a\ud83d\udc0db\".endswith(\"\ud83d\udc0d\", 0, 2)", "True")]
    [InlineData("\"a\ud83d\udc0db\".startswith((\"x\", \"\ud83d\udc0d\"), 1)", "True")]
    [InlineData("\"\ud83d\udc0d\ud83d\udc0d\".replace(\"\", \"|\")", "'|\ud83d\udc0d|\ud83d\udc0d|'")]
    [InlineData("\"\ud83d\udc0d\ud83d\udc0d\".replace(\"\", \"|\", 2)", "'|\ud83d\udc0d|\ud83d\udc0d'")]
    [InlineData("\"\ud83d\udc0d\ud83d\udc0d\".replace(\"\ud83d\udc0d\", \"s\", 1)", "'s\ud83d\udc0d'")]
    [InlineData("\"\ud83d\udc0dx\".ljust(4, \"-\")", "'\ud83d\udc0dx--'")]
    [InlineData("\"\ud83d\udc0dx\".rjust(4)", "'  \ud83d\udc0dx'")]
    [InlineData("\"\ud83d\udc0dx\".center(5, \"*\")", "'**\ud83d\udc0dx*'")]
    [InlineData("\"x\".center(4, \"\ud83d\ude00\")", "'\ud83d\ude00x\ud83d\ude00\ud83d\ude00'")]
    [InlineData("\"\ud83d\udc0d\".zfill(3)", "'00\ud83d\udc0d'")]
    [InlineData("\"+\ud83d\udc0d\".zfill(4)", "'+00\ud83d\udc0d'")]
    [InlineData("\"\ud83d\udc0d\\tb\".expandtabs(4)", "'\ud83d\udc0d   b'")]
    [InlineData("\"\ud83d\udc0da\ud83d\udc0d\".strip(\"\ud83d\udc0d\")", "'a'")]
    [InlineData("\"\ud83d\udc0da\ud83d\udc0d\".lstrip(\"\ud83d\udc0d\")", "'a\ud83d\udc0d'")]
    [InlineData("\"a\ud83d\udc0db\".rstrip(\"b\ud83d\udc0d\")", "'a'")]
    [InlineData("\"a\ud83d\udc0db\".split(\"\ud83d\udc0d\")", "['a', 'b']")]
    [InlineData("\"a\ud83d\udc0db\".partition(\"\ud83d\udc0d\")", "('a', '\ud83d\udc0d', 'b')")]
    [InlineData("\"a\ud83d\udc0db\".rpartition(\"b\")", "('a\ud83d\udc0d', 'b', '')")]
    [InlineData("\"%5s|\" % \"\ud83d\udc0d\"", "'    \ud83d\udc0d|'")]
    [InlineData("\"%-4s|\" % \"\ud83d\udc0d\ud83d\udc0d\"", "'\ud83d\udc0d\ud83d\udc0d  |'")]
    [InlineData("\"%.2s\" % \"\ud83d\udc0d\ud83d\udc0d\ud83d\udc0d\"", "'\ud83d\udc0d\ud83d\udc0d'")]
    [InlineData("\"%c\" % 0x1F600", "'\ud83d\ude00'")]
    [InlineData("\"%3c\" % \"\ud83d\ude00\"", "'  \ud83d\ude00'")]
    [InlineData("\"%6r\" % \"\ud83d\udc0d\"", "\"   '\ud83d\udc0d'\"")]
    [InlineData("f\"{'\ud83d\udc0d':>4}\"", "'   \ud83d\udc0d'")]
    [InlineData("f\"{'\ud83d\udc0d':^5}\"", "'  \ud83d\udc0d  '")]
    [InlineData("f\"{'\ud83d\udc0d\ud83d\udc0d\ud83d\udc0d':.1}\"", "'\ud83d\udc0d'")]
    [InlineData("f\"{'x':\ud83d\ude00<3}\"", "'x\ud83d\ude00\ud83d\ude00'")]
    [InlineData("f\"{7:\ud83d\udc0d^5}\"", "'\ud83d\udc0d\ud83d\udc0d7\ud83d\udc0d\ud83d\udc0d'")]
    [InlineData("format(\"\ud83d\ude00\", \"*>3\")", "'**\ud83d\ude00'")]
    [InlineData("\"{:<3}|\".format(\"\\U0010ffff\")", "'\\U0010ffff  |'")]
    [InlineData("\"\ud83d\udc0d\".isalpha()", "False")]
    [InlineData("\"\\U00010000\".isalpha()", "True")]
    [InlineData("\"\ud835\udc00\".isupper()", "True")]
    [InlineData("\"\ud835\udfd9\".isdigit()", "True")]
    [InlineData("\"\ud835\udfd9\".isdecimal()", "True")]
    [InlineData("\"\\U00010107\".isnumeric()", "True")]
    [InlineData("\"\\U00010107\".isdigit()", "False")]
    [InlineData("\"a\ud83d\udc0d\".isprintable()", "True")]
    [InlineData("\"\\U0010ffff\".isprintable()", "False")]
    [InlineData("\"\ud835\udc00b\".isidentifier()", "True")]
    [InlineData("\"x\ud83d\udc0d\".isidentifier()", "False")]
    [InlineData("\"\ud83d\udc0d\".isascii()", "False")]
    [InlineData("\"\ud801\udc00\".lower()", "'\ud801\udc28'")]
    [InlineData("\"\ud801\udc28\".upper()", "'\ud801\udc00'")]
    [InlineData("\"a\ud801\udc00\".swapcase()", "'A\ud801\udc28'")]
    [InlineData("\"\ud801\udc28\ud801\udc28 x\".title()", "'\ud801\udc00\ud801\udc28 X'")]
    [InlineData("\"\ud801\udc00\".islower()", "False")]
    [InlineData("\"\ud801\udc28\".islower()", "True")]
    [InlineData("\"\ud83d\udc0dabc\".upper()", "'\ud83d\udc0dABC'")]
    [InlineData("\"\\uffff\" < \"\\U00010000\"", "True")]
    [InlineData("\"\\U00010000\" < \"\\ue000\"", "False")]
    [InlineData("sorted([\"\\uffff\", \"\\U00010000\", \"\\ue000\", \"a\"])", "['a', '\\ue000', '\\uffff', '\ud800\udc00']")]
    [InlineData("max(\"\\uffff\\U00010000\")", "'\ud800\udc00'")]
    [InlineData("\"\ud83d\udc0d\" in \"a\ud83d\udc0d\"", "True")]
    [InlineData("\"\ud83d\udc0dx\".translate({0x1F40D: \"S\"})", "'Sx'")]
    [InlineData("\"ab\".translate({ord(\"a\"): 0x1F600})", "'\ud83d\ude00b'")]
    [InlineData("str.maketrans(\"\ud83d\udc0d\", \"x\")", "{128013: 120}")]
    [InlineData("repr(\"\ud83d\udc0d\\U000e0001\")", "\"'\ud83d\udc0d\\\\U000e0001'\"")]
    [InlineData("ascii(\"\ud83d\udc0d\")", "\"'\\\\U0001f40d'\"")]
    [InlineData("\"\ud83d\udc0d\".encode(\"utf-8\")", "b'\\xf0\\x9f\\x90\\x8d'")]
    [InlineData("\"\ud83d\udc0d\".encode(\"utf-16-le\")", "b'=\\xd8\\r\\xdc'")]
    [InlineData("\"a\ud83d\udc0d\u00e9\".encode(\"ascii\", \"namereplace\")", "b'a\\\\N{SNAKE}\\\\N{LATIN SMALL LETTER E WITH ACUTE}'")]
    [InlineData("\"a\ud83d\udc0d\u00e9\".encode(\"latin-1\", \"backslashreplace\")", "b'a\\\\U0001f40d\\xe9'")]
    [InlineData("\"a\ud83d\udc0d\u00e9\".encode(\"ascii\", \"xmlcharrefreplace\")", "b'a&#128013;&#233;'")]
    [InlineData("\"\u20ac\".encode(\"ascii\", \"namereplace\")", "b'\\\\N{EURO SIGN}'")]
    [InlineData("\"\\x07\".encode(\"ascii\", \"namereplace\")", "b'\\x07'")]
    public void StrOperationsCountCodePoints(string expression, string expected)
    {
        Assert.Equal(expected + "\n", PythonRunner.Run($"print(repr({expression}))"));
    }

    [Theory]
    [InlineData("\"a\ud83d\udc0db\"[3]", "IndexError: string index out of range")]
    [InlineData("ord(\"\ud83d\udc0d\ud83d\udc0d\")", "TypeError: ord() expected a character, but string of length 2 found")]
    [InlineData("\"x\".ljust(3, \"\ud83d\udc0d\ud83d\udc0d\")", "TypeError: The fill character must be exactly one character long")]
    [InlineData("\"a\ud83d\udc0d\u20ac\".encode(\"ascii\")", "UnicodeEncodeError: 'ascii' codec can't encode characters in position 1-2: ordinal not in range(128) [1, 3]")]
    [InlineData("\"a\ud83d\udc0d\u20ac\".encode(\"latin-1\")", "UnicodeEncodeError: 'latin-1' codec can't encode characters in position 1-2: ordinal not in range(256) [1, 3]")]
    [InlineData("\"\ud83d\udc0d\".encode(\"latin-1\")", "UnicodeEncodeError: 'latin-1' codec can't encode character '\\U0001f40d' in position 0: ordinal not in range(256) [0, 1]")]
    [InlineData("\"a\ud83d\udc0d\\ud800\".encode(\"utf-8\")", "UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 2: surrogates not allowed [2, 3]")]
    [InlineData("\"a\ud83d\udc0db\".index(\"z\")", "ValueError: substring not found")]
    [InlineData("\"\u00e9\".encode(\"ascii\", \"nonsense\")", "LookupError: unknown error handler name 'nonsense'")]
    public void StrErrorsReportCodePointPositions(string expression, string expected)
    {
        var source = $$"""
            try:
                {{expression}}
                print("no exception")
            except Exception as e:
                print(type(e).__name__ + ": " + str(e) + (f" [{e.start}, {e.end}]" if isinstance(e, UnicodeEncodeError) else ""))
            """;
        Assert.Equal(expected + "\n", PythonRunner.Run(source));
    }

    [Fact]
    public void IterationOverLongNonBmpStringYieldsEachCodePointOnce()
    {
        var output = PythonRunner.Run("s = '\U0001f40d' * 3000 + 'x'\nprint(len(s), sum(1 for _ in s), s[2999] == '\U0001f40d', s[3000], s.find('x'), len(s[1000:2000]))");
        Assert.Equal("3001 3001 True x 3000 1000\n", output);
    }

    [Fact]
    public void LongStringsAlternatingWithAndWithoutPairsIndexByCodePoints()
    {
        var output = PythonRunner.Run("a = 'x' * 600\nb = '\U0001f40d' * 300 + 'y' * 300\nprint(a[599], len(a), b[299], b[300], len(b), a[10:12], b[298:301], len(a), len(b))");
        Assert.Equal("x 600 \U0001f40d y 600 xx \U0001f40d\U0001f40dy 600 600\n", output);
    }
}
