using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Compiling;

/// <summary>Each snippet prints the same under our engine as under CPython (python3 gives the expected text at test time).</summary>
public class LanguageTests
{
    private static void SameAsCPython(string code) => Assert.Equal(Python.Run(code), PythonRunner.Run(code));

    [Theory]
    [InlineData("x = 2\ny = x * 21\nprint(y, y // 5, y % 5, -y, y ** 2, 2 ** 70, 7 / 2)")]
    [InlineData("a, *b, c = range(6)\nprint(a, b, c)\n(p, q), r = (1, 2), 3\nprint(p, q, r)\nx = y = [1]\nprint(x is y)")]
    [InlineData("n = 0\nfor i in range(10):\n    if i % 2:\n        continue\n    if i > 6:\n        break\n    n += i\nelse:\n    n = -1\nprint(n)")]
    [InlineData("i = 0\nwhile i < 3:\n    i += 1\nelse:\n    print('done', i)")]
    [InlineData("print(1 < 2 < 3, 3 > 2 > 2, 1 == 1.0, 'a' in 'abc', 4 not in [1, 2], None is None)")]
    [InlineData("print(0 or 'x', '' and 1, not [], [] or [] or 5)")]
    [InlineData("d = {'a': 1, **{'b': 2}}\nl = [*range(3), *'ab']\ns = {1, *[2, 3]}\nprint(d, l, sorted(s), (*l,))")]
    [InlineData("print([x * y for x in range(3) for y in range(3) if x != y], {k: k * 2 for k in 'ab'}, {v % 3 for v in range(9)})")]
    [InlineData("del_me = 1\ndel del_me\ntry:\n    del_me\nexcept NameError as e:\n    print(e)")]
    [InlineData("print(f'{1 + 1} {\"x\"!r:>5} {3.14159:.2f}')")]
    public void StatementsAndExpressions(string code) => SameAsCPython(code);

    [Theory]
    [InlineData("def f(a, b=2, *args, c, d=4, **kw):\n    return (a, b, args, c, d, sorted(kw.items()))\nprint(f(1, c=3))\nprint(f(1, 2, 3, 4, c=5, e=6))")]
    [InlineData("def f(a, /, b, *, c):\n    return a + b + c\nprint(f(1, 2, c=3), f(1, b=2, c=3))\ntry:\n    f(a=1, b=2, c=3)\nexcept TypeError as e:\n    print(e)")]
    [InlineData("def f(*a, **k):\n    return a, k\nprint(f(*[1, 2], *(3,), **{'x': 1}, y=2))")]
    [InlineData("def counter():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\nc = counter()\nc(); c()\nprint(c())")]
    [InlineData("fs = [lambda: i for i in range(3)]\nprint([f() for f in fs])\ngs = [lambda i=i: i for i in range(3)]\nprint([g() for g in gs])")]
    [InlineData("def deco(tag):\n    def wrap(fn):\n        def inner(*a):\n            return tag + fn(*a)\n        return inner\n    return wrap\n@deco('<')\n@deco('[')\ndef f(x):\n    return x\nprint(f('y'))")]
    [InlineData("def f():\n    '''doc'''\n    return 1\nprint(f.__doc__, f.__name__, f.__qualname__)")]
    [InlineData("def f(a, b=2):\n    c = a + b\n    def g():\n        return c\n    return sorted(locals()), vars()['a']\nprint(f(1))")]
    [InlineData("def fact(n):\n    return 1 if n < 2 else n * fact(n - 1)\nprint(fact(30))")]
    [InlineData("x = 'global'\ndef f():\n    global x\n    x = 'changed'\nf()\nprint(x)")]
    [InlineData("def f():\n    print(v)\n    v = 1\ntry:\n    f()\nexcept UnboundLocalError as e:\n    print(e)")]
    public void Functions(string code) => SameAsCPython(code);

