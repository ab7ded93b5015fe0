using System.Diagnostics;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Tests.Engine;

/// <summary>A printed uncaught exception ends with the line CPython 3.11 prints: qualified class name, and the "Did you mean" hint of an AttributeError or NameError.</summary>
public sealed class SuggestionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("ironuwsgi-suggest-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("[].appendd(1)\n")]
    [InlineData("class A:\n    def method_one(self): pass\nA().Method_one()\n")]
    [InlineData("int.from_byte\n")]
    [InlineData("import math\nmath.sqr(2)\n")]
    [InlineData("def f(alpha):\n    return alpah\nf(1)\n")]
    [InlineData("counter = 1\ndef f():\n    return Counter\nf()\n")]
    [InlineData("pritn('x')\n")]
    [InlineData("x = None\nx.foo\n")]
    [InlineData("def outer():\n    lst = [1]\n    def inner():\n        return lstt\n    inner()\nouter()\n")]
    [InlineData("raise AttributeError('plain')\n")]
    [InlineData("class Outer:\n    class Inner(Exception):\n        pass\nraise Outer.Inner('q')\n")]
    public void LastLineMatchesCPython(string source)
    {
        var path = Path.Combine(_dir, "main.py");
        File.WriteAllText(path, source);
        Assert.Equal(LastLine(CPythonPrints(path)), LastLine(OursPrints(path, source)));
    }

    private static string LastLine(string text) => text.TrimEnd('\n').Split('\n')[^1];

    private static string OursPrints(string path, string source)
    {
        var engine = new PythonEngine();
        engine.RedirectOutput(new StringWriter());
        var error = Assert.Throws<PythonException>(() => engine.Run(() => engine.Execute(source, path)));
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
