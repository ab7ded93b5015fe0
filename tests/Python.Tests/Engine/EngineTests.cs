using IronUwsgi.Python.Engine;

namespace IronUwsgi.Python.Tests.Engine;

public sealed class EngineTests : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("ironuwsgi-engine-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    private string Write(string relative, string text)
    {
        var path = Path.Combine(dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return path;
    }

    [Fact]
    public void TwoEnginesShareNoModuleState()
    {
        Write("shared_state.py", "items = []\n");
        var a = new PythonEngine();
        var b = new PythonEngine();
        a.AddSearchPath(dir);
        b.AddSearchPath(dir);
        var outA = PythonRunner.Run("import shared_state, sys\nshared_state.items.append(1)\nsys.flag = 'a'\nprint(len(shared_state.items), sys.flag)", a);
        var outB = PythonRunner.Run("import shared_state, sys\nprint(len(shared_state.items), hasattr(sys, 'flag'))", b);
        Assert.Equal("1 a\n", outA);
        Assert.Equal("0 False\n", outB);
    }

    [Fact]
    public void EnginesRunInParallelThreads()
    {
        var results = new string[4];
        Parallel.For(0, 4, i => results[i] = PythonRunner.Run($"total = 0\nfor k in range(20000):\n    total += k * {i}\nprint(total)"));
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal($"{199990000L * i}\n", results[i]);
        }
    }

    [Fact]
    public void DeepRecursionRaisesRecursionError()
    {
        var output = PythonRunner.Run("import sys\ndef down(n):\n    return down(n + 1)\ntry:\n    down(0)\nexcept RecursionError as e:\n    print('RecursionError:', e)\nprint(sys.getrecursionlimit())");
        Assert.Equal("RecursionError: maximum recursion depth exceeded\n1000\n", output);
    }

    [Fact]
    public void RaisedLimitAllowsDeeperRecursion()
    {
        var output = PythonRunner.Run("import sys\nsys.setrecursionlimit(20000)\ndef depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\nprint(depth(15000))");
        Assert.Equal("15000\n", output);
    }

    [Fact]
    public void ImportsPackagesRelativeModulesAndCycles()
    {
        Write("pkg/__init__.py", "from .core import value\nfrom . import helpers\n__all__ = ['value', 'helpers']\n");
        Write("pkg/core.py", "from .helpers import double\nvalue = double(21)\n");
        Write("pkg/helpers.py", "def double(x):\n    return x * 2\n");
        Write("ping.py", "import pong\nname = 'ping'\ndef other():\n    return pong.name\n");
        Write("pong.py", "import ping\nname = 'pong'\n");
        var engine = new PythonEngine();
        engine.AddSearchPath(dir);
        var output = PythonRunner.Run("from pkg import *\nimport pkg.helpers as h\nimport ping\nprint(value, helpers.double(2), h is helpers, ping.other())", engine);
        Assert.Equal("42 4 True pong\n", output);
    }

    [Fact]
    public void MissingModuleRaisesModuleNotFoundError()
    {
        Assert.Equal("ModuleNotFoundError: No module named 'nowhere_to_be_found'", PythonRunner.RunExpectingError("import nowhere_to_be_found"));
    }

    [Fact]
    public void HostExecutesCodeAndCallsFunctions()
    {
        var engine = new PythonEngine();
        engine.RedirectOutput(new StringWriter());
        var result = engine.Run(() =>
        {
            var scope = engine.Execute("def add(a, b):\n    return a + b\nanswer = add(40, 2)\n");
            return (scope.Get("answer"), engine.Call(scope.Get("add"), "py", "thon"));
        });
        Assert.Equal(42L, result.Item1);
        Assert.Equal("python", result.Item2);
    }

    [Fact]
    public void RegisteredNativeModuleIsImportable()
    {
        var engine = new PythonEngine();
        engine.RegisterModule("hostmod", (e, module) => module.Set("greeting", "hello from .NET"));
        Assert.Equal("hello from .NET\n", PythonRunner.Run("import hostmod\nprint(hostmod.greeting)", engine));
    }

    [Fact]
    public void ScriptRunnerPrintsCPythonTracebackAndExitStatus()
    {
        var script = Write("fails.py", "def inner():\n    return 1 / 0\ndef outer():\n    return inner()\nprint('before')\nouter()\n");
        var engine = new PythonEngine();
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        engine.RedirectOutput(stdout, stderr);
        var status = ScriptRunner.Run(engine, script, []);
        Assert.Equal(1, status);
        Assert.Equal("before\n", stdout.ToString());
        Assert.Equal(
            "Traceback (most recent call last):\n" +
            $"  File \"{script}\", line 6, in <module>\n    outer()\n" +
            $"  File \"{script}\", line 4, in outer\n    return inner()\n" +
            $"  File \"{script}\", line 2, in inner\n    return 1 / 0\n" +
            "ZeroDivisionError: division by zero\n",
            stderr.ToString());
    }

    [Fact]
    public void SystemExitGivesItsStatusAndArgvHasTheScript()
    {
        var script = Write("exits.py", "import sys\nprint(sys.argv[1:])\nsys.exit(3)\n");
        var engine = new PythonEngine();
        var stdout = new StringWriter();
        engine.RedirectOutput(stdout, new StringWriter());
        Assert.Equal(3, ScriptRunner.Run(engine, script, ["a", "b"]));
        Assert.Equal("['a', 'b']\n", stdout.ToString());
    }

    [Fact]
    public void ChainedExceptionsPrintBothTracebacks()
    {
        var script = Write("chain.py", "try:\n    {}['k']\nexcept KeyError as e:\n    raise ValueError('bad') from e\n");
        var engine = new PythonEngine();
        var stderr = new StringWriter();
        engine.RedirectOutput(new StringWriter(), stderr);
        Assert.Equal(1, ScriptRunner.Run(engine, script, []));
        var text = stderr.ToString();
        Assert.Contains("KeyError: 'k'\n\nThe above exception was the direct cause of the following exception:\n\nTraceback", text);
        Assert.EndsWith("ValueError: bad\n", text);
    }
}