    [Theory]
    [InlineData("class A:\n    x = 1\n    def __init__(self, v):\n        self.v = v\n    def get(self):\n        return self.v + self.x\nclass B(A):\n    def get(self):\n        return super().get() * 10\nprint(B(2).get(), A(2).get(), B.__mro__[1].__name__)")]
    [InlineData("class P:\n    __slots__ = ('a',)\n    def __init__(self):\n        self.a = 5\np = P()\np.a += 1\nprint(p.a)\ntry:\n    p.b = 1\nexcept AttributeError as e:\n    print('AttributeError')")]
    [InlineData("class C:\n    @property\n    def v(self):\n        return 42\n    @staticmethod\n    def s():\n        return 's'\n    @classmethod\n    def c(cls):\n        return cls.__name__\nprint(C().v, C.s(), C.c(), C().c())")]
    [InlineData("def f():\n    y = 5\n    class K:\n        y = 1\n        z = y + 1\n        def m(self):\n            return y\n    return K\nK = f()\nprint(K.z, K().m())")]
    [InlineData("class V:\n    def __init__(self, x):\n        self.x = x\n    def __add__(self, o):\n        return V(self.x + o.x)\n    def __repr__(self):\n        return f'V({self.x})'\n    def __eq__(self, o):\n        return self.x == o.x\nprint(V(1) + V(2), V(1) == V(1), V(1) != V(2))")]
    public void Classes(string code) => SameAsCPython(code);

    [Theory]
    [InlineData("try:\n    1 / 0\nexcept ZeroDivisionError as e:\n    print('caught', e)\nelse:\n    print('no')\nfinally:\n    print('finally')")]
    [InlineData("def f():\n    try:\n        return 'try'\n    finally:\n        print('cleanup')\nprint(f())")]
    [InlineData("def f():\n    for i in range(3):\n        try:\n            if i == 1:\n                continue\n            if i == 2:\n                break\n        finally:\n            print('f', i)\n    return i\nprint(f())")]
    [InlineData("def f():\n    try:\n        raise ValueError('x')\n    finally:\n        return 'swallowed'\nprint(f())")]
    [InlineData("try:\n    try:\n        raise KeyError('k')\n    except KeyError as e:\n        raise ValueError('v') from e\nexcept ValueError as e:\n    print(repr(e), repr(e.__cause__), e.__suppress_context__)")]
    [InlineData("try:\n    try:\n        1 / 0\n    except ZeroDivisionError:\n        raise TypeError('t')\nexcept TypeError as e:\n    print(type(e.__context__).__name__)")]
    [InlineData("try:\n    try:\n        raise OSError('a')\n    except OSError:\n        raise\nexcept OSError as e:\n    print('reraised', e)")]
    [InlineData("class M:\n    def __enter__(self):\n        print('enter')\n        return 'v'\n    def __exit__(self, t, v, tb):\n        print('exit', t.__name__ if t else None)\n        return True\nwith M() as x:\n    print(x)\n    raise KeyError\nprint('after')")]
    [InlineData("e = None\ntry:\n    raise ValueError\nexcept ValueError as e:\n    pass\ntry:\n    e\nexcept NameError:\n    print('unbound after except')")]
    [InlineData("try:\n    assert 1 == 2, 'message'\nexcept AssertionError as e:\n    print(e)")]
    public void Exceptions(string code) => SameAsCPython(code);

    [Theory]
    [InlineData("def g(n):\n    for i in range(n):\n        yield i * i\nprint(list(g(5)), sum(g(4)))")]
    [InlineData("def g():\n    x = yield 1\n    print('got', x)\n    y = yield x + 1\n    return y\nit = g()\nprint(next(it), it.send(10))\ntry:\n    it.send('r')\nexcept StopIteration as e:\n    print('stop', e.value)")]
    [InlineData("def inner():\n    yield 1\n    yield 2\n    return 'ret'\ndef outer():\n    r = yield from inner()\n    yield r\nprint(list(outer()))")]
    [InlineData("def g():\n    try:\n        yield 1\n        yield 2\n    finally:\n        print('closed')\nit = g()\nprint(next(it))\nit.close()\nprint('after close')")]
    [InlineData("def g():\n    while True:\n        try:\n            yield\n        except ValueError as e:\n            print('handled', e)\nit = g()\nnext(it)\nit.throw(ValueError('boom'))\nit.throw(ValueError('again'))")]
    [InlineData("print(sum(x for x in range(10) if x % 3), list((a, b) for a in 'ab' for b in 'cd'))")]
    [InlineData("def g():\n    for i in range(3):\n        try:\n            yield 10 // (1 - i)\n        except ZeroDivisionError:\n            yield 'div0'\nprint(list(g()))")]
    public void Generators(string code) => SameAsCPython(code);

