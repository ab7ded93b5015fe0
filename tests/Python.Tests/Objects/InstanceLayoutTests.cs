using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;
using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Objects;

/// <summary>
/// How instances store their attributes (__slots__ values inline in the instance, instance dicts)
/// and the attribute-site fast paths over them (slots, properties, class receivers, module
/// functions) keep CPython's behaviour: python3 gives the expected text at test time.
/// </summary>
public class InstanceLayoutTests
{
    private static void SameAsCPython(string code) => Assert.Equal(Python.Run(code), PythonRunner.Run(code));

    [Fact]
    public void SlotsReadWriteDeleteThroughSitesDescriptorsAndBuiltins() => SameAsCPython(
        """
        class P:
            __slots__ = ('x', 'y', 'z')
            def __init__(self, x, y):
                self.x = x
                self.y = y
        def get(o):
            return o.x, o.y
        def put(o, v):
            o.x = v
        p = P(1, 2)
        print(get(p))
        put(p, 'a')
        print(get(p), hasattr(p, 'z'), getattr(p, 'z', 'unset'))
        try:
            p.z
        except AttributeError as e:
            print('AttributeError', e)
        setattr(p, 'z', 3.5)
        print(p.z, P.x.__get__(p, P), P.z.__get__(None, P) is P.z)
        P.y.__set__(p, 'set')
        print(p.y)
        del p.y
        print(hasattr(p, 'y'))
        try:
            del p.y
        except AttributeError as e:
            print('AttributeError', e)
        try:
            p.w = 1
        except AttributeError as e:
            print('AttributeError', e)
        print(hasattr(p, '__dict__'))
        class Q:
            __slots__ = ('x',)
        try:
            P.x.__get__(Q(), Q)
        except TypeError as e:
            print('TypeError', e)
        try:
            P.x.__set__(Q(), 1)
        except TypeError as e:
            print('TypeError', e)
        try:
            P.x.__get__(1, int)
        except TypeError as e:
            print('TypeError', e)
        class Sub(P):
            __slots__ = ('a', 'b')
        s = Sub(5, 6)
        s.a, s.b, s.z = 'A', 'B', 'Z'
        print(get(s), s.a, s.b, s.z, p.x)
        class Many:
            __slots__ = tuple('s%d' % i for i in range(11))
            def __init__(self):
                for i in range(11):
                    setattr(self, 's%d' % i, i * i)
        m = Many()
        print([getattr(m, 's%d' % i) for i in range(11)], m.s10, m.s0)
        m.s10 += 1
        del m.s3
        print(m.s10, hasattr(m, 's3'))
        class Eight:
            __slots__ = tuple('e%d' % i for i in range(8))
        e = Eight()
        e.e7 = 'last'
        e.e0 = 'first'
        print(e.e0, e.e7, hasattr(e, 'e3'))
        """);

    [Fact]
    public void SlotsWithDictWeakrefClassAssignmentAndLayoutConflicts() => SameAsCPython(
        """
        class D:
            __slots__ = ('x', '__dict__', '__weakref__')
        d = D()
        d.x = 1
        d.extra = 2
        print(d.x, d.extra, d.__dict__, vars(d))
        d.__dict__ = {'other': 3}
        print(d.x, d.other, hasattr(d, 'extra'))
        import weakref
        r = weakref.ref(d)
        print(r() is d)
        class A:
            __slots__ = ('x',)
        class B:
            __slots__ = ('x',)
        class C:
            pass
        class E(A):
            pass
        a = A()
        a.x = 'kept'
        a.__class__ = B
        print(type(a).__name__, a.x)
        for T in (C, E):
            try:
                a.__class__ = T
            except TypeError as e:
                print('TypeError', e)
        print(type(a).__name__, a.x)
        c = C()
        try:
            c.__class__ = A
        except TypeError as e:
            print('TypeError', e)
        class Two:
            __slots__ = ('p', 'q')
        try:
            class Both(A, Two):
                pass
        except TypeError as e:
            print('TypeError', e)
        class OK(E, C):
            pass
        print(OK.__mro__ is not None)
        class Num(float):
            __slots__ = ('tag',)
        n = Num(41)
        n.tag = 'answer'
        print(n + 1, n.tag)
        class Prop:
            __slots__ = ('_v',)
            @property
            def v(self):
                return self._v * 2
            @v.setter
            def v(self, value):
                self._v = value
        o = Prop()
        o.v = 21
        print(o.v, o._v)
        """);

