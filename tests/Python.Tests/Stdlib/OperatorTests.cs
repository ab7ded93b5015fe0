using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Stdlib;

public sealed class OperatorTests
{
    [Theory]
    [InlineData("print(op.itemgetter(1, 0)('ab'), op.attrgetter('real')(3), op.methodcaller('split', ',')('a,b'))", "('b', 'a') 3 ['a', 'b']")]
    [InlineData("print(op.itemgetter(1), op.attrgetter('a.b'), op.methodcaller('f', 1, k=2))", "operator.itemgetter(1) operator.attrgetter('a.b') operator.methodcaller('f', 1, k=2)")]
    [InlineData("print(op.add(1, 2), op.floordiv(7, 2), op.mod(-7, 3), op.neg(5), op.not_(0), op.xor(6, 3))", "3 3 2 -5 True 5")]
    [InlineData("x = [1]\nprint(op.iadd(x, [2]) is x, x, op.iadd(1, 1))", "True [1, 2] 2")]
    [InlineData("print(op.countOf([1, 2, 1], 1), op.indexOf('abc', 'c'), op.length_hint(iter(range(4))), op.index(7))", "2 2 4 7")]
    public void OperatorMatchesCPython(string code, string expected)
    {
        Assert.Equal(expected + "\n", PythonRunner.Run("import operator as op\n" + code));
    }

    [Fact]
    public void ConcatRejectsNonSequences()
    {
        Assert.Contains("'int' object can't be concatenated", PythonRunner.RunExpectingError("import operator\noperator.concat(1, 2)"));
    }
}
