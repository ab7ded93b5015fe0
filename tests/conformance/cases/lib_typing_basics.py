import typing
from typing import *
print(List[int], Optional[str], Dict[str, List[int]], Union[int, str], Union[int, None], Tuple[int, ...], Tuple[()], Callable[[int, str], bool], Callable[..., int])
print(Any, Optional, Union, List, Type[int], Literal[1, 'a'], ClassVar[int], Final[int], Annotated[int, 'm'])
T = TypeVar('T'); K = TypeVar('K', covariant=True)
print(T, K, AnyStr, Text)
class Box(Generic[T]):
    def __init__(self, v): self.v = v
print(Box[int], Box.__parameters__, Box(3).v, Box[int](4).v)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(int | str), get_args(Optional[int]), get_args(Callable[[int], str]))
print(Union[int, str] == (int | str), Optional[int] | str)
@runtime_checkable
class Closer(Protocol):
    def close(self): ...
class F:
    def close(self): pass
print(isinstance(F(), Closer), isinstance(1, Closer))
class P(NamedTuple):
    x: int
    y: str = 'a'
print(P(1), P._fields, P.__annotations__, P(1, 'b')._asdict())
Q = NamedTuple('Q', [('a', int)])
print(Q(5))
class TD(TypedDict, total=False):
    a: int
print(TD(a=1), TD.__optional_keys__, TD.__total__)
TD2 = TypedDict('TD2', {'x': int})
print(TD2(x=1), TD2.__required_keys__)
UserId = NewType('UserId', int)
print(UserId, UserId(5))
def f(a: 'int', b: List['str']) -> None: pass
print(get_type_hints(f))
print(cast(int, 'x'), TYPE_CHECKING, isinstance([], List), issubclass(list, Sequence))
print(isinstance(3, Union[int, str]))
print(List[T][int], Dict[str, T][int])