    [Fact]
    public void ClassReceiversModuleFunctionsInstanceCallablesAndProperties() => SameAsCPython(
        """
        import math
        class Base:
            tag = 'base'
            def __init__(self, v):
                self.v = v
            @classmethod
            def make(cls, v):
                return cls(v)
            @staticmethod
            def combine(a, b):
                return a ^ b
            def plain(self):
                return 'plain', self.v
        class Derived(Base):
            pass
        def run(cls):
            return type(cls.make(3)).__name__, cls.combine(6, 3), cls.tag, cls.plain(cls(4)), cls.make, cls.combine
        for _ in range(3):
            print(run(Base)[:4], run(Derived)[:4])
        Base.combine = staticmethod(lambda a, b: a + b)
        Derived.tag = 'derived'
        print(run(Base)[:4], run(Derived)[:4])
        Base.make = classmethod(lambda cls, v: ('made', cls.__name__, v))
        print(Base.make(1), Derived.make(2))
        Base.make = lambda v: ('plain function now', v)
        print(Base.make(5))
        del Derived.tag
        print(Derived.tag, Base.__name__, Derived.__mro__[1].__name__, Base.mro()[0].__name__)
        class Meta(type):
            @property
            def tag(cls):
                return 'meta property'
        class WithMeta(metaclass=Meta):
            tag = 'class attr'
            @classmethod
            def make(cls):
                return cls.__name__
        def tag(c):
            return c.tag
        print(tag(Base), tag(WithMeta), WithMeta.make())
        print(str.join('-', ['a', 'b']), dict.fromkeys('ab', 0), int.from_bytes(b'\x01\x00', 'little'), str.upper('x'))
        def sq(m, x):
            return m.sqrt(x)
        print(sq(math, 16.0))
        import types
        fake = types.ModuleType('fake')
        fake.sqrt = lambda x: 'fake sqrt %s' % x
        print(sq(fake, 4), sq(math, 9.0))
        fake.sqrt = 12
        try:
            sq(fake, 1)
        except TypeError as e:
            print('TypeError', e)
        class Holder:
            def m(self):
                return 'method'
        h = Holder()
        def call(o):
            return o.m()
        print(call(h))
        h.m = lambda: 'instance callable'
        print(call(h))
        del h.m
        print(call(h))
        Holder.m = len
        try:
            call(h)
        except TypeError as e:
            print('TypeError', e)
        class WithProp:
            def __init__(self):
                self._x = 1
            @property
            def x(self):
                return self._x + 100
            @property
            def ro(self):
                return 'ro'
            wo = property(None, lambda self, v: None)
        w = WithProp()
        def px(o):
            return o.x
        print(px(w), px(w))
        w.__dict__['x'] = 'shadow ignored'
        print(px(w), w.ro)
        try:
            w.wo
        except AttributeError as e:
            print('AttributeError', e)
        try:
            w.ro = 1
        except AttributeError as e:
            print('AttributeError', e)
        class MyProp(property):
            def __get__(self, obj, cls):
                return 'custom get'
        class WP2:
            x = MyProp(lambda self: 'never')
        print(px(WP2()))
        WithProp.x = 'now plain'
        print(px(w))
        """);

    [Fact]
    public void SuperMethodCallsFollowTheMroAndItsChanges() => SameAsCPython(
        """
        class A:
            def m(self, x):
                return 'A%s' % x
            def n(self):
                return 'A.n'
            def __repr__(self):
                return 'A-repr'
        class B(A):
            def m(self, x):
                return 'B' + super().m(x)
            def n(self):
                return super().n() + '/B'
            def r(self):
                return super().__repr__()
            def cls(self):
                return super().__class__
        class C(A):
            def m(self, x):
                return 'C' + super().m(x)
        class D(B, C):
            def m(self, x):
                return 'D' + super().m(x)
        for i in range(3):
            print(D().m(i), B().m(i), C().m(i), D().n(), B().r(), D().cls())
        A.m = lambda self, x: 'patched%s' % x
        print(D().m(4), B().m(5))
        C.m = lambda self, x: 'Cnew'
        print(D().m(6))
        del C.m
        print(D().m(7))
        class E(A):
            def m(self, x):
                return super().m(x)
        e = E()
        e.m = 'instance attr does not matter for super'
        print(E.m(e, 8))
        class F(A):
            @classmethod
            def k(cls):
                return super().n
            def g(self):
                return super().m
        print(F.k().__name__, F().g()(1))
        class G(A):
            pass
        class H(G):
            def n(self):
                return super(G, self).n() + '/H'
        print(H().n())
        class Plain(A):
            value = 5
        class Q(Plain):
            def v(self):
                return super().value
        print(Q().v())
        """);

