using IronUwsgi.Python.Engine;

namespace IronUwsgi.Python.Tests.Engine;

public class FinalizerTests
{
    [Fact]
    public void DelRunsOnceForCollectedInstancesOldestFirstIncludingSlotsAndSubclasses()
    {
        var output = PythonRunner.Run("""
            import gc
            keep = []
            class A:
                def __init__(self, n): self.n = n
                def __del__(self): print('del', type(self).__name__, self.n)
            class B(A):
                pass
            class S:
                __slots__ = ('x',)
                def __init__(self): self.x = 'slot value'
                def __del__(self): print('del S', self.x)
            class Phoenix:
                def __del__(self):
                    print('phoenix rises')
                    keep.append(self)
            A(1); B(2); S(); Phoenix()
            print('before collect')
            gc.collect()
            print(gc.is_finalized(keep[0]), gc.is_finalized(A(3)))
            keep.clear()
            gc.collect()
            print('end')
            """);
        Assert.Equal(
            "before collect\ndel A 1\ndel B 2\ndel S slot value\nphoenix rises\nTrue False\ndel A 3\nend\n",
            output);
    }

    [Fact]
    public void AnErrorInDelIsReportedAndTheProgramAndItsHandledExceptionCarryOn()
    {
        var output = PythonRunner.Run("""
            import gc, sys
            class Bad:
                def __del__(self):
                    raise ValueError('boom')
            class Quiet:
                def __del__(self):
                    try:
                        raise KeyError('inner')
                    except KeyError:
                        pass
            try:
                raise IndexError('outer')
            except IndexError:
                Bad(); Quiet()
                gc.collect()
                print('handling', repr(sys.exc_info()[1]))
            print('after')
            """);
        var lines = output.Split('\n');
        Assert.StartsWith("Exception ignored in: <function Bad.__del__ at 0x", lines[0]);
        Assert.Equal("Traceback (most recent call last):", lines[1]);
        Assert.Equal("  File \"<test>\", line 4, in __del__", lines[2]);
        Assert.Equal("ValueError: boom", lines[3]);
        Assert.Equal("handling IndexError('outer')", lines[4]);
        Assert.Equal("after", lines[5]);
    }

    [Fact]
    public void AnAbandonedGeneratorSuspendedInsideTryOrWithIsClosed()
    {
        var output = PythonRunner.Run("""
            import gc
            class Managed:
                def __enter__(self): return self
                def __exit__(self, *exc): print('exit with', exc[0].__name__)
            def in_with():
                with Managed():
                    yield 1
            def in_finally():
                try:
                    yield 1
                finally:
                    print('finally ran')
            def catches():
                try:
                    yield 1
                except GeneratorExit:
                    print('saw GeneratorExit')
                    raise
            def stubborn():
                try:
                    yield 1
                finally:
                    yield 2
            for make in (in_with, in_finally, catches, stubborn):
                g = make()
                next(g)
                del g
                gc.collect()
            unstarted = in_finally()
            finished = in_finally()
            list(finished)
            del unstarted, finished
            gc.collect()
            print('end')
            """);
        var lines = output.Split('\n');
        Assert.Equal(["exit with GeneratorExit", "finally ran", "saw GeneratorExit"], lines[..3]);
        Assert.StartsWith("Exception ignored in: <generator object stubborn at 0x", lines[3]);
        Assert.Equal("RuntimeError: generator ignored GeneratorExit", lines[4]);
        Assert.Equal(["finally ran", "end", ""], lines[5..]);
    }

    [Fact]
    public void WhatTheRuntimeCollectedIsFinalizedAtTheNextCheckpointWithoutGcCollect()
    {
        var engine = new PythonEngine();
        var output = new StringWriter { NewLine = "\n" };
        engine.RedirectOutput(output, output);
        engine.Run(() =>
        {
            engine.Execute("""
                class A:
                    def __del__(self): print('del')
                def make():
                    A()
                make()
                """, "<test>");
            GC.Collect();
            GC.WaitForPendingFinalizers();
            engine.Execute("""
                print('loop starts')
                for i in range(5000):
                    pass
                print('loop done')
                """, "<test>");
            return 0;
        });
        Assert.Equal("loop starts\ndel\nloop done\n", output.ToString());
    }

    [Fact]
    public void WhenTheScriptEndsTheObjectsItsGlobalsHeldAreFinalizedAfterAtexit()
    {
        var (status, output) = PythonRunner.RunScript("""
            import atexit
            class A:
                def __init__(self, n): self.n = n
                def __del__(self): print('del', self.n)
            def counter():
                try:
                    yield 1
                finally:
                    print('generator closed')
            first = A(1)
            g = counter()
            next(g)
            _private = A(2)
            atexit.register(print, 'atexit')
            print('end of script')
            """);
        Assert.Equal(0, status);
        Assert.Equal("end of script\natexit\ndel 1\ngenerator closed\ndel 2\n", output);
    }
}
