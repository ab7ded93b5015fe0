from enum import Enum, IntEnum, Flag, auto, unique, StrEnum, IntFlag
class Color(Enum):
    RED = "r"
    GREEN = "g"
    def __str__(self):
        return self.name.title()
print(Color.RED, f"{Color.GREEN}", repr(Color.RED), "%s" % Color.RED, format(Color.RED, ">6"))
for name, m in Color.__members__.items():
    print(name, m, m.value)
class Ord(Enum):
    _order_ = "A B"
    A = 1
    B = 2
print(list(Ord))
try:
    class BadOrd(Enum):
        _order_ = "B A"
        A = 1
        B = 2
except TypeError as e:
    print("TypeError:", e)
class Http(IntEnum):
    OK = 200
    NOT_FOUND = 404
print(Http.OK == 200, Http(200), {Http.OK: 1}[200], Http.OK < 300, max(Http), Http["NOT_FOUND"], Http.OK.real, -Http.OK)
print(sorted(Http, reverse=True), [h for h in Http if h > 250], Http.OK in Http)
class Planet(Enum):
    EARTH = 1
    @classmethod
    def biggest(cls):
        return max(cls, key=lambda p: p.value)
    @staticmethod
    def helper():
        return "static"
print(Planet.biggest(), Planet.helper(), Planet.EARTH.helper())
try:
    Color.RED.value = "x"
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED.name = "x"
except AttributeError as e:
    print("AttributeError:", e)
class Num(Enum):
    ONE = 1
    TWO = 2
print(Num.ONE.value + Num.TWO.value, Num(2).name, Num.ONE is not Num.TWO, Num.ONE != 1, bool(Num.ONE))
print(type(Num.ONE), type(Num), Num.__class__.__name__, Num.ONE.__class__.__name__)
class Shape(StrEnum):
    SQUARE = auto()
    CIRCLE = "circle"
print(Shape.SQUARE, Shape.SQUARE.value, "-".join(Shape), Shape("circle").name, Shape.SQUARE + "!", repr(Shape.CIRCLE))
class Access(Flag):
    NONE = 0
    READ = 1
    WRITE = 2
    ALL = READ | WRITE
print(list(Access), Access.ALL, repr(Access.NONE), Access.READ in Access.ALL, list(Access.ALL), repr(Access.READ & Access.WRITE), Access(3) is Access.ALL)
print([a.name for a in Access.__members__.values()], len(Access))
class Bits(IntFlag):
    A = auto()
    B = auto()
    C = auto()
x = Bits.A | Bits.C
print(x, repr(x), x.value, int(x), list(x), Bits.C in x, bool(Bits(0)), hash(Bits.A) == hash(1), x == 5)
Dyn = Enum("Dyn", {"X": "x", "Y": "y"})
print(Dyn.X, Dyn("y"), Dyn.__members__.keys() == {"X", "Y"})
from dataclasses import dataclass, field, fields, asdict
@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list, repr=False)
    @property
    def total(self):
        return self.price * self.qty
    def __post_init__(self):
        if self.price < 0:
            raise ValueError(f"negative price: {self.price}")
i = Item("pen", 1.5, 4)
print(i, i.total, i == Item("pen", 1.5, 4), i == ("pen", 1.5, 4), i != Item("pen", 1.5))
try:
    Item("bad", -1)
except ValueError as e:
    print("ValueError:", e)
try:
    Item("a", 1, 2, [], 5)
except TypeError as e:
    print("TypeError:", e)
try:
    Item(name="a", price=1, color="red")
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Base:
    x: int
    y: int = 0
try:
    @dataclass
    class Sub(Base):
        z: int
except TypeError as e:
    print("TypeError:", e)
@dataclass
class Sub2(Base):
    z: int = 5
    x: int = 1
print(Sub2(), [f.name for f in fields(Sub2)])
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)
root = Node(1, [Node(2), Node(3, [Node(4)])])
print(root)
print(asdict(root))
@dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str
deck = [Card(r, s) for s in "hs" for r in (3, 1, 2)]
print(sorted(deck)[:3], len(set(deck + deck)), Card(1, "h") < Card(1, "s"))
@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty(), fields(Empty), asdict(Empty()))
@dataclass
class WithCls:
    x: int = 0
    def __repr__(self):
        return "custom"
print(WithCls(), repr(WithCls(3)))
@dataclass(init=False)
class NoInit:
    a: int = 1
    def __init__(self, v):
        self.a = v * 10
print(NoInit(2))
