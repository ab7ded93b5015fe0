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
}
