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
