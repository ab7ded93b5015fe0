using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Lib;

/// <summary>tempfile and shutil on a real temporary directory that the test removes again.</summary>
public sealed class TempfileShutilTests
{
    [Fact]
    public void CopytreeMoveAndRmtreeWorkInsideATemporaryDirectory()
    {
        var output = PythonRunner.Run(
            """
            import os, shutil, tempfile
            with tempfile.TemporaryDirectory(prefix='t_') as td:
                os.makedirs(os.path.join(td, 'src', 'in'))
                for rel in ['src/a.txt', 'src/skip.log', 'src/in/b.txt']:
                    with open(os.path.join(td, rel), 'w') as f:
                        f.write(rel)
                dst = shutil.copytree(os.path.join(td, 'src'), os.path.join(td, 'dst'), ignore=shutil.ignore_patterns('*.log'))
                print(sorted(os.listdir(dst)), open(os.path.join(dst, 'in', 'b.txt')).read())
                moved = shutil.move(dst, os.path.join(td, 'moved'))
                print(os.path.exists(dst), sorted(os.listdir(moved)))
                shutil.rmtree(moved)
                print(sorted(os.listdir(td)), os.path.basename(td).startswith('t_'))
            print(os.path.exists(td))
            """);
        Assert.Equal(
            """
            ['a.txt', 'in'] src/in/b.txt
            False ['a.txt', 'in']
            ['src'] True
            False
            """ + "\n",
            output);
    }
}
