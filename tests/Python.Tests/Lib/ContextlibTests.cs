using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Lib;

/// <summary>contextlib: generator context managers, ExitStack and suppress. Expected values were printed by CPython 3.11.</summary>
public sealed class ContextlibTests
{
    [Fact]
    public void ContextmanagerAndExitStackUnwindInReverseOrder()
    {
        var output = PythonRunner.Run(
            """
            from contextlib import contextmanager, ExitStack, suppress
            @contextmanager
            def tag(n):
                print("<" + n + ">")
                try:
                    yield n.upper()
                finally:
                    print("</" + n + ">")
            with ExitStack() as st:
                print(st.enter_context(tag("a")), st.enter_context(tag("b")))
                st.callback(print, "cb")
            with suppress(KeyError):
                {}["x"]
            print("done")
            """);
        Assert.Equal(
            """
            <a>
            <b>
            A B
            cb
            </b>
            </a>
            done
            """ + "\n",
            output);
    }

    [Fact]
    public void ExitStackChainsExceptionsRaisedByExitCallbacks()
    {
        var output = PythonRunner.Run(
            """
            from contextlib import ExitStack
            class CM:
                def __init__(self, err): self.err = err
                def __enter__(self): return self
                def __exit__(self, *a): raise self.err
            try:
                with ExitStack() as st:
                    st.enter_context(CM(KeyError("first")))
                    st.enter_context(CM(ValueError("second")))
            except KeyError as e:
                print(repr(e), repr(e.__context__))
            """);
        Assert.Equal(
            """
            KeyError('first') None
            """ + "\n",
            output);
    }

    [Fact]
    public void GeneratorThatYieldsTwiceRaisesRuntimeError()
    {
        var output = PythonRunner.Run(
            """
            from contextlib import contextmanager
            @contextmanager
            def two():
                yield 1
                yield 2
            try:
                with two():
                    pass
            except RuntimeError as e:
                print(e)
            """);
        Assert.Equal(
            """
            generator didn't stop
            """ + "\n",
            output);
    }
}
