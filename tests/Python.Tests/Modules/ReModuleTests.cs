using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Modules;

public class ReModuleTests
{
    private static string Run(string source) => PythonRunner.Run("import re\n" + source);

    [Fact]
    public void MatchReportsGroupsSpansAndLastIndex()
    {
        Assert.Equal(
            "('Isaac', 'Newton') (6, 12) 2 None\n",
            Run("m = re.match(r'(\\w+) (\\w+)', 'Isaac Newton, physicist')\nprint(m.groups(), m.span(2), m.lastindex, m.lastgroup)"));
    }

    [Fact]
    public void MatchReprShowsSpanAndMatchedText()
    {
        Assert.Equal("<re.Match object; span=(1, 3), match='bc'>\n", Run("print(re.search('bc', 'abcd'))"));
    }

    [Fact]
    public void PatternReprHidesImplicitUnicodeFlag()
    {
        Assert.Equal("re.compile('a+', re.IGNORECASE) re.compile(b'x')\n", Run("print(repr(re.compile('a+', re.I)), repr(re.compile(b'x')))"));
    }

    [Fact]
    public void SubFollowsEmptyMatchRulesOfPython37()
    {
        Assert.Equal("-a-b--d- ['', 'a', '']\n", Run("print(re.sub('x*', '-', 'abxd'), re.findall('|a', 'a'))"));
    }

    [Fact]
    public void SplitKeepsCapturedSeparatorsAndHonoursMaxsplit()
    {
        Assert.Equal("['a', '1', 'b', '2', 'c'] ['a', 'bxc']\n", Run("print(re.split(r'(\\d)', 'a1b2c'), re.split('x', 'axbxc', maxsplit=1))"));
    }

    [Fact]
    public void TemplateReferencesExpandByNumberAndName()
    {
        Assert.Equal("Smith, John [a|]\n", Run("print(re.sub(r'(?P<f>\\w+) (?P<l>\\w+)', r'\\g<l>, \\g<f>', 'John Smith'), re.sub('(a)(b)?', r'[\\1|\\2]', 'a'))"));
    }

    [Fact]
    public void CompileErrorIsReErrorWithPosition()
    {
        Assert.Equal(
            "missing ), unterminated subpattern 0 re.error\n",
            Run("try:\n    re.compile('(unclosed')\nexcept re.error as e:\n    print(e.msg, e.pos, type(e).__module__ + '.' + type(e).__name__)"));
    }

    [Fact]
    public void FlagsPrintAsCombinedNames()
    {
        Assert.Equal("re.IGNORECASE|re.MULTILINE re.NOFLAG 10\n", Run("print(re.I | re.M, re.RegexFlag(0), int(re.I | re.M))"));
    }

    [Fact]
    public void WordCharactersAreUnicodeUnlessAscii()
    {
        Assert.Equal("['naïve'] ['na', 've']\n", Run("print(re.findall(r'\\w+', 'naïve'), re.findall(r'\\w+', 'naïve', re.A))"));
    }

    [Fact]
    public void BytesPatternsMatchBytesAndRejectStr()
    {
        Assert.Equal(
            "[b'ab', b'cd'] TypeError\n",
            Run("print(re.findall(rb'\\w+', b'ab cd\\xe9'), end=' ')\ntry:\n    re.match(b'a', 'a')\nexcept TypeError:\n    print('TypeError')"));
    }

    [Fact]
    public void EachEngineHasItsOwnPatternCache()
    {
        var first = new PythonEngine();
        PythonRunner.Run("import re\nre.compile('abc')\nre.compile('def')\n", first);
        var second = new PythonEngine();
        Assert.Equal("0\n", PythonRunner.Run("import re\nprint(len(re._cache))", second));
        Assert.Equal("2\n", PythonRunner.Run("import re\nprint(len(re._cache))", first));
    }

    [Fact]
    public void DotAndNegatedClassesTakeACharacterBeyondTheBmpWhole()
    {
        Assert.Equal(
            "3 True 2 ---\n",
            Run("s = 'x\\U0001F600y'\nprint(len(re.findall('.', s)), re.findall('[^xy]', s) == ['\\U0001F600'], len(re.findall('', '\\U0001F600')), re.sub('.', '-', s))"));
    }

    [Fact]
    public void SplitOfStrReportsUnmatchedGroupsAsNoneAndEmptyMatches()
    {
        Assert.Equal(
            "['x', 'a', 'y', None, 'z'] ['', 'a', ' ', 'b', ''] ['', 'a', '', 'b', '']\n",
            Run("print(re.split('(a)|b', 'xaybz'), re.split(r'\\b', 'a b'), re.split('x*', 'axb'))"));
    }

    [Fact]
    public void SubOfStrExpandsTemplatesAndCountsReplacements()
    {
        Assert.Equal(
            "[1b][c] ('bba', 2) a<1>b<2><2> abc\n",
            Run("print(re.sub(r'(\\w)(\\d)?', r'[\\2\\1]', 'b1c'), re.subn('a', 'b', 'aaa', 2), re.sub(r'(?P<n>\\d)', r'<\\g<n>>', 'a1b22'), re.sub('q', 'z', 'abc'))"));
    }

    [Fact]
    public void SubOfStrWithCallableSkipsNoneAndJoinsAfterEveryCall()
    {
        Assert.Equal(
            "BDF\ncalls 2 sequence item 1: expected str instance, int found\n",
            Run("print(re.sub(r'\\w', lambda m: m.group().upper() if m.start() % 2 else None, 'abcdef'))\n"
                + "calls = []\ndef f(m):\n    calls.append(m.group())\n    return 1\n"
                + "try:\n    re.sub('a', f, 'xaa')\nexcept TypeError as e:\n    print('calls', len(calls), e)"));
    }

    [Fact]
    public void SubAndSplitOfStrSubclassKeepTheirResultTypes()
    {
        Assert.Equal(
            "bb str ['b', 'b']\n",
            Run("class S(str): pass\nprint(re.sub('a', 'b', S('aa')), type(re.sub('a', 'b', S('xx'))).__name__, re.split('a', S('bab')))"));
    }

    [Fact]
    public void SubAndSplitOfStrWithBytesPatternRaiseTypeError()
    {
        Assert.Equal(
            "cannot use a bytes pattern on a string-like object\ncannot use a bytes pattern on a string-like object\n",
            Run("for f in (lambda: re.split(b'a', 'bab'), lambda: re.sub(b'a', lambda m: b'', 'bab')):\n    try:\n        f()\n    except TypeError as e:\n        print(e)"));
    }
}
