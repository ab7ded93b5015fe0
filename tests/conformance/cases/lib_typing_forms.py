import typing
from typing import *
T = TypeVar('T', bound=int); S = TypeVar('S', int, str)
print(T.__bound__, S.__constraints__, Generic[T], Protocol[T] if False else '', Iterable[int], Iterator[str], Generator[int, None, None], Mapping[str, int], Sequence[int], Type[int], FrozenSet[int], Set[str], Deque[int], DefaultDict[str, int])
print(isinstance([], Iterable), issubclass(dict, Mapping), isinstance({}, Dict), Self, Never, NoReturn, LiteralString, Hashable, Sized, AbstractSet)
class MyList(List[int]): pass
print(MyList.__mro__, MyList([1, 2]))
class Seq(Sequence[int]):
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i
    def __len__(self): return 3
print(list(Seq()), Seq.__orig_bases__)
@overload
def f(x: int) -> int: ...
def f(x): return x
print(f(3))
@final
class C: pass
print(C.__final__)
import dataclasses
@dataclasses.dataclass
class D:
    a: int
    b: ClassVar[int] = 3
    c: Optional[List[int]] = None
print(D(1), [x.name for x in dataclasses.fields(D)], get_type_hints(D))
print(get_type_hints(D, include_extras=True))
def g(x: Annotated[int, 'meta']) -> Final[int]: pass
print(get_type_hints(g), get_type_hints(g, include_extras=True))
print(get_args(Annotated[int, 'a', 'b']), get_origin(Annotated[int, 'a']), get_origin(List), get_args(Tuple[int, str]), get_args(Callable[..., int]))
print(Optional[Union[int, str]], Union[int, Union[str, float]], Union[int], Optional[None], List['X'], Literal[1] == Literal[1], Literal[1, 2] | None)
print(int | List[int], List[int] | None, Optional[T], Dict[T, S][int, str], Callable[[T], S][int, str])
print(typing.Hashable is not None, repr(AnyStr), typing.Text is str, typing.TYPE_CHECKING)
class Node(NamedTuple):
    val: int
    def double(self): return self.val * 2
print(Node(2).double(), Node.__doc__ if False else '', isinstance(Node(1), tuple))
for e in ['List[int, str]', 'Union[()]', 'Generic[int]', 'isinstance(1, List[int])', 'Any()', 'class X(Generic): pass', 'Optional[int, str]']:
    try:
        exec(e)
        print('ok', e)
    except TypeError as ex:
        print('TypeError', ex)
print(Any, isinstance(Any, type))
class Pt(TypedDict):
    x: int
    y: NotRequired[int]
print(Pt.__required_keys__, Pt.__optional_keys__, Pt(x=1), type(Pt(x=1)))
UserId = NewType('UserId', int)
print(UserId.__supertype__, UserId.__name__, UserId | None)
print(cast(List[int], 1), no_type_check(g) is g, typing.get_type_hints(no_type_check(lambda: 0)))
class Stack(Generic[T]):
    items: List[T]
print(get_type_hints(Stack), Stack[int].__origin__, Stack[int].__args__)
