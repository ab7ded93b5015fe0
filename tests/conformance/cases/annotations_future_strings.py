# PEP 563: under `from __future__ import annotations` annotations are kept as source strings.
from __future__ import annotations
import __future__
from typing import Optional

print(__future__.annotations, annotations)
print(__future__.annotations.getMandatoryRelease(), __future__.division.compiler_flag)
print(__future__.all_feature_names)


def f(a: int, b: list[int], c: dict[str, int] = None, *args: tuple[int, ...],
      d: Optional["X"] = 1, **kw: int | None) -> None:
    pass


print(f.__annotations__)
x: int = 5
y: "quoted"
z: a.b.c[1:2, ::3]
w: Callable[[int, str], bool]
v: -1 + 2 * (3 - 4) ** -5 ** 2
u: lambda x, *y, z=1, **k: x if y else not z
t: (int, str)
s: {1: 2, **d} | {1, 2} & [x for x in y if x]
r: f(1, *a, b=2, **c)
q: 1 .real and (x) or a < b <= c is not d not in e
p: 1e400
o: b'x'
n: f"{x!r:>{w}} {{}}"
for key, value in __annotations__.items():
    print(key, repr(value))
print(x)


class Node:
    parent: Node | None
    children: list[Node] = []

    def add(self, other: Node, *, at: int = -1) -> Node:
        return self


print(Node.__annotations__, Node.add.__annotations__, Node.children)
print(all(isinstance(v, str) for v in Node.add.__annotations__.values()))
try:
    exec("from __future__ import braces")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
try:
    exec("from __future__ import nonexistent_feature")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
