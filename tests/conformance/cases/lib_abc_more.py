# abc: registration rules, __subclasshook__, abstract property forms, update_abstractmethods, mixin methods.
import abc
from abc import ABC, ABCMeta, abstractmethod
import collections.abc as cabc
class Base(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Base:
            return hasattr(C, "quack")
        return NotImplemented
class Duck:
    def quack(self):
        return "quack"
print(isinstance(Duck(), Base), issubclass(int, Base), issubclass(Duck, Base))
class R(ABC):
    pass
print(R.register(int) is int, isinstance(5, R), issubclass(bool, R), issubclass(str, R))
try:
    R.register(5)
except TypeError as e:
    print("TypeError:", e)
@R.register
class Later:
    pass
print(isinstance(Later(), R), R.__abstractmethods__, type(R).__name__, abc.get_cache_token() > 0)
class A3(ABC):
    @abc.abstractproperty
    def p(self):
        ...
    @abc.abstractclassmethod
    def c(cls):
        ...
    @abc.abstractstaticmethod
    def s():
        ...
print(sorted(A3.__abstractmethods__))
try:
    A3()
except TypeError as e:
    print("TypeError:", e)
class Patched(ABC):
    @abstractmethod
    def run(self):
        ...
Patched.run = lambda self: "patched"
abc.update_abstractmethods(Patched)
print(Patched().run(), Patched.__abstractmethods__)
class One(ABC):
    @abstractmethod
    def only(self):
        ...
try:
    One()
except TypeError as e:
    print("TypeError:", e)
class MySeq(cabc.Sequence):
    def __init__(self, *items):
        self.items = items
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)
s = MySeq(1, 2, 3, 2)
print(list(s), 2 in s, s.index(2), s.count(2), list(reversed(s)), isinstance(s, cabc.Reversible))
try:
    s.index(9)
except ValueError:
    print("ValueError")
class MySet(cabc.Set):
    def __init__(self, it=()):
        self.data = list(dict.fromkeys(it))
    def __contains__(self, x):
        return x in self.data
    def __iter__(self):
        return iter(self.data)
    def __len__(self):
        return len(self.data)
a, b = MySet([1, 2, 3]), MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= MySet([1, 2, 3, 4]), a == MySet([3, 2, 1]), a.isdisjoint([9]))
class MyMap(cabc.MutableMapping):
    def __init__(self):
        self.d = {}
    def __getitem__(self, k):
        return self.d[k]
    def __setitem__(self, k, v):
        self.d[k] = v
    def __delitem__(self, k):
        del self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
m = MyMap()
m.update({"a": 1}, b=2)
print(m.setdefault("c", 3), m.pop("a"), m.popitem(), dict(m.items()), list(m.keys()), list(m.values()), type(m.keys()).__name__)
for t in [int, str, list, dict, set, frozenset, tuple, bytes, bytearray, range, type(None)]:
    print(t.__name__, [n for n in ["Hashable", "Iterable", "Sized", "Container", "Collection", "Sequence", "MutableSequence", "Set", "Mapping", "Reversible"] if issubclass(t, getattr(cabc, n))])
print(isinstance({}.values(), cabc.ValuesView), isinstance({}.items(), cabc.ItemsView), isinstance(iter({}), cabc.Iterator), isinstance(zip(), cabc.Iterator), issubclass(cabc.Sequence, cabc.Collection))
print(cabc.Sequence.__module__, cabc.Iterable[int], cabc.Callable.__name__, isinstance(print, cabc.Callable), isinstance(str, cabc.Callable))
