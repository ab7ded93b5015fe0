using IronUwsgi.Python.Engine;

namespace IronUwsgi.Python.Tests.Engine;

/// <summary>Runs Python source in a fresh engine and returns what it printed.</summary>
internal static class PythonRunner
{
    public static string Run(string source, PythonEngine? engine = null)
    {
        engine ??= new PythonEngine();
        var output = new StringWriter { NewLine = "\n" };
        engine.RedirectOutput(output, output);
        engine.Run(() => engine.Execute(source.ReplaceLineEndings("\n"), "<test>"));
        return output.ToString();
    }

    /// <summary>Runs source as a script file (the __main__ module, atexit and exit finalization included), like --pyrun.</summary>
    public static (int Status, string Output) RunScript(string source)
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var script = Path.Combine(dir.FullName, "main.py");
            File.WriteAllText(script, source.ReplaceLineEndings("\n"));
            var engine = new PythonEngine();
            var output = new StringWriter { NewLine = "\n" };
            engine.RedirectOutput(output, output);
            var status = ScriptRunner.Run(engine, script, []);
            return (status, output.ToString());
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>Runs source and returns the Python exception line it ended with ("TypeError: ...").</summary>
    public static string RunExpectingError(string source)
    {
        var engine = new PythonEngine();
        engine.RedirectOutput(new StringWriter());
        try
        {
            engine.Run(() => engine.Execute(source.ReplaceLineEndings("\n"), "<test>"));
        }
        catch (Exception e)
        {
            return e.Message;
        }

        throw new InvalidOperationException("the code raised nothing");
    }
}
