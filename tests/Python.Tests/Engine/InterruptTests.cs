using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Tests.Engine;

public sealed class InterruptTests
{
    /// <summary>Runs <paramref name="source"/> on its own thread, interrupts it once <c>started</c> is set, and returns what it raised and printed.</summary>
    private static (string? Raised, string Output) RunInterrupted(string source)
    {
        var engine = new PythonEngine();
        var output = new StringWriter();
        engine.RedirectOutput(output);
        string? raised = null;
        var thread = new Thread(() =>
        {
            using var attached = engine.Enter();
            try
            {
                engine.Execute(source);
            }
            catch (PythonException e)
            {
                raised = Runtime.Ops.FormatExceptionLine(e.Value);
            }
        }, PythonEngine.PythonStackSize);
        thread.Start();
        // The code sets a flag in builtins once it runs; the interrupt must come while it spins.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!StartedFlag(engine) && DateTime.UtcNow < deadline)
            Thread.Sleep(10);
        engine.Interrupt(thread, "harakiri");
        Assert.True(thread.Join(TimeSpan.FromSeconds(30)), "the interrupted thread did not stop");
        return (raised, output.ToString());
    }

    private static bool StartedFlag(PythonEngine engine) => engine.Builtins.TryGetValue("started_spinning", out var value) && value is true;

    [Fact]
    public void SpinningWhileLoopRaisesKeyboardInterrupt()
    {
        var (raised, _) = RunInterrupted("import builtins\nbuiltins.started_spinning = True\nwhile True:\n    pass\n");
        Assert.Equal("KeyboardInterrupt: harakiri", raised);
    }

    [Fact]
    public void SpinningForLoopInAFunctionIsInterrupted()
    {
        var (raised, _) = RunInterrupted("import builtins\ndef spin():\n    builtins.started_spinning = True\n    for i in range(10 ** 15):\n        pass\nspin()\n");
        Assert.Equal("KeyboardInterrupt: harakiri", raised);
    }

    [Fact]
    public void SpinningGeneratorPipelineConsumedBySumIsInterrupted()
    {
        var (raised, _) = RunInterrupted(
            "import builtins\ndef numbers():\n    builtins.started_spinning = True\n    i = 0\n    while True:\n        yield i\n        i += 1\nsum(x for x in numbers() if x < 0)\n");
        Assert.Equal("KeyboardInterrupt: harakiri", raised);
    }

    [Fact]
    public void ExceptExceptionDoesNotCatchTheInterrupt()
    {
        var (raised, output) = RunInterrupted(
            "import builtins\nbuiltins.started_spinning = True\ntry:\n    while True:\n        pass\nexcept Exception:\n    print('caught by except Exception')\n");
        Assert.Equal("KeyboardInterrupt: harakiri", raised);
        Assert.Equal("", output);
    }

    [Fact]
    public void CodeThatSwallowsTheInterruptIsInterruptedAgain()
    {
        var (raised, output) = RunInterrupted(
            "import builtins\nbuiltins.started_spinning = True\nwhile True:\n    try:\n        while True:\n            pass\n    except BaseException as e:\n        print('swallowed', type(e).__name__)\n        break\nwhile True:\n    pass\n");
        Assert.Equal("KeyboardInterrupt: harakiri", raised);
        Assert.Equal("swallowed KeyboardInterrupt\n", output);
    }

    [Fact]
    public void InterruptAskedWhileTheThreadIsOutsideTheEngineIsForgotten()
    {
        var engine = new PythonEngine();
        string? result = null;
        var thread = new Thread(() =>
        {
            engine.Interrupt(Thread.CurrentThread, "stale");
            using (engine.Enter())
                result = engine.Execute("n = 0\nfor i in range(100000):\n    n += 1\n").Get("n").ToString();
        }, PythonEngine.PythonStackSize);
        thread.Start();
        thread.Join();
        Assert.Equal("100000", result);
    }
}
