# collections.namedtuple details, ChainMap and the User* classes.
from collections import namedtuple, ChainMap, UserDict, UserList, UserString
P = namedtuple("P", "x y z", defaults=(0,), module="geo")
print(P(1, 2), P.__module__, P._field_defaults, P.__doc__, P.x.__doc__, P.__new__.__doc__)
for bad in [lambda: P(), lambda: P(1, 2, 3, 4), lambda: P(1, 2, x=3), lambda: P._make([1]), lambda: P(1, 2)._replace(w=1),
            lambda: namedtuple("Q", "a a"), lambda: namedtuple("Q", "_a"), lambda: namedtuple("Q", "a-b"), lambda: namedtuple("1Q", "a"),
            lambda: namedtuple("Q", "a b", defaults=(1, 2, 3))]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(namedtuple("R", "a class b _c a", rename=True)._fields, namedtuple("E", "")(), namedtuple("One", "v")(1))
p = P(1, 2, 3)
print(p._asdict(), p.__match_args__, p.__getnewargs__(), P._fields, p.count(1), p.index(3), p[::-1], p + (4,))
match p:
    case P(x=1, y=yy):
        print("matched", yy)
cm = ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm, cm["a"], cm["b"], len(cm), sorted(cm), list(cm.items()), cm.get("z", 0))
child = cm.new_child({"c": 4})
child["a"] = 10
print(child, child.parents, cm.maps[0], "c" in child, dict(child))
try:
    del cm["b"]
except KeyError as e:
    print("KeyError:", e)
print(cm.pop("a"), cm, ChainMap(), ChainMap({"k": 1}) | {"j": 2})
ud = UserDict(a=1)
ud["b"] = 2
print(ud, len(ud), ud.data, "a" in ud, ud.get("z"), ud | {"c": 3}, isinstance(ud, dict), ud.copy())
ul = UserList([3, 1, 2])
ul.append(0)
ul.sort()
print(ul, ul[1:], type(ul[1:]).__name__, ul + [9], [8] + ul, ul * 2, ul == [0, 1, 2, 3], len(ul), ul.pop(), ul.index(2))
us = UserString("Hello")
print(us, repr(us), us.upper(), us[1:3], us + "!", "ell" in us, us.split("l"), len(us), us == "Hello", us.find("l"), type(us.lower()).__name__)
