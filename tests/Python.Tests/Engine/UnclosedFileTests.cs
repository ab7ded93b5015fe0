using IronUwsgi.Python.Engine;

namespace IronUwsgi.Python.Tests.Engine;

public class UnclosedFileTests
{
    [Fact]
    public void WritesToFilesLeftOpenReachTheDiskWhenTheScriptEnds()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var target = Path.Combine(dir.FullName, "out.txt");
            var script = Path.Combine(dir.FullName, "main.py");
            File.WriteAllText(script, $"f = open({Quoted(target)}, 'w')\nf.write('left open')\nopen({Quoted(target)} + '.b', 'ab').write(b'bytes')\n");
            var engine = new PythonEngine();
            engine.RedirectOutput(new StringWriter());

            Assert.Equal(0, ScriptRunner.Run(engine, script, []));
            Assert.Equal("left open", File.ReadAllText(target));
            Assert.Equal("bytes", File.ReadAllText(target + ".b"));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static string Quoted(string path) => "'" + path.Replace("\\", "\\\\").Replace("'", "\\'") + "'";
}
