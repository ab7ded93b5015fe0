from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, FrozenInstanceError, KW_ONLY, InitVar, make_dataclass, MISSING, Field
import dataclasses
@dataclass
class P:
    x: int
    y: int = 0
print(P.__init__.__qualname__, P.__repr__.__qualname__, P.__eq__.__qualname__, P.__match_args__, P.__hash__, P.__doc__)
print(P.__dataclass_params__, P.__dataclass_fields__['y'].default, P.y, hasattr(P, 'x'))
f = fields(P)[1]
print(f.name, f.type, f.default, f.default_factory is MISSING, f.init, f.repr, f.hash, f.compare, f.metadata, f.kw_only)
print(repr(f).replace(repr(MISSING), "MISSING"))
@dataclass(unsafe_hash=True)
class H:
    a: int
    b: list = field(default=None, hash=False)
print(hash(H(1)) == hash((1,)), H(1) == H(1))
@dataclass(eq=False)
class NoEq:
    a: int
print(NoEq(1) == NoEq(1), hash(NoEq(1)) is not None)
@dataclass
class Explicit:
    a: int
    def __hash__(self):
        return 42
print(hash(Explicit(1)))
@dataclass(frozen=True)
class Fz:
    a: int
    b: int = 2
try:
    del Fz(1).a
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    Fz(1).c = 3
except FrozenInstanceError as e:
    print(e)
print(hash(Fz(1)) == hash((1, 2)))
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int = 2
print(K(1, c=5), K.__match_args__)
try:
    K(1, 2)
except TypeError as e:
    print(e)
@dataclass(kw_only=True)
class AllKw:
    a: int
    b: int = 0
print(AllKw(a=1), AllKw.__match_args__)
try:
    AllKw(1)
except TypeError as e:
    print(e)
@dataclass
class WithInit:
    a: int
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.a *= scale
w = WithInit(3)
print(w, WithInit(3, 10), [f.name for f in fields(w)], WithInit.__dataclass_fields__['scale']._field_type, repr(InitVar[int]))
print(replace(w, scale=1))
try:
    @dataclass
    class BadOrder:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(e)
try:
    dataclass(order=True, eq=False)(type("Z", (), {}))
except ValueError as e:
    print(e)
try:
    @dataclass(order=True)
    class O:
        a: int
        def __lt__(self, o): return True
except TypeError as e:
    print(e)
try:
    @dataclass
    class NoAnn:
        a = field(default=1)
except TypeError as e:
    print(e)
try:
    @dataclass(frozen=True)
    class FzChild(P):
        z: int = 0
except TypeError as e:
    print(e)
try:
    @dataclass
    class NonFzChild(Fz):
        z: int = 0
except TypeError as e:
    print(e)
try:
    replace(P(1), z=1)
except TypeError as e:
    print(e)
@dataclass
class NI:
    a: int
    b: int = field(init=False, default=7)
try:
    replace(NI(1), b=2)
except ValueError as e:
    print(e)
for fn in (asdict, astuple, replace):
    try:
        fn(5)
    except TypeError as e:
        print(e)
try:
    fields(5)
except TypeError as e:
    print(e)
@dataclass(order=True)
class V:
    a: int
    b: str = "x"
print(V(1) < V(2), V(1, "a") <= V(1, "b"), V(2) > V(1), V(1) >= V(1), sorted([V(3), V(1, "z"), V(1, "a")]))
print(V(1).__lt__(5), V(1) == (1, "x"))
C = make_dataclass("C", [("x", int), "z", ("y", int, field(default=5))], namespace={"total": lambda self: self.x + self.y})
c = C(1, z=3)
print(c, c.total(), C.__name__, [f.name for f in fields(C)], fields(C)[2].type)
@dataclass
class Rec:
    items: list = field(default_factory=list)
    meta: dict = field(default_factory=dict, metadata={"unit": "m"})
r = Rec()
r.items.append(r)
print(r, fields(Rec)[1].metadata["unit"], fields(Rec)[1].metadata)
@dataclass
class Tree:
    name: str
    children: list = field(default_factory=list)
    info: dict = field(default_factory=dict)
t = Tree("root", [Tree("a"), Tree("b", info={"k": (1, 2)})], {"x": [1]})
print(asdict(t))
print(astuple(t))
print(asdict(t, dict_factory=lambda kv: list(kv))[:1])
@dataclass
class Selfy:
    self: int
print(Selfy(3), Selfy.__init__.__code__.co_varnames[:2])
match P(1, 2):
    case P(a, b):
        print("matched", a, b)
@dataclass(slots=True, frozen=True)
class SF:
    a: int
print(SF(1), SF.__slots__, hash(SF(1)) == hash((1,)), "__dict__" in dir(SF(1)))
@dataclass
class Base:
    a: int = 1
@dataclass
class Derived(Base):
    b: int = 2
    def __post_init__(self):
        self.c = self.a + self.b
d = Derived(5)
print(d, d.c, Derived.__match_args__, is_dataclass(Derived), is_dataclass(Derived(1)))
@dataclass(repr=False, eq=False, init=False, match_args=False)
class Bare:
    a: int = 3
print(Bare().a, hasattr(Bare, "__match_args__"), Bare.__init__ is object.__init__)
print(P.__init__.__annotations__ if hasattr(P.__init__, "__annotations__") else None)
