import ast
cases = ['f(a for b in c)', 'a[*b]', 'a[1, *b]', 'a or b or not c', 'x = 1e400 - 1e400j', 'x = -1e400', 'x = 1e400j', 'x = (1, -1e400)',
 'f"{a!r:>{w}} {b}"', "f'{x[\"k\"]}' \"y\"", 'f"{x!r}" f"\\n{y}"', 'f"{ {1:2} }"', "f'''{a}\"'''", 'u"x"', 'x = u"x"', 'x = {}', 'yield a, b', 'await (yield)',
 'print((yield))', 'lambda x: (yield x)', 'a, b = c, d', 'for x, y in z: pass', 'x = yield y', 'x = (yield)', '(x := a + b)', 'f(x := 1)', 'a[1:2, 3]', 'a[(1, 2)]',
 'del a, b', 'return a, b', 'print(*a, **b)', 'x = "it\'s"', 'x = -1 ** 2', 'x = (-1) ** 2', 'x = not a == b', 'assert x, y', 'x: int = 5', '(x): int', 'x.y: int',
 'raise A from B', 'global a, b', 'async def f():\n await x\n async for a in b: pass\n async with c as d: pass\n return [i async for i in y]',
 'with a as b, c: pass', 'match x:\n case [1, *rest]: pass\n case {"a": 1, **kw}: pass\n case Point(x=0) | None: pass\n case _ if y: pass\n case (1 | 2) as z: pass\n case [a, b as c]: pass\n case Cls(1, y=2): pass\n case -1 | 1.5 | "s" | b"x" | True: pass\n case {**r}: pass\n case [*_]: pass',
 'match a, b:\n case 1, 2: pass', 'try:\n pass\nexcept* E as e:\n pass\nelse:\n pass\nfinally:\n pass', 'try:\n pass\nexcept (A, B):\n pass\nexcept:\n pass',
 'x = 1e400j', 'x = 1 .real', 'x = True.real', 'x = (a for b in c)', 'x = b"\\xff"', 'x = "\\n"', '"""a\nb"""', '"""ends with quote\\""""', "'''it''s'''", '"a\\tb\\\\"',
 'def f(a, /, b=1, *c, d, e=2, **f) -> int:\n "Doc."\n return', 'def g(a: int = 1, *, b: str, **kw: dict): pass', 'def h(*, a): pass', 'def k(a, /): pass',
 '@dec\n@dec2(1)\nclass C(B, metaclass=M):\n """Doc"""\n x = 1\n def m(self): pass', 'class D: pass', 'if a:\n pass\nelif b:\n pass\nelif c:\n pass\nelse:\n pass',
 'if a:\n pass\nelse:\n if b:\n  pass\n x = 1', 'while x:\n break\nelse:\n continue', 'x += 1; y //= 2; z @= 3', 'from . import a', 'from ..b.c import d as e, f', 'import a.b as c, d',
 'x = [*a, *b]', 'x = {**a, "b": 1}', 'x = {1, 2}', 'x = {a: b for a, b in c if a if b}', 'x = a if b else c if d else e', 'x = (a if b else c) if d else e', 'x = lambda: 1',
 'x = lambda *a, **k: (a, k)', 'x = a[1:2:3], a[::2], a[:]', 'x = a.b.c(d)[e]', 'x = (await a) ** 2' , 'x = -(-a)', 'x = ~a + +b', 'x = a is not b not in c', 'x = (a, )', 'x = ()',
 'f(*args, a=1, **kw)', 'x = f"{a=}"', "x = f'{a!s}' f'{b!a}'", 'x = f"{3.14:.{p}f}"', 'x = f"{a:{b}{c}}"', "x = f'{\"a\" if x else \"b\"}'", 'nonlocal a', 'x = 0x10, 1_000, 1.5e-10, 3j',
 'x = "\\x00\\u2028"', 'x = "\'\\""', 'with (a, b): pass', 'x = not (a and b)', 'x = (a or b) and c', 'x = a and (b or c)', 'print(a, end="")', 'x = [i for i in range(3) for j in i]',
 'del (a, b), c', 'x = yield from y', 'for (a, b) in c: pass', 'x = *a, b', 'a[b] = c = d', 'x = a < b < c']
for s in cases:
    try:
        print(repr(ast.unparse(ast.parse(s))))
    except Exception as e:
        print(type(e).__name__, e)
print(ast.unparse(ast.parse("x + 1", mode="eval")), ast.unparse(ast.Name("q")), ast.unparse(ast.parse("def f(a, b=2): pass").body[0].args))
print(ast.unparse(ast.BinOp(ast.Constant(1), ast.Add(), ast.BinOp(ast.Constant(2), ast.Mult(), ast.Constant(3)))))
roundtrip = 0
for s in cases:
    tree = ast.parse(s)
    if ast.dump(ast.parse(ast.unparse(tree))) == ast.dump(tree):
        roundtrip += 1
print(roundtrip, "of", len(cases), "round-trip")
