using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Tests.Objects;

// Expected values were produced by CPython 3.11 (repr of the result, or "Type: message").
public class TupleMethodTests
{
    [Theory]
    [InlineData("(1, 2, 3)", "index", "(3,)", "2")]
    [InlineData("(1, 2, 3)", "index", "(4,)", "ValueError: tuple.index(x): x not in tuple")]
    [InlineData("(1,)", "__repr__", "()", "'(1,)'")]
    [InlineData("()", "__repr__", "()", "'()'")]
    [InlineData("(1, 2)", "__getitem__", "(2,)", "IndexError: tuple index out of range")]
    [InlineData("(1, 2, 3)", "__getitem__", "(slice(1, None, None),)", "(2, 3)")]
    [InlineData("(1, 'a', None)", "__repr__", "()", "\"(1, 'a', None)\"")]
    [InlineData("(1, 2)", "count", "(2,)", "1")]
    public void TupleMethodsBehaveLikeCPython(string receiver, string method, string args, string expected)
    {
        var self = PyLiteral.Parse(receiver);
        var arguments = ((PyTuple)PyLiteral.Parse(args)).Items;
        Assert.Equal(expected, PyLiteral.Outcome(() => Ops.CallMethod(self, method, arguments, null)));
    }

    [Theory]
    [InlineData("(1, 2) < (1, 3)", "True")]
    [InlineData("(1, 2) <= (1, 2)", "True")]
    [InlineData("(2,) > (1, 5)", "True")]
    [InlineData("(1, 2) == (1, 2.0)", "True")]
    [InlineData("(1, (2, 3)) < (1, (2, 4))", "True")]
    [InlineData("(1, 2) < (1, 2, 0)", "True")]
    [InlineData("(-5, 1) >= (3, 0)", "False")]
    public void TupleComparisonsMatchCPython(string expression, string expected)
    {
        Assert.Equal(expected + "\n", Engine.PythonRunner.Run($"print({expression})"));
    }

    [Fact]
    public void SortingTupleKeysComparesItemByItemAndStaysStable()
    {
        Assert.Equal(
            "[(0, 'z'), (1,), (1, 'a'), (1, 'b')] [(1, [3]), (2, 1), (2, 1.5)] [(2, 'x'), (1, 'a'), (1, 'b')]\n",
            Engine.PythonRunner.Run("print(sorted([(1, 'b'), (1, 'a'), (0, 'z'), (1,)]), sorted([(2, 1.5), (2, 1), (1, [3])], key=lambda t: t[:2]), "
                + "sorted([(1, 'a'), (2, 'x'), (1, 'b')], key=lambda t: (t[0],), reverse=True))"));
    }

    [Fact]
    public void SortingMixedTupleKeysReportsTheIncomparableItems()
    {
        Assert.Contains("'<' not supported between instances of 'int' and 'str'", Engine.PythonRunner.RunExpectingError("sorted([(1, 'a'), (1, 2)])"));
    }
}
