# copy and deepcopy of the collections types, namedtuples and container subclasses.
import copy
from collections import namedtuple, OrderedDict, defaultdict, Counter, deque, ChainMap, UserDict, UserList
P = namedtuple("P", "x y")
items = [P(1, [2]), OrderedDict(a=[1], b=[2]), defaultdict(list, a=[1]), Counter(a=1, b=2), deque([[1], [2]], maxlen=4),
         ChainMap({"a": [1]}, {"b": 2}), UserDict(a=[1]), UserList([[1]])]
for v in items:
    s = copy.copy(v)
    d = copy.deepcopy(v)
    print(type(s).__name__, s, d, s == v, d == v, type(d) is type(v))
p = P(1, [2])
dp = copy.deepcopy(p)
dp.y.append(3)
print(p, dp, copy.copy(p) is p)
od = OrderedDict(k=[0])
od2 = copy.deepcopy(od)
od2["k"].append(1)
print(od, od2, od2.__class__.__name__)
dd = defaultdict(list)
dd["x"].append(1)
dd2 = copy.deepcopy(dd)
dd2["y"].append(2)
print(dd, dd2, dd2.default_factory is list)
class L(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.tag = "t"
class Dct(dict):
    pass
l = L([[1], [2]])
dl = copy.deepcopy(l)
dl[0].append(9)
print(l, dl, dl.tag, type(dl).__name__)
dc = Dct(a=[1])
cd = copy.deepcopy(dc)
cd["a"].append(2)
print(dc, cd, type(cd).__name__, copy.copy(dc) == dc)
rec = deque()
rec.append(rec)
r2 = copy.deepcopy(rec)
print(r2[0] is r2, r2 is not rec)
class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
s1 = Slotted()
s2 = copy.deepcopy(s1)
print(s2.a, s2.a is s1.a, hasattr(s2, "b"))
