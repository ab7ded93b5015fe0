# Counter counting and dict subclasses whose item methods stay dict's or are overridden.
import collections
from collections import Counter, OrderedDict, defaultdict, namedtuple
print(Counter("abracadabra"), Counter([1, 1.0, True, 2]), Counter(x % 3 for x in range(10)))
c = Counter(a=2)
c.update("aab")
c.update(["a"], b=3)
print(c, c["zz"], "zz" in c)
class Loud(Counter):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
print(Loud("abca"))
class G(dict):
    def get(self, k, d=None):
        print("get", k)
        return dict.get(self, k, d)
g = G()
collections._count_elements(g, "xyx")
print(g)
plain = {}
collections._count_elements(plain, [3, 1, 3])
print(plain)
try:
    Counter([[1]])
except TypeError as e:
    print("TypeError", e)
odd = Counter({"x": "s"})
try:
    odd.update("x")
except TypeError as e:
    print("TypeError", e)
class M(dict):
    def __missing__(self, k):
        return k * 2
class S(dict):
    def __setitem__(self, k, v):
        dict.__setitem__(self, k, v * 10)
m = M(a=1)
s = S()
s[1] = 2
s.update({2: 3})
print(m[3], m["a"], m.get(3), 3 in m, s)
try:
    dict()["missing"]
except KeyError as e:
    print("KeyError", e)
d = defaultdict(list)
d["k"].append(1)
d["j"] += [2]
print(d, d["new"], len(d))
n = defaultdict(None)
try:
    n["x"]
except KeyError as e:
    print("KeyError", e)
od = OrderedDict(a=1)
od["b"] = 2
od["a"] = 3
od.move_to_end("a", last=False)
print(od, od["b"], list(od))
P = namedtuple("P", "x y")
t = (1, 3)
p = P._make(t)
print(p.x, p.y, p, t, P.x.__get__(p, P), P.x.__get__(None, P) is P.x, P(*t) == t)
try:
    P.x.__get__(5, int)
except TypeError as e:
    print("TypeError", e)
try:
    p.x = 5
except AttributeError as e:
    print("AttributeError", e)
