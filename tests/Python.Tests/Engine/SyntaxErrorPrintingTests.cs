using System.Diagnostics;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Tests.Engine;

/// <summary>A SyntaxError prints as CPython's interpreter prints it: the file line, the source line and the caret line.</summary>
public sealed class SyntaxErrorPrintingTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ironuwsgi-syntax-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("x = (1 +\nreturn\n")]
    [InlineData("def f():\n    if True:\n        x = 1 +* 2\n")]
    [InlineData("print(\"a\" \n")]
    [InlineData("def g(:\n  pass\n")]
    [InlineData("x = 5 6\n")]
    [InlineData("f(x for x in y, 1)\n")]
    [InlineData("if x:\npass\n")]
    [InlineData("a = 1\n  b = 2\n")]
    [InlineData("for x in range(3):\n    y = (\n        1,\n        2 3)\n")]
    public void PrintedLikeCPython(string source)
    {
        var path = Path.Combine(_dir, "bad.py");
        File.WriteAllText(path, source);
        Assert.Equal(CPythonPrints(path), OursPrints(path, source));
    }

    private static string OursPrints(string path, string source)
    {
        var engine = new PythonEngine();
        var error = Assert.Throws<PythonException>(() => engine.Run(() => engine.Compile(source, path, "__main__")));
        return TracebackPrinter.Format(error.Value);
    }

    private static string CPythonPrints(string path)
    {
        var info = new ProcessStartInfo("python3") { RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(path);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("python3 did not start");
        string printed = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return printed;
    }
}
