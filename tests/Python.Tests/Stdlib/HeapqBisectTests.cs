using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Stdlib;

public sealed class HeapqBisectTests
{
    [Theory]
    [InlineData("h = [5, 1, 8, 3]\nheapq.heapify(h)\nprint(h, heapq.heappop(h), h)", "[3, 5, 8] 1 [3, 5, 8]")]
    [InlineData("print(heapq.nlargest(2, [1, 9, 4]), heapq.nsmallest(2, ['bb', 'a', 'ccc'], key=len))", "[9, 4] ['a', 'bb']")]
    [InlineData("print(list(heapq.merge([1, 4], [2, 3])), list(heapq.merge([4, 1], [3], reverse=True)))", "[1, 2, 3, 4] [4, 3, 1]")]
    [InlineData("print(bisect.bisect_left([1, 2, 2, 3], 2), bisect.bisect_right([1, 2, 2, 3], 2), bisect.bisect([], 1))", "1 3 0")]
    [InlineData("r = [('a', 1), ('c', 3)]\nbisect.insort(r, ('b', 2), key=lambda t: t[1])\nprint(r)", "[('a', 1), ('b', 2), ('c', 3)]")]
    public void HeapqAndBisectMatchCPython(string code, string expected)
    {
        Assert.Equal(expected + "\n", PythonRunner.Run("import heapq, bisect\n" + code));
    }

    [Fact]
    public void HeappopOfEmptyHeapFails()
    {
        Assert.Contains("index out of range", PythonRunner.RunExpectingError("import heapq\nheapq.heappop([])"));
    }
}
