using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Modules;

public class AtexitModuleTests
{
    [Fact]
    public void HandlersRunLastRegisteredFirstWithTheirArgumentsAndOnlyOnce()
    {
        var output = PythonRunner.Run("""
            import atexit
            def show(*args, **kwargs): print(args, sorted(kwargs.items()))
            print(atexit.register(show, 1, 2, key='v') is show)
            atexit.register(show)
            atexit.register(print, 'a', 'b', sep='-')
            atexit._run_exitfuncs()
            atexit._run_exitfuncs()
            print(atexit._ncallbacks())
            """);
        Assert.Equal("True\na-b\n() []\n(1, 2) [('key', 'v')]\n0\n", output);
    }

    [Fact]
    public void UnregisterRemovesEveryRegistrationOfAnEqualFunction()
    {
        var output = PythonRunner.Run("""
            import atexit
            class Key:
                def __init__(self, name): self.name = name
                def __eq__(self, other): return isinstance(other, Key) and other.name == self.name
                def __hash__(self): return hash(self.name)
                def __call__(self): print('ran', self.name)
            atexit.register(Key('a'))
            atexit.register(Key('b'))
            atexit.register(Key('a'))
            atexit.unregister(Key('a'))
            atexit.unregister(print)
            print(atexit._ncallbacks())
            atexit._run_exitfuncs()
            """);
        Assert.Equal("3\nran b\n", output);
    }

    [Fact]
    public void AFailingHandlerIsReportedAsUnraisableAndTheOthersStillRun()
    {
        var output = PythonRunner.Run("""
            import atexit
            def bad():
                raise ValueError('x')
            atexit.register(print, 'first registered')
            atexit.register(bad)
            atexit.register(print, 'last registered')
            atexit._run_exitfuncs()
            print('after')
            """);
        var lines = output.Split('\n');
        Assert.Equal("last registered", lines[0]);
        Assert.StartsWith("Exception ignored in atexit callback: <function bad at 0x", lines[1]);
        Assert.Equal("Traceback (most recent call last):", lines[2]);
        Assert.Equal("  File \"<test>\", line 3, in bad", lines[3]);
        // "<test>" has no file to show the source line from.
        Assert.Equal("ValueError: x", lines[4]);
        Assert.Equal(["first registered", "after", ""], lines[5..]);
    }

    [Fact]
    public void RegisterChecksItsArguments()
    {
        Assert.Equal("TypeError: register() takes at least 1 argument (0 given)", PythonRunner.RunExpectingError("import atexit\natexit.register()"));
        Assert.Equal("TypeError: the first argument must be callable", PythonRunner.RunExpectingError("import atexit\natexit.register(1)"));
    }

    [Fact]
    public void ClearForgetsTheHandlers()
    {
        var output = PythonRunner.Run("""
            import atexit
            atexit.register(print, 'never')
            atexit.register(print, 'never')
            print(atexit._ncallbacks())
            atexit._clear()
            print(atexit._ncallbacks())
            atexit._run_exitfuncs()
            """);
        Assert.Equal("2\n0\n", output);
    }

    [Fact]
    public void EachEngineHasItsOwnHandlers()
    {
        var first = new PythonEngine();
        var second = new PythonEngine();
        PythonRunner.Run("import atexit\natexit.register(print, 'first')\natexit.register(print, 'again')", first);
        Assert.Equal("0\n", PythonRunner.Run("import atexit\nprint(atexit._ncallbacks())", second));
        var output = new StringWriter { NewLine = "\n" };
        first.RedirectOutput(output, output);
        first.Run(() =>
        {
            first.RunExitHandlers();
            return 0;
        });
        Assert.Equal("again\nfirst\n", output.ToString());
    }

    [Fact]
    public void AScriptRunsItsHandlersAfterTheUncaughtTracebackAndBeforeOpenFilesAreFlushed()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var target = Path.Combine(dir.FullName, "out.txt");
            var script = Path.Combine(dir.FullName, "main.py");
            File.WriteAllText(script, $$"""
                import atexit
                f = open({{Quoted(target)}}, 'w')
                f.write('buffered')
                atexit.register(lambda: print('on disk:', repr(open({{Quoted(target)}}).read())))
                atexit.register(lambda: 1/0)
                raise KeyError(3)
                """);
            var engine = new PythonEngine();
            var output = new StringWriter { NewLine = "\n" };
            engine.RedirectOutput(output, output);

            Assert.Equal(1, ScriptRunner.Run(engine, script, []));
            var lines = output.ToString().Split('\n');
            Assert.Equal("KeyError: 3", lines[3]);
            Assert.StartsWith("Exception ignored in atexit callback: <function <lambda> at 0x", lines[4]);
            Assert.Equal("ZeroDivisionError: division by zero", lines[8]);
            Assert.Equal("on disk: ''", lines[9]);
            Assert.Equal("buffered", File.ReadAllText(target));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void SystemExitKeepsItsStatusWhenAHandlerFails()
    {
        var dir = Directory.CreateTempSubdirectory();
        try
        {
            var script = Path.Combine(dir.FullName, "main.py");
            File.WriteAllText(script, "import atexit, sys\natexit.register(lambda: 1/0)\nsys.exit(3)\n");
            var engine = new PythonEngine();
            engine.RedirectOutput(new StringWriter());
            Assert.Equal(3, ScriptRunner.Run(engine, script, []));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void TheInteractiveShellRunsTheHandlersWhenItsInputEnds()
    {
        var engine = new PythonEngine();
        var output = new StringWriter { NewLine = "\n" };
        engine.RedirectOutput(output, output);
        var status = InteractiveShell.Run(engine, new StringReader("import atexit\natexit.register(print, 'bye')\n"), new StringWriter());
        Assert.Equal(0, status);
        Assert.Equal("<built-in function print>\nbye\n", output.ToString());
    }

    private static string Quoted(string path) => "'" + path.Replace("\\", "\\\\").Replace("'", "\\'") + "'";
}
