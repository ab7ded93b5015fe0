using IronUwsgi.Python.Engine;

namespace IronUwsgi.Python.Tests.Engine;

public class InteractiveShellTests
{
    private static (int Status, string Output, string Console) Run(string input)
    {
        var engine = new PythonEngine();
        var output = new StringWriter { NewLine = "\n" };
        engine.RedirectOutput(output, output);
        var console = new StringWriter { NewLine = "\n" };
        var status = InteractiveShell.Run(engine, new StringReader(input), console);
        return (status, output.ToString(), console.ToString());
    }

    [Fact]
    public void ExpressionStatementsInsideBlocksAreShownToo()
    {
        var (status, output, console) = Run("for c in 'a\U0001f40d':\n    c\n\nlen('\U0001f40d')\n");
        Assert.Equal(0, status);
        Assert.Equal("'a'\n'\U0001f40d'\n1\n", output);
        Assert.EndsWith(">>> ... ... >>> >>> \n", console);
    }

    [Fact]
    public void UnderscoreIsTheLastShownValueAndNoneLeavesIt()
    {
        var (_, output, _) = Run("40 + 2\nNone\n_\n");
        Assert.Equal("42\n42\n", output);
    }

    [Fact]
    public void SystemExitGivesItsStatus()
    {
        Assert.Equal(7, Run("import sys\nsys.exit(7)\n").Status);
    }
}
