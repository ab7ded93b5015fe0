using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Modules;
using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Modules;

// python3 reads the same input from a pipe at test time for the expected output.
public class StandardInputTests
{
    private const string Input = "abcdef\nghij\nline3\r\nline4\nl5\rl6\nl7\nl8\nl9\n";

    private const string Program = """
        import sys
        print(repr(sys.stdin.read(1)), repr(sys.stdin.read(3)))
        print(repr(sys.stdin.readline(2)), repr(sys.stdin.readline()))
        print(repr(input()), repr(input('prompt> ')))
        print(repr(next(iter(sys.stdin))))
        print(sys.stdin.readlines(1))
        print([l for l in sys.stdin][:2])
        print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
        try:
            input()
        except EOFError as e:
            print("EOFError", e)
        """;

    [Fact]
    public void PartialReadsLinesIterationAndInputShareOnePosition()
    {
        Assert.Equal(CPython(Program, Input), Ours(Program, Input));
    }

    [Fact]
    public void ReadCountsCodePoints()
    {
        const string code = "import sys\nprint(ascii(sys.stdin.read(2)), ascii(sys.stdin.readline(1)), ascii(sys.stdin.read()))\n";
        Assert.Equal(CPython(code, "\U0001F600a\U0001F601\nb"), Ours(code, "\U0001F600a\U0001F601\nb"));
    }

    private static string Ours(string code, string input)
    {
        var engine = new PythonEngine();
        engine.SysModule.Dict!["stdin"] = new TextStream("<stdin>", null, new StringReader(input));
        return PythonRunner.Run(code, engine);
    }

    private static string CPython(string code, string input) => Python.RunWithInput(code, input);
}
