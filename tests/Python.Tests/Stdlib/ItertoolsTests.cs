using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Stdlib;

public sealed class ItertoolsTests
{
    [Theory]
    [InlineData("print(list(it.islice(it.count(10, 5), 3)))", "[10, 15, 20]")]
    [InlineData("print(it.count(5), it.count(1, 0.5), it.repeat('a', 3))", "count(5) count(1, 0.5) repeat('a', 3)")]
    [InlineData("print(list(it.chain('ab', [1])), list(it.chain.from_iterable(['xy', 'z'])))", "['a', 'b', 1] ['x', 'y', 'z']")]
    [InlineData("print([(k, ''.join(g)) for k, g in it.groupby('aabccc')])", "[('a', 'aa'), ('b', 'b'), ('c', 'ccc')]")]
    [InlineData("print(list(it.accumulate([1, 2, 3], initial=10)))", "[10, 11, 13, 16]")]
    [InlineData("print(list(it.zip_longest('ab', [1], fillvalue=0)))", "[('a', 1), ('b', 0)]")]
    [InlineData("print(len(list(it.permutations(range(5), 3))), list(it.combinations('abc', 2)))", "60 [('a', 'b'), ('a', 'c'), ('b', 'c')]")]
    [InlineData("print(list(it.product('ab', repeat=2)))", "[('a', 'a'), ('a', 'b'), ('b', 'a'), ('b', 'b')]")]
    [InlineData("print(list(it.combinations_with_replacement('ab', 2)), list(it.pairwise('abc')))", "[('a', 'a'), ('a', 'b'), ('b', 'b')] [('a', 'b'), ('b', 'c')]")]
    [InlineData("a, b = it.tee(iter([1, 2, 3]))\nprint(next(a), list(b), list(a))", "1 [1, 2, 3] [2, 3]")]
    [InlineData("print(list(it.compress('abcd', [1, 0, 1, 0])), list(it.filterfalse(None, [0, 1, 2])), list(it.starmap(pow, [(2, 3)])))", "['a', 'c'] [0] [8]")]
    [InlineData("print(list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])))", "[1, 2] [5, 1]")]
    public void ItertoolsProducesCPythonValues(string code, string expected)
    {
        Assert.Equal(expected + "\n", PythonRunner.Run("import itertools as it\n" + code));
    }

    [Fact]
    public void IsliceConsumesOnlyWhatItYields()
    {
        Assert.Equal("[0, 2] 3\n", PythonRunner.Run("import itertools as it\nsrc = iter(range(10))\nprint(list(it.islice(src, 0, 3, 2)), next(src))"));
    }

    [Fact]
    public void IsliceRejectsNegativeStop()
    {
        Assert.Contains("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
            PythonRunner.RunExpectingError("import itertools\nitertools.islice([], -1)"));
    }

    [Fact]
    public void AbandonedGroupIsEmpty()
    {
        Assert.Equal("[] ['b', 'b']\n", PythonRunner.Run("import itertools as it\ng = it.groupby('aabb')\n_, first = next(g)\n_, second = next(g)\nprint(list(first), list(second))"));
    }
}
