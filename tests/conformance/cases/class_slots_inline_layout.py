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
