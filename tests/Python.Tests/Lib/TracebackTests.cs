using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Lib;

/// <summary>traceback: formatting chained exceptions and recursive stacks. Expected values were printed by CPython 3.11.</summary>
public sealed class TracebackTests
{
    [Fact]
    public void FormatExceptionWalksTheCauseChain()
    {
        var output = PythonRunner.Run(
            """
            import traceback
            def inner():
                raise ValueError("deep")
            def outer():
                try:
                    inner()
                except ValueError as e:
                    raise RuntimeError("wrapped") from e
            try:
                outer()
            except RuntimeError as e:
                lines = traceback.format_exception(e)
                print(sum(l.startswith("Traceback") for l in lines), lines[-1], [f.name for f in traceback.extract_tb(e.__traceback__)], [f.name for f in traceback.extract_tb(e.__cause__.__traceback__)])
                print("direct cause" in "".join(lines), traceback.format_exception_only(KeyError("k")))
            """);
        Assert.Equal(
            """
            2 RuntimeError: wrapped
             ['<module>', 'outer'] ['outer', 'inner']
            True ["KeyError: 'k'\n"]
            """ + "\n",
            output);
    }

    [Fact]
    public void RecursiveFramesAreKeptAndCollapsedWhenFormatted()
    {
        var output = PythonRunner.Run(
            """
            import traceback
            def rec(n):
                if n == 0:
                    raise KeyError(n)
                rec(n - 1)
            try:
                rec(6)
            except KeyError:
                text = traceback.format_exc()
                print(text.count("in rec"), "[Previous line repeated 3 more times]" in text, text.splitlines()[-1])
            """);
        Assert.Equal(
            """
            4 True KeyError: 0
            """ + "\n",
            output);
    }
}
