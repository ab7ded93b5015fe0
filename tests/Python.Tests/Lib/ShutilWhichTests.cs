using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Lib;

/// <summary>shutil.which, disk_usage, get_terminal_size and chown's argument checks, on a temporary directory.</summary>
public sealed class ShutilWhichTests
{
    [Fact]
    public void WhichFindsOnlyExecutableFilesAlongThePath()
    {
        var output = PythonRunner.Run(
            """
            import os, shutil, tempfile
            with tempfile.TemporaryDirectory() as td:
                tool = os.path.join(td, 'tool')
                open(tool, 'w').close()
                os.mkdir(os.path.join(td, 'dir'))
                print(shutil.which('tool', path=td))
                os.chmod(tool, 0o755)
                print(shutil.which('tool', path=td) == tool, shutil.which(b'tool', path=td) == os.fsencode(tool))
                print(shutil.which('dir', mode=os.F_OK, path=td), shutil.which('tool', path=''), shutil.which(tool) == tool)
            """);
        Assert.Equal("None\nTrue True\nNone None True\n", output);
    }

    [Fact]
    public void TerminalSizeAndDiskUsageAndChownChecks()
    {
        var output = PythonRunner.Run(
            """
            import os, shutil
            os.environ['COLUMNS'] = '120'
            os.environ['LINES'] = '40'
            print(shutil.get_terminal_size())
            u = shutil.disk_usage('.')
            print(u._fields, u.total > 0, u.total >= u.used, u.total >= u.free)
            for kw in [{}, {'user': 'no_such_user_q'}]:
                try:
                    shutil.chown('.', **kw)
                except Exception as e:
                    print(type(e).__name__, e)
            """);
        Assert.Equal(
            "os.terminal_size(columns=120, lines=40)\n('total', 'used', 'free') True True True\n"
            + "ValueError user and/or group must be set\nLookupError no such user: 'no_such_user_q'\n",
            output);
    }
}
