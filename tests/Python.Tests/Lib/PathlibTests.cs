using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Lib;

/// <summary>pathlib's pure path algebra and fnmatch patterns. Expected values were printed by CPython 3.11.</summary>
public sealed class PathlibTests
{
    [Fact]
    public void PurePathsSplitJoinAndRelateLikeCPython()
    {
        var output = PythonRunner.Run(
            """
            from pathlib import PurePosixPath as P, PureWindowsPath as W
            p = P('/srv/app/site.tar.gz')
            print(repr(p), p.parts, p.suffixes, p.stem, p.parent, p.with_suffix('.zip'))
            print(P('a') / 'b' / '/c', P('/a/b/c').relative_to('/a'), P('a/b.py').match('*.py'))
            print(W('C:/x\\y.TXT').parts, W('c:/A') == W('C:/a'))
            """);
        Assert.Equal(
            """
            PurePosixPath('/srv/app/site.tar.gz') ('/', 'srv', 'app', 'site.tar.gz') ['.tar', '.gz'] site.tar /srv/app /srv/app/site.tar.zip
            /c b/c True
            ('C:\\', 'x', 'y.TXT') True
            """ + "\n",
            output);
    }

    [Fact]
    public void FnmatchHandlesSetsAndNegation()
    {
        var output = PythonRunner.Run(
            """
            import fnmatch
            print(fnmatch.fnmatchcase('b1', '[a-c][!0]'), fnmatch.fnmatchcase('b0', '[a-c][!0]'), fnmatch.translate('*.py'))
            print(fnmatch.filter(['a.py', 'b.txt', 'c.py'], '?.py'))
            """);
        Assert.Equal(
            """
            True False (?s:.*\.py)\Z
            ['a.py', 'c.py']
            """ + "\n",
            output);
    }
}