    [Fact]
    public void InstanceDictsSharingKeysBehaveAsPlainDicts() => SameAsCPython(
        """
        class P:
            def __init__(self, x, y):
                self.x = x
                self.y = y
        def get(o):
            return o.x, o.y
        ps = [P(i, -i) for i in range(5)]
        print([get(p) for p in ps], ps[2].__dict__, vars(ps[3]))
        a, b, c, d, e = ps
        b.z = 'b only'
        print(a.__dict__, b.__dict__, hasattr(a, 'z'))
        c.w = 'c differs'
        print(c.__dict__, b.__dict__, getattr(c, 'z', 'no z'))
        f = P.__new__(P)
        f.y = 'y first'
        f.x = 'x second'
        print(f.__dict__, get(f), list(f.__dict__))
        del d.x
        print(d.__dict__, hasattr(d, 'x'))
        d.x = 'back'
        print(d.__dict__, get(d))
        e.__dict__['x'] = 'via dict'
        e.__dict__.update(q=1, x='updated')
        print(get(e), e.__dict__, e.__dict__ == {'x': 'updated', 'y': -4, 'q': 1})
        a.__dict__ = {'y': 'replaced'}
        a.x = 1
        print(a.__dict__, get(a), a.__dict__ is vars(a))
        setattr(b, 'x', 'setattr')
        delattr(b, 'y')
        print(b.__dict__, getattr(b, 'y', 'gone'))
        g = P(1, 2)
        g.__dict__.clear()
        print(g.__dict__, hasattr(g, 'x'))
        g.y = 5
        g.x = 6
        print(g.__dict__, get(g))
        h = P(7, 8)
        print(h.__dict__.pop('x'), h.__dict__, h.__dict__.popitem(), h.__dict__)
        k = P(1, 2)
        k.__dict__[3] = 'int key'
        k.__dict__['a'] = 'after'
        print(k.__dict__, dict(k.__dict__), sorted(k.__dict__.items(), key=str))
        copies = [dict(P(i, i).__dict__) for i in range(2)]
        print(copies, P(1, 2).__dict__.copy(), {**P(3, 4).__dict__})
        class Many:
            def __init__(self, n):
                for i in range(n):
                    setattr(self, 'a%d' % i, i)
        m1 = Many(40)
        m2 = Many(10)
        m3 = Many(35)
        print(len(m1.__dict__), m1.a39, m2.__dict__ == {'a%d' % i: i for i in range(10)}, m3.a34, list(m3.__dict__)[-3:], getattr(m2, 'a20', 'none'))
        class Sub(P):
            pass
        s = Sub(1, 2)
        s.extra = 3
        print(s.__dict__, get(s))
        s.__class__ = P
        print(type(s).__name__, s.__dict__, get(s))
        import copy
        cp = copy.copy(ps[4])
        dc = copy.deepcopy(ps[1])
        print(cp.__dict__, dc.__dict__)
        print(P(1, 2).__dict__ == P(1, 2).__dict__, repr(P(1, [2]).__dict__), len(P(0, 0).__dict__))
        for key in list(ps[2].__dict__):
            del ps[2].__dict__[key]
        print(ps[2].__dict__, ps[3].__dict__)
        """);

    [Fact]
    public void InstanceDictsShareKeysWhileWrittenInTheSameOrder()
    {
        var keys = new PyDict.SharedKeys();
        var first = PyDict.ForInstance(keys);
        var second = PyDict.ForInstance(keys);
        first["x"] = 1L;
        first["y"] = 2L;
        second["x"] = 10L;
        Assert.False(second.TryGetValue("y", out _));
        second["y"] = 20L;
        Assert.True(first.IsSplit && second.IsSplit);
        Assert.Equal(2, keys.Used);
        Assert.Equal((1L, 2L, 10L, 20L), (first["x"], first["y"], second["x"], second["y"]));

        var outOfOrder = PyDict.ForInstance(keys);
        outOfOrder["y"] = 3L;
        Assert.False(outOfOrder.IsSplit);
        Assert.False(outOfOrder.TryGetValue("x", out _));

        first["z"] = 4L;
        Assert.Equal(3, keys.Used);
        Assert.False(second.TryGetValue("z", out _));
        Assert.True(second.Remove("x"));
        Assert.False(second.IsSplit);
        Assert.Equal("{'y': 20}", Ops.Repr(second));
        Assert.Equal("{'x': 1, 'y': 2, 'z': 4}", Ops.Repr(first));
    }

    [Fact]
    public void SharedKeysStopGrowingAtThirtyNames()
    {
        var keys = new PyDict.SharedKeys();
        var wide = PyDict.ForInstance(keys);
        for (var i = 0; i < 40; i++)
        {
            wide["a" + i] = (long)i;
        }
        Assert.Equal(30, keys.Used);
        Assert.False(wide.IsSplit);
        Assert.Equal(40, wide.Count);
        Assert.Equal(39L, wide["a39"]);
        Assert.Equal(0L, wide["a0"]);
    }

    [Theory]
    [InlineData(0, typeof(PyInstance))]
    [InlineData(1, typeof(PyInlineSlotsInstance<SlotBuffer1>))]
    [InlineData(3, typeof(PyInlineSlotsInstance<SlotBuffer3>))]
    [InlineData(8, typeof(PyInlineSlotsInstance<SlotBuffer8>))]
    [InlineData(9, typeof(PyArraySlotsInstance))]
    public void SmallSlotLayoutsLiveInTheInstanceItself(int slotCount, Type storage)
    {
        var cls = new PyType(Py.TypeType, "C", [Py.ObjectType], new PyDict(), TypeFlags.Heap) { DeclaredSlots = Enumerable.Range(0, slotCount).Select(i => "s" + i).ToArray() };
        var instance = PyInstance.Create(cls);
        Assert.IsType(storage, instance);
        Assert.Equal(slotCount, instance.SlotValues.Length);
        if (slotCount > 1)
        {
            instance.SlotValues[slotCount - 1] = "last";
            Assert.Equal("last", instance.SlotValues[slotCount - 1]);
            Assert.Null(instance.SlotValues[0]);
        }
    }
}
