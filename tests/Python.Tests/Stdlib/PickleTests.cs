using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Stdlib;

/// <summary>pickle, copyreg and the reduction copy shares with them. Expected values were printed by CPython 3.11.</summary>
public sealed class PickleTests
{
    // Test code runs in a namespace that is not in sys.modules; pickle finds classes by module name.
    private const string ExposeMain = "import sys, types\ndef expose_main(): sys.modules['__main__'] = types.SimpleNamespace(**globals())\n";

    [Theory]
    [InlineData("[1, 'a', None]", 0, @"b'(lp0\nI1\naVa\np1\naNa.'")]
    [InlineData("[1, 'a', None]", 2, @"b'\x80\x02]q\x00(K\x01X\x01\x00\x00\x00aq\x01Ne.'")]
    [InlineData("{'k': (1.5, b'x')}", 4, @"b'\x80\x04\x95\x17\x00\x00\x00\x00\x00\x00\x00}\x94\x8c\x01k\x94G?\xf8\x00\x00\x00\x00\x00\x00C\x01x\x94\x86\x94s.'")]
    [InlineData("2**70", 1, @"b'L1180591620717411303424L\n.'")]
    [InlineData("-2**70", 2, @"b'\x80\x02\x8a\t\x00\x00\x00\x00\x00\x00\x00\x00\xc0.'")]
    [InlineData("{1, 2}", 4, @"b'\x80\x04\x95\t\x00\x00\x00\x00\x00\x00\x00\x8f\x94(K\x01K\x02\x90.'")]
    [InlineData("{1, 2}", 3, @"b'\x80\x03cbuiltins\nset\nq\x00]q\x01(K\x01K\x02e\x85q\x02Rq\x03.'")]
    [InlineData("b'ab'", 2, @"b'\x80\x02c_codecs\nencode\nq\x00X\x02\x00\x00\x00abq\x01X\x06\x00\x00\x00latin1q\x02\x86q\x03Rq\x04.'")]
    [InlineData("bytearray(b'ab')", 5, @"b'\x80\x05\x95\r\x00\x00\x00\x00\x00\x00\x00\x96\x02\x00\x00\x00\x00\x00\x00\x00ab\x94.'")]
    [InlineData("type(None)", 2, @"b'\x80\x02c__builtin__\ntype\nq\x00N\x85q\x01Rq\x02.'")]
    [InlineData("'\\u20ac\\n'", 0, @"b'V\\u20ac\\u000a\np0\n.'")]
    public void DumpsWritesTheBytesOfCPythonsPickler(string value, int protocol, string expected)
    {
        Assert.Equal(expected + "\n", PythonRunner.Run($"import pickle\nprint(pickle.dumps({value}, {protocol}))"));
    }

    [Fact]
    public void SharedAndRecursiveStructuresKeepTheirIdentity()
    {
        var output = PythonRunner.Run(
            """
            import pickle
            shared = [1]
            outer = [shared, shared]
            outer.append(outer)
            t = ([],)
            t[0].append(t)
            for proto in range(6):
                back = pickle.loads(pickle.dumps(outer, proto))
                tb = pickle.loads(pickle.dumps(t, proto))
                print(proto, back[0] is back[1], back[2] is back, tb[0][0] is tb)
            """);
        Assert.Equal(string.Concat(Enumerable.Range(0, 6).Select(p => $"{p} True True True\n")), output);
    }

