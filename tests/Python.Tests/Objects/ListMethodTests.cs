using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Tests.Objects;

// Expected values were produced by CPython 3.11 (repr of the result, or "Type: message").
public class ListMethodTests
{
    [Theory]
    [InlineData("[3, 1, 2]", "index", "(2,)", "2")]
    [InlineData("[3, 1, 2]", "index", "(5,)", "ValueError: 5 is not in list")]
    [InlineData("[1, 2, 1]", "count", "(1,)", "2")]
    [InlineData("[]", "pop", "()", "IndexError: pop from empty list")]
    [InlineData("[1, 2]", "remove", "(3,)", "ValueError: list.remove(x): x not in list")]
    [InlineData("[1, 2, 3]", "__getitem__", "(3,)", "IndexError: list index out of range")]
    [InlineData("[1, 2, 3]", "__getitem__", "('a',)", "TypeError: list indices must be integers or slices, not str")]
    [InlineData("[1, 2, 3, 4, 5]", "__getitem__", "(slice(None, None, -2),)", "[5, 3, 1]")]
    [InlineData("[1, 2]", "__mul__", "(3,)", "[1, 2, 1, 2, 1, 2]")]
    [InlineData("[3, 1, 2]", "sort", "()", "None")]
    [InlineData("[1, 2]", "insert", "(-1, 9)", "None")]
    [InlineData("[1, 2]", "pop", "(5,)", "IndexError: pop index out of range")]
    [InlineData("[1, [2, 3]]", "__repr__", "()", "'[1, [2, 3]]'")]
    [InlineData("[1, 2]", "__eq__", "([1, 2],)", "True")]
    [InlineData("[1, 2]", "__lt__", "([1, 3],)", "True")]
    [InlineData("[1, 2]", "__lt__", "([1, 'a'],)", "TypeError: '<' not supported between instances of 'int' and 'str'")]
    [InlineData("[1, 2]", "__lt__", "([1, 2, 0],)", "True")]
    [InlineData("[1, 2]", "__hash__", "()", "TypeError: 'NoneType' object is not callable")]
    public void ListMethodsBehaveLikeCPython(string receiver, string method, string args, string expected)
    {
        var self = PyLiteral.Parse(receiver);
        var arguments = ((PyTuple)PyLiteral.Parse(args)).Items;
        Assert.Equal(expected, PyLiteral.Outcome(() => Ops.CallMethod(self, method, arguments, null)));
    }

    [Fact]
    public void SliceAssignmentReadsListsTuplesAndItselfInPlace()
    {
        Assert.Equal(
            "[0, 7, 8, 9, 3, 4, 5] [0, 7, 0, 7, 8, 9, 3, 4, 5, 8, 9, 3, 4, 5] [5, 4, 3, 0, 4] attempt to assign sequence of size 1 to extended slice of size 2\n",
            Engine.PythonRunner.Run("l = list(range(6))\nl[1:3] = (7, 8, 9)\nprint(l, end=' ')\nl[2:2] = l\nprint(l, end=' ')\n"
                + "p = [0, 1, 2, 3, 4, 5]\np[:4] = p[3::-1]\np[:3] = [5, 4, 3]\nprint(p[:5], end=' ')\n"
                + "try:\n    p[::4] = [1]\nexcept ValueError as e:\n    print(e)"));
    }
}
