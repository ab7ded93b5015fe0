# Statements the compiler refuses: misplaced break/continue/return, repeated keywords, starred targets, unreachable cases.
sources = [
    "break",
    "continue",
    "if True:\n    break",
    "for i in range(3):\n    pass\nelse:\n    break",
    "while True:\n    def f():\n        break",
    "for i in range(3):\n    class C:\n        continue",
    "return 1",
    "class A:\n    return 1",
    "def f():\n    return 1",
    "for i in range(2):\n    try:\n        pass\n    finally:\n        continue",
    "f(a=1, b=2, a=3)",
    "f(a=1, **k, b=2)",
    "*a, *b = range(4)",
    "[a, *b, (c, *d, *e)] = x",
    "for *a, *b in x: pass",
    "a, *b = range(4)",
    "async def f():\n    yield from x",
    "async def f():\n    yield x",
    "match x:\n    case _:\n        pass\n    case 1:\n        pass",
    "match x:\n    case y:\n        pass\n    case 1:\n        pass",
    "match x:\n    case a | b:\n        pass",
    "match x:\n    case (q as r) | 2:\n        pass",
    "match x:\n    case _ if x:\n        pass\n    case 1:\n        pass",
    "match x:\n    case 1 | _:\n        pass",
    "yield 1",
    "def f():\n    nonlocal q",
]
for src in sources:
    try:
        compile(src, "<case>", "exec")
        print("compiles:", repr(src))
    except SyntaxError as e:
        print("SyntaxError:", e.msg, "| line", e.lineno, "|", repr(src))
