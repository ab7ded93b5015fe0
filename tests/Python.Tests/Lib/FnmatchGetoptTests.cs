using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Lib;

/// <summary>fnmatch, getopt and secrets. Expected values were printed by CPython 3.11.</summary>
public sealed class FnmatchGetoptTests
{
    [Fact]
    public void FnmatchTranslatesStarsToAtomicGroupsAndFiltersNames()
    {
        var output = PythonRunner.Run(
            """
            import fnmatch
            print(fnmatch.translate('a*b*c'), fnmatch.translate('[!a-c]?'), fnmatch.filter(['x.py', 'y.c', 'z.py'], '*.py'))
            """);
        Assert.Equal("(?s:a(?>.*?b).*c)\\Z (?s:[^a-c].)\\Z ['x.py', 'z.py']\n", output);
    }

    [Fact]
    public void GetoptParsesShortAndLongOptionsAndReportsUnknownOnes()
    {
        var output = PythonRunner.Run(
            """
            import getopt, secrets
            print(getopt.gnu_getopt(['f', '-vo', 'out', '--lev=2'], 'vo:', ['level=']))
            try:
                getopt.getopt(['--x'], '')
            except getopt.GetoptError as e:
                print(e, e.opt, len(secrets.token_hex(4)))
            """);
        Assert.Equal("([('-v', ''), ('-o', 'out'), ('--level', '2')], ['f'])\noption --x not recognized x 8\n", output);
    }
}
