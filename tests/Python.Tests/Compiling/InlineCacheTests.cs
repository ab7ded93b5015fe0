using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Compiling;

/// <summary>
/// The inline caches of compiled code (global and builtin names, attribute loads and stores,
/// method calls) and generator locals saved across yields give CPython's answers when what they
/// remembered changes: each snippet runs one site before and after a mutation (python3 gives the
/// expected text at test time).
/// </summary>
public class InlineCacheTests
{
    private static void SameAsCPython(string code) => Assert.Equal(Python.Run(code), PythonRunner.Run(code));

    [Theory]
    [InlineData("def f():\n    return len([1, 2])\nprint(f())\nlen = lambda x: 99\nprint(f())\ndel len\nprint(f())")]
    [InlineData("import builtins\ndef f():\n    return abs(-3)\nprint(f())\nsaved = builtins.abs\nbuiltins.abs = lambda x: 'patched'\nprint(f())\nbuiltins.abs = saved\nprint(f())\ndel builtins.abs\ntry:\n    f()\nexcept NameError as e:\n    print(e)\nbuiltins.abs = saved")]
    [InlineData("g = 1\ndef f():\n    return g\nprint(f())\ng = 2\nprint(f())\ndel g\ntry:\n    f()\nexcept NameError as e:\n    print(e)\nglobals()['g'] = 3\nprint(f())")]
    [InlineData("a = 1\nb = 2\ndef f():\n    return a, b\nprint(f())\ndel a\na = 10\nfor i in range(20):\n    globals()['k%d' % i] = i\nprint(f())\nfor i in range(20):\n    del globals()['k%d' % i]\nprint(f())")]
    public void GlobalsAndBuiltins(string code) => SameAsCPython(code);

    [Theory]
    [InlineData("class A:\n    x = 1\ndef get(o):\n    return o.x\na = A()\nprint(get(a))\na.x = 2\nprint(get(a))\nA.x = 3\nprint(get(a), get(A()))\ndel a.x\nprint(get(a))\ndel A.x\ntry:\n    get(a)\nexcept AttributeError as e:\n    print(e)")]
    [InlineData("class A:\n    def m(self):\n        return 'A.m'\ndef call(o):\n    return o.m()\na = A()\nprint(call(a))\nA.m = lambda self: 'patched'\nprint(call(a))\na.m = lambda: 'instance'\nprint(call(a))\ndel a.m\nprint(call(a))")]
    [InlineData("class A:\n    def m(self):\n        return 'A'\nclass B:\n    def m(self):\n        return 'B'\n    x = 'Bx'\ndef call(o):\n    return o.m()\ndef get(o):\n    return getattr(o, 'x', None), o.__class__.__name__\no = A()\nprint(call(o), get(o))\no.__class__ = B\nprint(call(o), get(o))\no.__class__ = A\nprint(call(o), get(o))")]
    [InlineData("classes = [type('C%d' % i, (), {'v': i, 'm': lambda self, i=i: i * 10}) for i in range(7)]\ndef get(o):\n    return o.v, o.m()\nfor _ in range(3):\n    print([get(c()) for c in classes])\nclasses[5].v = 'five'\nclasses[0].m = lambda self: 'zero'\nprint([get(c()) for c in classes])")]
    [InlineData("class A:\n    pass\ndef get(o):\n    return o.x\ndef put(o, v):\n    o.x = v\na = A()\nput(a, 1)\nprint(get(a))\na.__dict__['x'] = 5\nprint(get(a))\na.__dict__.clear()\na.__dict__['y'] = 0\nput(a, 7)\nprint(get(a), a.__dict__)\ndel a.__dict__['x']\ntry:\n    get(a)\nexcept AttributeError as e:\n    print(e)\nb = A()\nb.z = 1\nput(b, 2)\nprint(get(b), get(a) if hasattr(a, 'x') else 'none', sorted(b.__dict__))")]
    [InlineData("class P:\n    __slots__ = ('a', 'b')\ndef get(o):\n    return o.a\ndef put(o, v):\n    o.a = v\np = P()\ntry:\n    get(p)\nexcept AttributeError as e:\n    print(e)\nput(p, 1)\nprint(get(p))\ndel p.a\ntry:\n    get(p)\nexcept AttributeError as e:\n    print(e)\nput(p, 2)\nprint(get(p))")]
    [InlineData("class A:\n    pass\ndef get(o):\n    return o.missing\na = A()\ntry:\n    get(a)\nexcept AttributeError as e:\n    print(e)\nA.__getattr__ = lambda self, name: 'getattr:' + name\nprint(get(a))\nA.__getattribute__ = lambda self, name: 'getattribute:' + name\nprint(get(a))\ndel A.__getattribute__\ndel A.__getattr__\ntry:\n    get(a)\nexcept AttributeError as e:\n    print(e)")]
    [InlineData("class A:\n    pass\ndef get(o):\n    return o.v\ndef put(o, x):\n    o.v = x\na = A()\nput(a, 1)\nprint(get(a))\nlog = []\nA.v = property(lambda self: 'prop', lambda self, x: log.append(x))\nprint(get(a))\nput(a, 2)\nprint(log, a.__dict__)\ndel A.v\nprint(get(a))")]
    [InlineData("class Base:\n    def m(self):\n        return 'base'\nclass D(Base):\n    pass\ndef call(o):\n    return o.m()\nd = D()\nprint(call(d))\nBase.m = lambda self: 'changed base'\nprint(call(d))\nD.m = lambda self: 'own'\nprint(call(d))\ndel D.m\nprint(call(d))")]
    [InlineData("import types\nm = types.ModuleType('m')\nm.x = 1\ndef get():\n    return m.x\nprint(get())\nm.x = 2\nprint(get())\ndel m.x\nm.__getattr__ = lambda name: 'module getattr ' + name\nprint(get())")]
    [InlineData("class D:\n    def __get__(self, obj, cls):\n        return 'desc'\nclass A:\n    pass\ndef get(o):\n    return o.d\na = A()\na.d = 'own'\nprint(get(a))\nA.d = D()\nprint(get(a))\ndel a.d\nprint(get(a))")]
    public void Attributes(string code) => SameAsCPython(code);

