# collections.Counter and OrderedDict/defaultdict details beyond the basics.
from collections import Counter, OrderedDict, defaultdict
c = Counter(a=3, b=-1, c=0)
print(c, +c, -c, c.total(), sorted(c.elements()))
print(Counter("aab") <= Counter("aabb"), Counter("ab") < Counter("ab"), Counter("abc") >= Counter("a"), Counter(a=1) == Counter(a=1, b=0))
d = Counter("hello")
d.update(Counter("ll"))
d.subtract("h")
print(d, d.most_common(1), d.most_common(-1))
d2 = Counter(d)
d2 += Counter(z=2)
d2 -= Counter(l=10)
print(d2)
d3 = Counter(a=1, b=5)
d3 |= Counter(a=4)
d3 &= Counter(a=2, b=9)
print(d3, Counter(x=1) == {"x": 1}, Counter("ab").copy())
try:
    Counter.fromkeys("ab")
except NotImplementedError as e:
    print("NotImplementedError:", e)
print(Counter(["a", 1]), Counter({"x": 1.5, "y": 2}), repr(Counter()), dict(Counter("zz")))
cnt = Counter()
cnt["m"] += 1
del cnt["nope"]
print(cnt, list(cnt.keys()), isinstance(cnt, dict))
od = OrderedDict.fromkeys("abcde")
od.move_to_end("b")
od.move_to_end("e", last=False)
print(list(od), od.popitem(last=False), od.popitem())
print(od.keys(), od.values(), od.items())
print(list(reversed(od.keys())), list(reversed(od.items())), od != OrderedDict(od), od == dict(od))
od2 = OrderedDict([("x", 1)])
print(od2 | {"y": 2}, {"w": 0} | od2, od2.setdefault("z", 5), od2.pop("x"), od2.pop("q", "dflt"), od2)
try:
    OrderedDict().move_to_end("k")
except KeyError as e:
    print("KeyError:", e)
rec = OrderedDict()
rec["self"] = rec
print(rec)
dd = defaultdict(int, {"a": 1})
dd2 = dd.copy()
dd2["b"] += 2
print(dd, dd2, type(dd2).__name__, defaultdict(None), dd | {"c": 3})
try:
    defaultdict(5)
except TypeError as e:
    print("TypeError:", e)
class Default(defaultdict):
    pass
print(Default(list), isinstance(dd, dict), dd.get("zz"), "zz" in dd, dd.default_factory())
