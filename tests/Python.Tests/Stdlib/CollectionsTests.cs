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

    [Fact]
    public void CounterUpdateCountsThroughOverriddenSetItem()
    {
        Assert.Equal(
            "set a 1\nset b 1\nset c 1\nset a 2\nC({'a': 2, 'b': 1, 'c': 1})\n",
            PythonRunner.Run("from collections import Counter\nclass C(Counter):\n    def __setitem__(self, k, v):\n        print('set', k, v)\n        super().__setitem__(k, v)\nprint(C('abca'))"));
    }

    [Fact]
    public void CountElementsAddsToExistingCountsAndUsesMappingGet()
    {
        Assert.Equal(
            "get x\nget y\nget x\n{'x': 2, 'y': 1} Counter({'a': 4, 'b': 1})\n",
            PythonRunner.Run("import collections\nclass G(dict):\n    def get(self, k, d=None):\n        print('get', k)\n        return dict.get(self, k, d)\n"
                + "g = G()\ncollections._count_elements(g, 'xyx')\nc = collections.Counter(a=2)\nc.update('aab')\nprint(g, c)"));
    }

    [Fact]
    public void CounterOfUnhashableElementRaisesTypeError()
    {
        Assert.Contains("unhashable type: 'list'", PythonRunner.RunExpectingError("from collections import Counter\nCounter([[1]])"));
    }

    [Fact]
    public void DictSubclassItemsUseMissingAndOverriddenSetItem()
    {
        Assert.Equal(
            "6 None False {1: 20} defaultdict(<class 'int'>, {'k': 1})\n",
            PythonRunner.Run("from collections import defaultdict\nclass M(dict):\n    def __missing__(self, k):\n        return k * 2\nclass S(dict):\n    def __setitem__(self, k, v):\n        dict.__setitem__(self, k, v * 10)\n"
                + "m = M()\ns = S()\ns[1] = 2\nd = defaultdict(int)\nd['k'] += 1\nprint(m[3], m.get(3), 3 in m, s, d)"));
    }

    [Fact]
    public void NamedtupleFieldsReadThroughDescriptorAndShareNoStateWithSourceTuple()
    {
        Assert.Equal(
            "1 3 P(x=1, y=3) (1, 3) 0\n",
            PythonRunner.Run("from collections import namedtuple\nP = namedtuple('P', 'x y')\nt = (1, 3)\np = P._make(t)\nprint(p.x, p.y, p, t, P.x.__get__(p, P) - 1)"));
    }

    [Fact]
    public void NamedtupleFieldOnPlainObjectRaisesTypeError()
    {
        Assert.Contains("descriptor for index '0' for tuple subclasses doesn't apply to 'int' object",
            PythonRunner.RunExpectingError("from collections import namedtuple\nnamedtuple('P', 'x').x.__get__(5, int)"));
    }
}
