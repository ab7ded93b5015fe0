using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Lib;

/// <summary>string.Template, string.Formatter and textwrap. Expected values were printed by CPython 3.11.</summary>
public sealed class StringTextwrapTests
{
    [Fact]
    public void TemplateAndFormatterParseLikeCPython()
    {
        var output = PythonRunner.Run(
            """
            import string
            t = string.Template("$who owes $$${amount} ${who}")
            print(t.substitute(who="ann", amount=5), t.safe_substitute(amount=1), t.get_identifiers())
            try:
                string.Template("a $ b").substitute()
            except ValueError as e:
                print(e)
            print(list(string.Formatter().parse("x{0!r:>4}y{{")), string.capwords("hello  world"))
            """);
        Assert.Equal(
            """
            ann owes $5 ann $who owes $1 ${who} ['who', 'amount']
            Invalid placeholder in string: line 1, col 3
            [('x', '0', '>4', 'r'), ('y{', None, None, None)] Hello World
            """ + "\n",
            output);
    }

    [Fact]
    public void WrapSplitsHyphenatedWordsAndShortens()
    {
        var output = PythonRunner.Run(
            """
            import textwrap
            print(textwrap.wrap("The quick brown fox jumps over the lazy dog", 12))
            print(textwrap.wrap("a well-known self-evident truth", 10))
            print(textwrap.shorten("Hello  world, how are you today?", 18), repr(textwrap.dedent("  a\n    b\n")), repr(textwrap.indent("x\n\ny", "> ")))
            """);
        Assert.Equal(
            """
            ['The quick', 'brown fox', 'jumps over', 'the lazy dog']
            ['a well-', 'known', 'self-', 'evident', 'truth']
            Hello world, [...] 'a\n  b\n' '> x\n\n> y'
            """ + "\n",
            output);
    }
}