    [Theory]
    [InlineData("class A:\n    def m(self, x):\n        return 'A%d' % x\nclass B(A):\n    def m(self, x):\n        return 'B' + super().m(x)\nclass C(A):\n    def m(self, x):\n        return 'C' + super().m(x)\nclass D(B, C):\n    def m(self, x):\n        return 'D' + super().m(x)\nprint(D().m(1), B().m(2), C().m(3))\nA.m = lambda self, x: 'patched%d' % x\nprint(D().m(4), B().m(5))\nC.m = lambda self, x: 'C-new'\nprint(D().m(6))")]
    [InlineData("class A:\n    @classmethod\n    def make(cls):\n        return 'A.make ' + cls.__name__\n    @staticmethod\n    def s(x):\n        return 'static %s' % x\n    @property\n    def p(self):\n        return 'prop'\nclass B(A):\n    @classmethod\n    def make(cls):\n        return super().make()\n    def s(self, x):\n        return super().s(x)\n    def p2(self):\n        return super().p\nprint(B.make(), B().make(), B().s(1), B().p2())")]
    [InlineData("class A:\n    def m(self):\n        return 'A'\nclass B(A):\n    def m(self):\n        return super().m()\n    def missing(self):\n        return super().nope()\nb = B()\nprint(b.m())\ntry:\n    b.missing()\nexcept AttributeError as e:\n    print(e)\ndef fake_super(*args):\n    class F:\n        def m(self):\n            return 'fake'\n    return F()\nsuper = fake_super\nprint(b.m())\ndel super\nprint(b.m())")]
    [InlineData("class A:\n    def m(self):\n        return 'A'\nclass B(A):\n    def m(self):\n        return 'B' + super().m()\nclass X:\n    def m(self):\n        return 'X'\nclass Y(X):\n    def m(self):\n        return 'Y'\nb = B()\nprint(b.m())\nb.__class__ = type('C', (B,), {})\nprint(b.m())\ntry:\n    B.m(Y())\nexcept TypeError as e:\n    print('TypeError', e)\nA.m = 'not callable'\ntry:\n    b.m()\nexcept TypeError as e:\n    print(e)")]
    public void SuperMethodCalls(string code) => SameAsCPython(code);

    [Theory]
    [InlineData("def g(n):\n    total = 0\n    names = []\n    for i in range(n):\n        s = str(i)\n        names.append(s)\n        total += i\n        got = yield total, s\n        if got:\n            total += got\n    return names\nit = g(4)\nprint(next(it), it.send(10), next(it), it.send(5))\ntry:\n    next(it)\nexcept StopIteration as e:\n    print(e.value)")]
    [InlineData("def g():\n    x = 1\n    try:\n        yield x\n        x = 2\n        yield x\n    finally:\n        print('finally', x)\nit = g()\nprint(next(it), next(it))\nit.close()\nit = g()\nprint(next(it))\ntry:\n    it.throw(ValueError('boom'))\nexcept ValueError as e:\n    print('caught', e)")]
    [InlineData("def g(n):\n    count = 0\n    def bump():\n        nonlocal count\n        count += 1\n        return count\n    for _ in range(n):\n        yield bump()\n    yield 'count', count\nprint(list(g(3)))")]
    [InlineData("def g():\n    try:\n        v = yield 1\n    except KeyError as e:\n        v = 'handled ' + str(e)\n    yield v\n    del v\n    try:\n        yield v\n    except UnboundLocalError as e:\n        yield str(e)\nit = g()\nprint(next(it), it.throw(KeyError('k')), next(it))")]
    [InlineData("def perms(items):\n    if len(items) <= 1:\n        yield tuple(items)\n        return\n    for i in range(len(items)):\n        rest = items[:i] + items[i + 1:]\n        for p in perms(rest):\n            yield (items[i],) + p\na = perms([1, 2, 3])\nb = perms([4, 5])\nprint(next(a), next(b), next(a), next(b), list(a), list(b))")]
    [InlineData("def g(x):\n    y = x * 2\n    yield sorted(locals().items())\n    z = y + 1\n    yield sorted(locals().items())\nprint(list(g(1)))")]
    public void GeneratorLocals(string code) => SameAsCPython(code);
}
