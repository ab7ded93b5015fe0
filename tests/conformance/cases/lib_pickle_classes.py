# Instances of user classes, library types and exceptions through pickle: the bytes at each protocol, and what loads gives back.
import collections
import copyreg
import datetime
import enum
import pickle


class Plain:
    def __init__(self):
        self.a = 1
        self.b = [1, 2]


class Slotted:
    __slots__ = ("x", "y", "__z")

    def __init__(self):
        self.x = 1
        self.__z = 3


class SlottedWithDict(Slotted):
    def __init__(self):
        super().__init__()
        self.w = 5


class WithState:
    def __init__(self):
        self.v = 2

    def __getstate__(self):
        return {"v": self.v * 10}

    def __setstate__(self, state):
        self.v = state["v"] // 10


class NewArgs(int):
    def __new__(cls, value, extra):
        obj = super().__new__(cls, value)
        obj.extra = extra
        return obj

    def __getnewargs__(self):
        return (int(self), self.extra)


class NewArgsEx:
    def __new__(cls, *, k):
        obj = object.__new__(cls)
        obj.k = k
        return obj

    def __getnewargs_ex__(self):
        return ((), {"k": self.k})


class Reduced:
    def __reduce__(self):
        return (Reduced, (), {"q": 1})


class ReducedEx:
    def __reduce_ex__(self, protocol):
        return (ReducedEx, (), {"protocol": protocol})


def set_state(obj, state):
    obj.via_setter = state


class WithSetter:
    def __reduce__(self):
        return (WithSetter, (), {"s": 1}, None, None, set_state)


class Outer:
    class Inner:
        pass


class ListSub(list):
    pass


class DictSub(dict):
    pass


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Number(enum.IntEnum):
    ONE = 1


class Flags(enum.Flag):
    A = 1
    B = 2


class MyError(Exception):
    pass


class Vector:
    def __init__(self, x, y):
        self.x, self.y = x, y


copyreg.pickle(Vector, lambda v: (Vector, (v.x, v.y)))

Point = collections.namedtuple("Point", "x y")


def describe(obj):
    if isinstance(obj, (type, enum.Enum, BaseException, datetime.date, datetime.time, datetime.timedelta,
                        datetime.tzinfo, tuple, list, dict, collections.deque, int)) or not hasattr(obj, "__dict__"):
        shown = repr(obj)
    else:
        shown = sorted(vars(obj).items())
    slots = {name: getattr(obj, name) for name in ("x", "y", "_Slotted__z") if isinstance(obj, Slotted) and hasattr(obj, name)}
    return f"{type(obj).__name__} {shown}{' ' + str(slots) if slots else ''}"


listsub = ListSub([1, 2])
listsub.attr = 3
error = MyError("m")
error.extra = 5
values = [
    Plain(), SlottedWithDict(), WithState(), NewArgs(5, "e"), NewArgsEx(k=3), Reduced(), ReducedEx(), WithSetter(),
    Outer.Inner, Outer.Inner(), listsub, DictSub(a=1), Color.RED, Number.ONE, Flags.A | Flags.B, Color, Vector(1, 2),
    Point(1, 2), collections.OrderedDict(a=1, b=2), collections.defaultdict(list, {"a": [1]}), collections.deque([1, 2]),
    collections.deque([1], 5), collections.Counter("abca"), ValueError("bad", 2), error, KeyError("k"), StopIteration(3),
    ImportError("x", name="n"), FileNotFoundError(2, "missing", "f"), datetime.date(2022, 1, 2),
    datetime.datetime(2022, 1, 2, 3, 4, 5, 6), datetime.time(1, 2, 3, 4), datetime.timedelta(1, 2, 3),
    datetime.timezone.utc, datetime.timezone(datetime.timedelta(hours=1), "X"),
    datetime.datetime(2022, 1, 2, tzinfo=datetime.timezone.utc), datetime.datetime(2022, 1, 2, 3, fold=1),
    datetime.time(5, fold=1),
]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for i, v in enumerate(values):
        try:
            data = pickle.dumps(v, proto)
        except Exception as exc:
            print(proto, i, type(exc).__name__, exc)
            continue
        print(proto, i, data)
        print("   ", describe(pickle.loads(data)))

print(pickle.loads(pickle.dumps(datetime.datetime(2022, 1, 2, 3, fold=1), 4)).fold,
      pickle.loads(pickle.dumps(datetime.datetime(2022, 1, 2, 3, fold=1), 3)).fold)
slotted = pickle.loads(pickle.dumps(Slotted(), 2))
print(slotted.x, slotted._Slotted__z, hasattr(slotted, "y"))
print(Plain().__reduce_ex__(2)[0].__name__, Plain().__reduce_ex__(2)[1], Plain().__reduce_ex__(2)[2])
print(Plain().__reduce_ex__(1)[0].__name__, Plain().__reduce_ex__(1)[1], Plain().__reduce_ex__(1)[2])
print(object().__reduce_ex__(2)[0].__name__, object().__reduce_ex__(2)[1:3], object().__getstate__(), Plain().__getstate__())
print(copyreg._slotnames(SlottedWithDict), SlottedWithDict.__slotnames__)
print(copyreg.__newobj__(Plain).__class__.__name__, copyreg._reconstructor(Plain, object, None).__class__.__name__)
