import inspect, functools, sys
from typing import List, Optional
def f(a, b: int = 1, *args, c: str = 'x', d, **kw) -> str:
    """Doc line.

        indented
    """
def g(x, y=2, /, z=3, *, w): pass
def h(p: List[int], q: Optional[str] = None) -> 'X': pass
def gen(): yield 1
async def co(): pass
class A:
    """A doc."""
    def __init__(self, x, y=0): self.x = x
    def m(self, k): return k
    @classmethod
    def c(cls, j): pass
    @staticmethod
    def s(i): pass
    def __call__(self, z, *, t=1): pass
class B(A):
    def m(self, k): return k
for o in (f, g, h, A, A(1).m, A.c, A.s, A(1), lambda *a, **k: 0, functools.partial(f, 1, c='y')):
    s = inspect.signature(o)
    print(s, repr(s))
s = inspect.signature(f)
for p in s.parameters.values():
    print(repr(p), p.name, p.kind, p.kind.description, p.default is p.empty, p.annotation)
print(s.return_annotation, s.parameters['b'].default)
b = s.bind(1, 2, 3, d=4, e=5)
print(b.arguments, b.args, b.kwargs)
b.apply_defaults(); print(b)
try:
    s.bind()
except TypeError as e:
    print('TypeError', e)
print(inspect.isfunction(f), inspect.isfunction(len), inspect.ismethod(A(1).m), inspect.ismethod(A.m), inspect.isclass(A), inspect.ismodule(sys))
print(inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(f), inspect.isgenerator(gen()), inspect.iscoroutinefunction(co), inspect.iscoroutinefunction(f))
print(inspect.isbuiltin(len), inspect.isbuiltin(f), inspect.isroutine(len), inspect.isroutine(f), inspect.isroutine(A(1).m), inspect.isroutine(1))
print(inspect.getdoc(f)); print(inspect.getdoc(A)); print(inspect.getdoc(B.m), inspect.getdoc(B))
print(repr(inspect.cleandoc('  first\n    second\n      third\n  ')))
print(inspect.getmodule(f).__name__, inspect.getmodule(sys) is sys, inspect.getmodule(A).__name__)
print([n for n, v in inspect.getmembers(A, inspect.isfunction)])
print([n for n, v in inspect.getmembers(A(1)) if not n.startswith('__')])
print(inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=3), inspect.Signature([inspect.Parameter('a', inspect.Parameter.POSITIONAL_ONLY)]))
print(inspect.Parameter.empty, inspect.Signature.empty, inspect.getmro(B))
print(inspect.unwrap(functools.wraps(f)(lambda: 0)) is f, inspect.signature(functools.wraps(f)(lambda: 0)))
