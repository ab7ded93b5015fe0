using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Stdlib;

public sealed class FunctoolsTests
{
    [Theory]
    [InlineData("print(reduce(lambda a, b: a * b, range(1, 6)), reduce(max, [], 7))", "120 7")]
    [InlineData("p = partial(int, base=2)\nprint(p('101'), p.args, p.keywords, repr(partial(max, 1)))", "5 () {'base': 2} functools.partial(<built-in function max>, 1)")]
    [InlineData("@lru_cache(maxsize=2)\ndef sq(n): return n * n\nfor n in [1, 2, 1, 3, 2, 1]: sq(n)\nprint(sq.cache_info())", "CacheInfo(hits=1, misses=5, maxsize=2, currsize=2)")]
    [InlineData("@cache\ndef f(n): return n\nf(1); f(1)\nprint(f.cache_info())", "CacheInfo(hits=1, misses=1, maxsize=None, currsize=1)")]
    [InlineData("@total_ordering\nclass V:\n    def __init__(s, v): s.v = v\n    def __eq__(s, o): return s.v == o.v\n    def __lt__(s, o): return s.v < o.v\nprint(V(1) <= V(1), V(2) > V(1), V(1) >= V(2))", "True True False")]
    [InlineData("print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))", "[3, 2, 1]")]
    [InlineData("@singledispatch\ndef d(x): return 'obj'\n@d.register\ndef _(x: int): return 'int'\nprint(d(1), d(True), d('s'))", "int int obj")]
    [InlineData("class C:\n    @cached_property\n    def v(self):\n        print('computed')\n        return 3\nc = C()\nprint(c.v, c.v)", "computed\n3 3")]
    [InlineData("def deco(f):\n    @wraps(f)\n    def w(): return f()\n    return w\n@deco\ndef named():\n    'doc'\nprint(named.__name__, named.__doc__, named.__wrapped__.__name__)", "named doc named")]
    public void FunctoolsMatchesCPython(string code, string expected)
    {
        Assert.Equal(expected + "\n", PythonRunner.Run("from functools import *\n" + code));
    }

    [Fact]
    public void ReduceOfEmptyIterableWithoutInitialFails()
    {
        Assert.Contains("reduce() of empty iterable with no initial value", PythonRunner.RunExpectingError("import functools\nfunctools.reduce(max, [])"));
    }
}