    [Fact]
    public void InstancesRoundTripThroughTheirReductions()
    {
        var output = PythonRunner.Run(ExposeMain +
            """
            import pickle, collections, datetime, enum
            class Slots:
                __slots__ = ('a', '__b')
                def __init__(self): self.a = 1; self.__b = 2
            class State:
                def __init__(self): self.v = 3
                def __getstate__(self): return {'v': self.v + 1}
            class Kw:
                def __new__(cls, *, k): o = object.__new__(cls); o.k = k; return o
                def __getnewargs_ex__(self): return ((), {'k': self.k})
            class Color(enum.Enum):
                RED = 1
            expose_main()
            s = pickle.loads(pickle.dumps(Slots(), 2))
            print(s.a, s._Slots__b, pickle.loads(pickle.dumps(State())).v, pickle.loads(pickle.dumps(Kw(k=5), 2)).k)
            print(pickle.loads(pickle.dumps(Color.RED)) is Color.RED, pickle.dumps(Color.RED, 0))
            print(pickle.dumps(datetime.date(2022, 1, 2), 4))
            print(pickle.loads(pickle.dumps(collections.deque([1], 3))), pickle.loads(pickle.dumps(collections.Counter('aab'))))
            """);
        Assert.Equal(
            """
            1 2 4 5
            True b'c__main__\nColor\np0\n(I1\ntp1\nRp2\n.'
            b'\x80\x04\x95 \x00\x00\x00\x00\x00\x00\x00\x8c\x08datetime\x94\x8c\x04date\x94\x93\x94C\x04\x07\xe6\x01\x02\x94\x85\x94R\x94.'
            deque([1], maxlen=3) Counter({'a': 2, 'b': 1})
            """ + "\n",
            output);
    }

    [Fact]
    public void ErrorsCarryCPythonsMessages()
    {
        var output = PythonRunner.Run(ExposeMain +
            """
            import pickle
            f = lambda: 0
            expose_main()
            for thunk in (lambda: pickle.dumps(f), lambda: pickle.loads(b'x'), lambda: pickle.loads(b'K'),
                          lambda: pickle.loads(b''), lambda: pickle.dumps(iter(()) if False else (x for x in ()))):
                try:
                    thunk()
                except Exception as e:
                    print(type(e).__name__, str(e).replace(hex(id(f)), 'ADDR'))
            """);
        Assert.Equal(
            """
            PicklingError Can't pickle <function <lambda> at ADDR>: attribute lookup <lambda> on __main__ failed
            UnpicklingError invalid load key, 'x'.
            UnpicklingError pickle data was truncated
            EOFError Ran out of input
            TypeError cannot pickle 'generator' object
            """ + "\n",
            output);
    }

    [Fact]
    public void CopyUsesTheReductionsPickleUses()
    {
        var output = PythonRunner.Run(
            """
            import copy, copyreg
            class Vector:
                def __init__(self, x): self.x = x
            copyreg.pickle(Vector, lambda v: (Vector, (v.x * 10,)))
            class Kept:
                def __reduce_ex__(self, protocol): return (Kept, (), {'protocol': protocol})
            print(copy.copy(Vector(1)).x, copy.deepcopy(Vector([2])).x, copy.deepcopy(Kept()).protocol)
            class Node:
                pass
            n = Node(); n.me = n; n.items = [n]
            m = copy.deepcopy(n)
            print(m.me is m, m.items[0] is m, m is n)
            """);
        Assert.Equal("10 [2, 2, 2, 2, 2, 2, 2, 2, 2, 2] 4\nTrue True False\n", output);
    }

    [Fact]
    public void ObjectReductionFollowsTheProtocol()
    {
        var output = PythonRunner.Run(
            """
            import copyreg
            class P:
                def __init__(self): self.a = 1
            r2, r1 = P().__reduce_ex__(2), P().__reduce_ex__(1)
            print(r2[0] is copyreg.__newobj__, r2[1][0].__name__, r2[2], r2[3:])
            print(r1[0] is copyreg._reconstructor, r1[1][1:], r1[2], object().__getstate__())
            print(len({id(object()) for _ in range(1000)} | {id(x) for x in [[] for _ in range(1000)]}) > 1)
            """);
        Assert.Equal(
            """
            True P {'a': 1} (None, None)
            True (<class 'object'>, None) {'a': 1} None
            True
            """ + "\n",
            output);
    }

    [Fact]
    public void IdsOfLiveObjectsDiffer()
    {
        var output = PythonRunner.Run("xs = [[] for _ in range(20000)]\nprint(len({id(x) for x in xs}))");
        Assert.Equal("20000\n", output);
    }
}
