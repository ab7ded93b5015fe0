using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Lib;

/// <summary>shlex. Expected values were printed by CPython 3.11.</summary>
public sealed class ShlexTests
{
    [Fact]
    public void SplitHonoursQuotesAndEscapesAndQuoteRoundTrips()
    {
        var output = PythonRunner.Run(
            """
            import shlex
            print(shlex.split('cp "my file" a\\ b \'x"y\''), shlex.quote("it's"), shlex.split(shlex.join(['a b', "c'd"])))
            print(list(shlex.shlex('ls|wc>out', punctuation_chars=True)))
            try:
                shlex.split('"open')
            except ValueError as e:
                print(e)
            """);
        Assert.Equal(
            """
            ['cp', 'my file', 'a b', 'x"y'] 'it'"'"'s' ['a b', "c'd"]
            ['ls', '|', 'wc', '>', 'out']
            No closing quotation
            """ + "\n",
            output);
    }
}
