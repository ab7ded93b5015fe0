# Class patterns: positional sub-patterns of builtin and user classes, and their error messages.
class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y


class Plain:
    pass


def describe(value):
    match value:
        case bool(b):
            return ("bool", b)
        case int(n) if n > 100:
            return ("big int", n)
        case int(n):
            return ("int", n)
        case str(s):
            return ("str", s)
        case Point(0, 0):
            return "origin"
        case Point(x, y=0):
            return ("on x axis", x)
        case Point(x, y):
            return ("point", x, y)
        case [int(), *rest]:
            return ("int list", rest)
        case {"k": str(v)}:
            return ("mapping", v)
        case _:
            return "other"


for v in [True, 500, 5, "s", Point(0, 0), Point(3, 0), Point(1, 2), [1, 2, 3], {"k": "v"}, 2.5]:
    print(describe(v))
for subject, source in [
    (5, "case int(1, 2): pass"),
    ("s", "case str(a, b, c): pass"),
    (Plain(), "case Plain(1): pass"),
    (Point(1, 2), "case Point(1, 2, 3): pass"),
    (Point(1, 2), "case Point(1, x=1): pass"),
]:
    try:
        exec("match subject:\n    " + source, {"subject": subject, "Plain": Plain, "Point": Point})
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
Dyn = type("Dyn", (), {"__match_args__": ("a",), "a": 7})
print(Dyn.__module__, Dyn.__qualname__)
match Dyn():
    case Dyn(a):
        print("Dyn matched", a)
