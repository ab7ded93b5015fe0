using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Lib;

/// <summary>argparse. Expected values were printed by CPython 3.11.</summary>
public sealed class ArgparseTests
{
    [Fact]
    public void ParsesOptionsPositionalsAndPrefixesIntoANamespace()
    {
        var output = PythonRunner.Run(
            """
            import argparse
            p = argparse.ArgumentParser(prog='t')
            p.add_argument('files', nargs='+')
            p.add_argument('-v', '--verbose', action='count', default=0)
            p.add_argument('--size', type=int, choices=[1, 2])
            print(p.parse_args(['a', 'b', '-vv', '--si', '2']))
            print(p.parse_known_args(['x', '--', '-y', '--zz']))
            """);
        Assert.Equal(
            "Namespace(files=['a', 'b'], verbose=2, size=2)\n(Namespace(files=['x', '-y', '--zz'], verbose=0, size=None), [])\n",
            output);
    }

    [Fact]
    public void ErrorsPrintUsageAndExitWithStatusTwo()
    {
        var output = PythonRunner.Run(
            """
            import argparse, contextlib, io
            p = argparse.ArgumentParser(prog='t')
            p.add_argument('--size', type=int, required=True)
            err = io.StringIO()
            try:
                with contextlib.redirect_stderr(err):
                    p.parse_args(['--size', 'big'])
            except SystemExit as e:
                print(e.code)
            print(err.getvalue(), end='')
            """);
        Assert.Equal("2\nusage: t [-h] --size SIZE\nt: error: argument --size: invalid int value: 'big'\n", output);
    }

    [Fact]
    public void HelpLinesUpOptionsAndWrapsTheirText()
    {
        var output = PythonRunner.Run(
            """
            import argparse
            p = argparse.ArgumentParser(prog='t', description='Does t.')
            p.add_argument('name', help='who to greet')
            p.add_argument('--times', '-n', type=int, default=1, metavar='N', help='how many times to say hello to the person named')
            print(p.format_help(), end='')
            """);
        Assert.Equal(
            """
            usage: t [-h] [--times N] name

            Does t.

            positional arguments:
              name             who to greet

            options:
              -h, --help       show this help message and exit
              --times N, -n N  how many times to say hello to the person named

            """.Replace("\r", ""),
            output);
    }
}
