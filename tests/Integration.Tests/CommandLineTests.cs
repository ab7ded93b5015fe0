using IronUwsgi.Integration.Tests.Support;

namespace IronUwsgi.Integration.Tests;

public class CommandLineTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    [Fact]
    public void VersionPrintsOneVersionLine()
    {
        var (code, stdout, _) = ServerProcess.Run(Limit, "--version");
        Assert.Equal(0, code);
        Assert.Matches(@"^\d+\.\d+\.\d+\n$", stdout);
    }

    [Fact]
    public void HelpStartsWithUsage()
    {
        var (code, stdout, _) = ServerProcess.Run(Limit, "--help");
        Assert.Equal(0, code);
        Assert.StartsWith("Usage: ironuwsgi [options...]", stdout);
    }

    [Fact]
    public void UnknownOptionFailsNamingIt()
    {
        var (code, _, stderr) = ServerProcess.Run(Limit, "--no-such-option");
        Assert.NotEqual(0, code);
        Assert.Contains("--no-such-option", stderr);
    }
}
