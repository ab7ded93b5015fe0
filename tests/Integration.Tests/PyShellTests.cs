using IronUwsgi.Integration.Tests.Support;

namespace IronUwsgi.Integration.Tests;

// ironuwsgi --pyshell with its input piped in, compared with what `python3 -i` does for the same input.
public class PyShellTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Fact]
    public void ExpressionValuesEchoAndUnderscoreHoldsTheLast()
    {
        var (code, stdout, _) = ServerProcess.RunWithInput(Limit, "x = 3\nx * 2\n_ + 1\nNone\n'\\U0001f40d'\n", "--pyshell");
        Assert.Equal(0, code);
        Assert.Equal("6\n7\n'\U0001f40d'\n", stdout);
    }

    [Fact]
    public void BlocksContinueUntilAnEmptyLine()
    {
        var input = "for i in range(3):\n    i * 10\n\ndef f(a):\n    return a + 1\n\nf(41)\nif True: print('one line')\n\nd = {1: [2,\n  3]}\nd\n";
        var (code, stdout, stderr) = ServerProcess.RunWithInput(Limit, input, "--pyshell");
        Assert.Equal(0, code);
        Assert.Equal("0\n10\n20\n42\none line\n{1: [2, 3]}\n", stdout);
        Assert.Contains(">>> ... ... >>> ... ... >>> >>> ... >>> ... >>> >>> \n", stderr);
    }

    [Fact]
    public void BannerAndPromptsGoToStderr()
    {
        var (code, stdout, stderr) = ServerProcess.RunWithInput(Limit, "1\n", "--pyshell");
        Assert.Equal(0, code);
        Assert.Equal("1\n", stdout);
        Assert.StartsWith("Python 3.11", stderr);
        Assert.Contains("Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n>>> >>> \n", stderr);
    }

    [Fact]
    public void ErrorsPrintTracebacksAndTheShellGoesOn()
    {
        var (code, stdout, stderr) = ServerProcess.RunWithInput(Limit, "[][1]\n1 +\nprint('still here')\n", "--pyshell");
        Assert.Equal(0, code);
        Assert.Equal("still here\n", stdout);
        Assert.Contains(">>> Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nIndexError: list index out of range\n", stderr);
        Assert.Contains("  File \"<stdin>\", line 1\n    1 +\n       ^\nSyntaxError: invalid syntax\n", stderr);
    }

    [Fact]
    public void ExitEndsTheShellWithItsStatus()
    {
        var (code, stdout, _) = ServerProcess.RunWithInput(Limit, "print('a')\nexit(3)\nprint('never')\n", "--pyshell");
        Assert.Equal(3, code);
        Assert.Equal("a\n", stdout);
    }

    [Fact]
    public void QuitAndEndOfInputExitWithZero()
    {
        Assert.Equal(0, ServerProcess.RunWithInput(Limit, "quit()\n", "--pyshell").ExitCode);
        Assert.Equal(0, ServerProcess.RunWithInput(Limit, "", "--pyshell").ExitCode);
    }
}
