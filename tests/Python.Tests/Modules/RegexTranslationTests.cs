using IronUwsgi.Python.Modules.Re;

namespace IronUwsgi.Python.Tests.Modules;

public class RegexTranslationTests
{
    private static string Translate(string pattern, int flags = 0, bool isText = true)
    {
        var (tree, state) = PatternParser.Parse(PatternSource.Split(pattern), isText, flags);
        return NetPatternWriter.Write(tree, state.Flags, isText, astral: false);
    }

    private static RegexSyntaxException Reject(string pattern, int flags = 0) =>
        Assert.Throws<RegexSyntaxException>(() => PatternParser.Parse(PatternSource.Split(pattern), true, flags));

    [Fact]
    public void CapturingGroupsAreWrittenWithTheirPythonNumbers()
    {
        Assert.Equal("(?<1>a)(?:b)(?<2>c)", Translate("(a)(?:b)(?P<n>c)"));
    }

    [Fact]
    public void NamedBackreferenceBecomesNumberedBackreference()
    {
        Assert.Equal("(?<1>a)\\k<1>", Translate("(?P<x>a)(?P=x)"));
    }

    [Fact]
    public void EndOfStringZIsDotNetLowercaseZ()
    {
        Assert.Equal("a\\z", Translate("a\\Z"));
    }

    [Fact]
    public void DigitIsUnicodeForStrAndAsciiForBytes()
    {
        Assert.Equal("[\\p{Nd}]", Translate("\\d"));
        Assert.Equal("[0-9]", Translate("\\d", isText: false));
        Assert.Equal("[0-9]", Translate("\\d", RegexFlags.Ascii));
    }

    [Fact]
    public void OpenEndedRepeatCountIsSpelledOut()
    {
        Assert.Equal("(?:x){0,2}", Translate("x{,2}"));
    }

    [Fact]
    public void PossessiveRepeatBecomesAtomicGroup()
    {
        Assert.Equal("(?>(?:a)*)", Translate("a*+"));
    }

    [Fact]
    public void AsciiIgnoreCaseExpandsLettersItself()
    {
        Assert.Equal("[aA]", Translate("a", RegexFlags.IgnoreCase | RegexFlags.Ascii));
    }

    [Fact]
    public void InlineGlobalFlagsAreReturnedWithTheGivenOnes()
    {
        var (_, state) = PatternParser.Parse(PatternSource.Split("(?im)a"), true, RegexFlags.DotAll);
        Assert.Equal(RegexFlags.IgnoreCase | RegexFlags.Multiline | RegexFlags.DotAll, state.Flags);
    }

    [Theory]
    [InlineData("[abc", "unterminated character set", 0)]
    [InlineData("*a", "nothing to repeat", 0)]
    [InlineData("a**", "multiple repeat", 2)]
    [InlineData("(?<x>a)", "unknown extension ?<x", 1)]
    [InlineData("a{3,2}", "min repeat greater than max repeat", 2)]
    [InlineData("x(?i)", "global flags not at the start of the expression", 1)]
    [InlineData("(a", "missing ), unterminated subpattern", 0)]
    [InlineData("a)", "unbalanced parenthesis", 1)]
    [InlineData("\\q", "bad escape \\q", 0)]
    [InlineData("(a)\\2", "invalid group reference 2", 4)]
    public void RejectedPatternsCarryCPythonsMessageAndPosition(string pattern, string message, int position)
    {
        var e = Reject(pattern);
        Assert.Equal(message, e.Message);
        Assert.Equal(position, e.Position);
    }

    [Fact]
    public void VariableWidthLookbehindIsRejectedWithoutPosition()
    {
        var e = Reject("(?<=a+)b");
        Assert.Equal("look-behind requires fixed-width pattern", e.Message);
        Assert.Null(e.Position);
    }
}
