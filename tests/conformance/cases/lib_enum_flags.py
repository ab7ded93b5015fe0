from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumMeta, EnumType, member, nonmember
import enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(repr(Color), str(Color.RED), format(Color.RED), f"{Color.GREEN:>12}|", "%s" % Color.BLUE, Color.RED.__class__ is Color)
print(list(reversed(Color)), Color.__members__, type(Color) is EnumMeta, EnumMeta is EnumType)
print(Color.RED < Color.GREEN if False else "skip", Color.RED != Color.GREEN, Color.RED == Color.RED)
try:
    Color.RED < Color.GREEN
except TypeError as e:
    print("TypeError:", e)
try:
    Color.RED = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    del Color.RED
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color("red")
except ValueError as e:
    print("ValueError:", e)
try:
    1 in Color
except TypeError as e:
    print("TypeError:", e)
class Shade(Enum):
    LIGHT = "l"
    DARK = "d"
    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None
print(Shade("L"), Shade("D"), Shade.LIGHT.name, Shade["DARK"].value)
try:
    Shade("x")
except ValueError as e:
    print("ValueError:", e)
class Bad(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        return 5
try:
    Bad(2)
except TypeError as e:
    print("TypeError:", e, "|", repr(e.__context__))
class S(StrEnum):
    ALPHA = auto()
    BETA = "b"
print(S.ALPHA, repr(S.ALPHA), S.ALPHA == "alpha", S.BETA.upper(), f"{S.BETA}", len(S.ALPHA), isinstance(S.BETA, str), S("b"))
class Mixed(str, Enum):
    X = "x"
    Y = "y"
print(Mixed.X, repr(Mixed.X), f"{Mixed.X}", Mixed.X == "x", Mixed.X.upper())
class Num(float, Enum):
    HALF = 0.5
print(Num.HALF, repr(Num.HALF), Num.HALF * 2)
class Ordered(IntEnum):
    A = auto()
    B = auto()
    C = 10
    D = auto()
print(list(Ordered), Ordered.D + 0, Ordered.B * 3, hash(Ordered.A) == hash(1), {1: "one"}[Ordered.A], str(Ordered.C), Ordered(10))
print(Ordered.A.__class__.__mro__)
class P(Flag):
    A = 1
    B = 2
    C = 4
    AB = 3
print(list(P), P.AB, repr(P.AB), P.A | P.B, (P.A | P.B) is P.AB, repr(P(0)), str(P(0)), bool(P(0)), ~P.A, repr(~P.AB), len(P.AB), P.A in P.AB)
print(repr(P(7)), str(P(7)), list(P(7)), P.__members__.keys(), len(P))
try:
    P(8)
except ValueError as e:
    print("ValueError:", e)
try:
    P.A | 1
except TypeError as e:
    print("TypeError:", e)
class Perm(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(Perm(8)), repr(Perm.R | 8), Perm.R | Perm.W, repr(~Perm.R), Perm(0), repr(Perm(0)), Perm.R + 1, Perm.R & 6, repr(Perm.R ^ Perm.W))
print(repr(Perm.R | Perm.W | Perm.X), list(Perm.R | Perm.X), isinstance(Perm.R, int), format(Perm.R, "x"))
class Weekday(Flag):
    MON = auto()
    TUE = auto()
    WED = auto()
    WEEKEND = 0
print([d.value for d in Weekday], Weekday.WEEKEND, repr(Weekday.MON | Weekday.WED))
@unique
class U(Enum):
    A = 1
    B = 2
print(list(U))
try:
    @unique
    class U2(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError:", e)
try:
    class Re(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)
try:
    class Sun(Enum):
        _bad_ = 1
except ValueError as e:
    print("ValueError:", e)
class WithNon(Enum):
    A = 1
    B = nonmember(2)
    C = member(lambda x: x)
print(list(WithNon.__members__), WithNon.B)
class Ign(Enum):
    _ignore_ = "tmp"
    tmp = 5
    X = 1
print(list(Ign), hasattr(Ign, "tmp"))
class Gen(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name * 2
    A = auto()
    B = auto()
print([m.value for m in Gen])
Http = IntEnum("Http", {"OK": 200, "NOT_FOUND": 404})
print(Http.OK, repr(Http.NOT_FOUND), Http(404).name, Http.__module__)
F = Flag("F", "X Y Z")
print(list(F), F.Z.value, repr(F.X | F.Z))
E = Enum("E", [("A", "a"), ("B", "b")], module="mymod", qualname="Q.E")
print(E.A, E.__module__, E.__qualname__)
class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    X = (0, "x")
    Y = (1, "y")
print(Coord.X.label, Coord(1).label, Coord.Y.value)
class Auto2(Enum):
    A = auto()
    B = 5
    C = auto()
print([m.value for m in Auto2], auto())
print(dir(Color)[:5], Color.RED.__dict__.get("_name_"), sorted(Color.__members__))
print(Color.RED.__reduce_ex__(2), hash(Color.RED) == hash("RED"))
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.RED) is Color.RED)
class Planet(Enum):
    EARTH = (1, 2)
    MARS = (3, 4)
    def __init__(self, a, b):
        self.a = a
    @property
    def double(self):
        return self.a * 2
print(Planet.MARS.double, Planet((1, 2)), Planet.EARTH.value)
class Animal(Enum):
    DOG = 1
    @property
    def sound(self):
        return "woof"
print(Animal.DOG.sound, Animal.DOG.name, Animal.DOG.value)
class Strict(Flag, boundary=enum.CONFORM):
    A = 1
    B = 2
print(repr(Strict(7)), enum.STRICT, repr(enum.KEEP))
print(isinstance(Color.RED, Enum), issubclass(Color, Enum), Color.RED.name.lower(), [c.value for c in Color if c.value > 1])
