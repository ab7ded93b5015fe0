using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Stdlib;

public sealed class CollectionsTests
{
    [Theory]
    [InlineData("d = deque(range(5), maxlen=3)\nd.rotate(1)\nprint(d, d.maxlen)", "deque([4, 2, 3], maxlen=3) 3")]
    [InlineData("d = deque([1, 2])\nd.appendleft(0)\nprint(d.popleft(), d.pop(), d, deque('ab') + deque('c'))", "0 2 deque([1]) deque(['a', 'b', 'c'])")]
    [InlineData("od = OrderedDict(a=1, b=2)\nod.move_to_end('a')\nprint(od, od.popitem(last=False), OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1))", "OrderedDict([('a', 1)]) ('b', 2) False")]
    [InlineData("dd = defaultdict(list)\ndd['k'].append(1)\nprint(dd, dd['z'])", "defaultdict(<class 'list'>, {'k': [1], 'z': []}) []")]
    [InlineData("c = Counter('abracadabra')\nprint(c.most_common(2), c['z'], c.total())", "[('a', 5), ('b', 2)] 0 11")]
    [InlineData("print(Counter(a=3, b=1) - Counter(a=1, b=2), Counter(a=1) | Counter(a=2, b=1), -Counter(a=-2))", "Counter({'a': 2}) Counter({'a': 2, 'b': 1}) Counter({'a': 2})")]
    [InlineData("P = namedtuple('P', 'x y', defaults=[0])\np = P(1)\nprint(p, p._replace(y=5), p._asdict(), P._field_defaults)", "P(x=1, y=0) P(x=1, y=5) {'x': 1, 'y': 0} {'y': 0}")]
    [InlineData("print(namedtuple('R', ['def', 'x', '_y'], rename=True)._fields)", "('_0', 'x', '_2')")]
    [InlineData("cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})\nprint(cm['a'], cm['b'], len(cm), cm.new_child().parents)", "1 3 2 ChainMap({'a': 1}, {'a': 2, 'b': 3})")]
    [InlineData("print(UserList([2, 1]) + [3], UserString('ab').upper(), UserDict(a=1))", "[2, 1, 3] AB {'a': 1}")]
    public void CollectionsMatchCPython(string code, string expected)
    {
        Assert.Equal(expected + "\n", PythonRunner.Run("from collections import *\n" + code));
    }

    [Fact]
    public void NamedtupleReportsMissingFieldByName()
    {
        Assert.Contains("P.__new__() missing 1 required positional argument: 'y'",
            PythonRunner.RunExpectingError("from collections import namedtuple\nnamedtuple('P', 'x y')(1)"));
    }

    [Fact]
    public void PopFromEmptyDequeRaisesIndexError()
    {
        Assert.Contains("pop from an empty deque", PythonRunner.RunExpectingError("from collections import deque\ndeque().popleft()"));
    }
}
