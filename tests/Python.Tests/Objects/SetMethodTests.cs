using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Tests.Objects;

// Expected values were produced by CPython 3.11 (repr of the result, or "Type: message").
public class SetMethodTests
{
    [Theory]
    [InlineData("{1, 2, 3}", "__repr__", "()", "'{1, 2, 3}'")]
    [InlineData("{1, 2, 3}", "union", "({3, 4, 5},)", "{1, 2, 3, 4, 5}")]
    [InlineData("{1, 2, 3}", "intersection", "({2, 3, 4},)", "{2, 3}")]
    [InlineData("{1, 2, 3}", "difference", "({2},)", "{1, 3}")]
    [InlineData("{1, 2, 3}", "symmetric_difference", "({3, 4},)", "{1, 2, 4}")]
    [InlineData("{1, 2}", "issubset", "({1, 2, 3},)", "True")]
    [InlineData("{1, 2}", "issuperset", "({1},)", "True")]
    [InlineData("{1, 2}", "isdisjoint", "({3},)", "True")]
    [InlineData("{0, 64, 1000, -5, -1}", "__repr__", "()", "'{0, 64, 1000, -5, -1}'")]
    [InlineData("{1, 2}", "__or__", "({2, 3},)", "{1, 2, 3}")]
    [InlineData("{1, 2}", "__and__", "([2],)", "NotImplemented")]
    [InlineData("{1, 2}", "__le__", "({1, 2, 3},)", "True")]
    [InlineData("{1, 2}", "remove", "(5,)", "KeyError: 5")]
    [InlineData("set()", "pop", "()", "KeyError: 'pop from an empty set'")]
    [InlineData("{1, 2}", "__hash__", "()", "TypeError: 'NoneType' object is not callable")]
    [InlineData("{1}", "add", "([1],)", "TypeError: unhashable type: 'list'")]
    public void SetMethodsBehaveLikeCPython(string receiver, string method, string args, string expected)
    {
        var self = PyLiteral.Parse(receiver);
        var arguments = ((PyTuple)PyLiteral.Parse(args)).Items;
        Assert.Equal(expected, PyLiteral.Outcome(() => Ops.CallMethod(self, method, arguments, null)));
    }
}