    [Theory]
    [InlineData("def m(v):\n    match v:\n        case 0:\n            return 'zero'\n        case [x, *rest]:\n            return f'list {x} {rest}'\n        case {'k': val}:\n            return f'map {val}'\n        case str() as s if len(s) > 2:\n            return 'long str'\n        case _:\n            return 'other'\nprint([m(0), m([1, 2, 3]), m({'k': 9}), m('abcd'), m('a')])")]
    [InlineData("class Pt:\n    __match_args__ = ('x', 'y')\n    def __init__(self, x, y):\n        self.x, self.y = x, y\nmatch Pt(1, 2):\n    case Pt(0, y):\n        print('no')\n    case Pt(x, y=2):\n        print('yes', x)")]
    public void Match(string code) => SameAsCPython(code);

    [Theory]
    [InlineData("from __future__ import annotations\ndef f(a: list[int], *b: 'X', c: int | None = None) -> dict[str, -1 ** 2]:\n    pass\nx: a.b[1:2, ::3] = 1\nprint(f.__annotations__, __annotations__)")]
    [InlineData("from __future__ import annotations\nclass Node:\n    parent: Node\n    def add(self, other: Node) -> Node:\n        return self\nprint(Node.__annotations__, Node.add.__annotations__)")]
    [InlineData("for src in ['from __future__ import braces', 'from __future__ import nope']:\n    try:\n        exec(src)\n    except SyntaxError as e:\n        print(e.msg)")]
    public void FutureAnnotationsKeepSourceStrings(string code) => SameAsCPython(code);

    [Theory]
    [InlineData("class It:\n    def __iter__(self):\n        return self\n    def __next__(self):\n        raise StopIteration(9)\ndef g():\n    r = yield from It()\n    yield r\nprint(list(g()))\ntry:\n    next(It())\nexcept StopIteration as e:\n    print(e.value)")]
    [InlineData("def g():\n    yield 1\nit = g()\nprint(it.gi_frame.f_code.co_name, it.gi_code.co_name, it.gi_suspended)\nnext(it)\nprint(it.gi_suspended)\nlist(it)\nprint(it.gi_frame)")]
    [InlineData("for src in ['match 5:\\n    case int(1, 2): pass', 'match \\'s\\':\\n    case str(a): print(a)']:\n    try:\n        exec(src)\n    except TypeError as e:\n        print(e)")]
    [InlineData("D = type('D', (), {})\nprint(D.__module__, repr(D))\ntry:\n    list.append()\nexcept TypeError as e:\n    print(e)")]
    [InlineData("def t(f):\n    try:\n        f()\n    except RuntimeError as e:\n        print(e)\nt(super)\ntry:\n    super()\nexcept RuntimeError as e:\n    print(e)")]
    [InlineData("class M:\n    def m(self, *a):\n        return a\nfor c in [M().m, M, len, [].append]:\n    try:\n        c(*3)\n    except TypeError as e:\n        print(e)\ntry:\n    [*5]\nexcept TypeError as e:\n    print(e)")]
    [InlineData("for src in ['break', 'class A:\\n    return 1', 'f(a=1, a=2)', '*a, *b = x', 'match x:\\n    case y:\\n        pass\\n    case 1:\\n        pass']:\n    try:\n        compile(src, 's', 'exec')\n    except SyntaxError as e:\n        print(e.msg, e.lineno)")]
    [InlineData("class C:\n    pass\nclass D:\n    def __init__(self):\n        pass\nfor f in [lambda: C(1), lambda: object.__init__(C(), 1), lambda: D(1), lambda: object.__init__(D(), 1)]:\n    try:\n        f()\n    except TypeError as e:\n        print(e)")]
    public void ProtocolAndObjectModelEdges(string code) => SameAsCPython(code);
}
