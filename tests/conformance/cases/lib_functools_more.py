# functools: partial reprs and nesting, partialmethod, cached_property, lru_cache details, singledispatch on MRO and ABCs.
import functools
from functools import partial, partialmethod, cached_property, lru_cache, singledispatch, singledispatchmethod, total_ordering, reduce
def f(a, b=2, *, c=3):
    return (a, b, c)
p = partial(f, 1, c=9)
print(p(), p(5), repr(partial(f, 1, c=9)).split(" at ")[0].startswith("functools.partial(<function f"), partial(p, 7).args, partial(p, 7).func is f)
print(repr(partial(max, 1, 2)), repr(partial(len)), partial(int, "10", base=2)(), partial(dict, a=1)(b=2))
try:
    partial(5)
except TypeError as e:
    print("TypeError:", e)
class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = state
    set_alive = partialmethod(set_state, True)
c = Cell()
c.set_alive()
print(c.alive)
class Data:
    runs = 0
    def __init__(self, n):
        self.n = n
    @cached_property
    def square(self):
        Data.runs += 1
        return self.n ** 2
dd = Data(4)
print(dd.square, dd.square, Data.runs, "square" in dd.__dict__, type(Data.square).__name__)
del dd.square
print(dd.square, Data.runs)
@lru_cache(maxsize=3)
def ident(x, y=0):
    return (x, y)
ident(1); ident(1); ident(1, y=0); ident(2); ident(3); ident(4); ident(1)
print(ident.cache_info(), ident.cache_parameters(), ident.__wrapped__(7), ident.__name__)
@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())
try:
    lru_cache("x")
except TypeError as e:
    print("TypeError:", e)
class M:
    @lru_cache
    def meth(self, x):
        return x * 2
print(M().meth(4), M.meth.cache_info().misses)
@singledispatch
def show(x):
    return "base"
@show.register(int)
def _(x):
    return "int"
@show.register
def _(x: float):
    return "float"
@show.register(list)
@show.register(tuple)
def _(x):
    return "seq"
class MyInt(int):
    pass
import collections.abc as cabc
@show.register(cabc.Mapping)
def _(x):
    return "mapping"
print(show(1), show(MyInt(2)), show(1.5), show([]), show(()), show({}), show("s"), show(None), show.dispatch(bool).__name__, len(show.registry))
try:
    show()
except TypeError as e:
    print("TypeError:", e)
class Fmt:
    @singledispatchmethod
    def fmt(self, arg):
        return "obj"
    @fmt.register
    def _(self, arg: int):
        return "int:" + str(arg)
    @fmt.register(str)
    def _(self, arg):
        return "str:" + arg
print(Fmt().fmt(3), Fmt().fmt("a"), Fmt().fmt(2.0))
@total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __gt__(self, o):
        return self.v > o.v
print(V(1) < V(2), V(1) <= V(1), V(3) >= V(2), V(1) > V(2))
try:
    @total_ordering
    class Nothing:
        pass
except ValueError as e:
    print("ValueError:", e)
def deco(fn):
    @functools.wraps(fn)
    def inner(*a):
        return fn(*a)
    return inner
@deco
def target(x: int) -> int:
    "target doc"
    return x
target.extra = 1
print(target.__name__, target.__doc__, target.__annotations__, target.__wrapped__.__name__, functools.WRAPPER_ASSIGNMENTS)
print(reduce(lambda a, b: a + b, "abc", ">"), reduce(lambda a, b: a * b, [5]), functools.cmp_to_key(lambda a, b: a - b)(1) < functools.cmp_to_key(lambda a, b: a - b)(2))
