# Generator expressions handed straight to builtins: results, laziness, short-circuits, errors and shadowing.
import builtins


def facts(n):
    k = 3
    print(sum(x * k for x in range(n)), sum(x for x in []), sum(x / 4 for x in range(5)))
    print(sum(x for x in [10 ** 20, 10 ** 20]), sum(float(x) for x in "123"))
    print(list(x for x in range(n) if x % 2), list(x for x in ()), tuple(x + k for x in range(3)))
    print(sorted(-x for x in range(6)), sorted(x % k for x in range(n)), sorted(s for s in "banana"))
    print(set(x % k for x in range(n)) == {0, 1, 2}, len(set(c for c in "mississippi")))
    print(any(x > n - 2 for x in range(n)), any(x > n for x in range(n)), any(x for x in []))
    print(all(x < n for x in range(n)), all(x < 3 for x in range(n)), all(x for x in []))
    print("-".join(str(x) for x in range(5)), repr("".join(c for c in "")), b"+".join(bytes([65 + x]) for x in range(3)))
    print(list((x, y) for x in range(3) for y in range(x)), sum(x * y for x in range(4) if x for y in range(x) if y % 2))
    print(sum((last := x) for x in range(7)), last)


facts(12)

order = []


def note(tag, value):
    order.append(tag)
    return value


print(any(note(x, x > 2) for x in range(10)), order)
order.clear()
print(all(note(x, x < 2) for x in range(10)), order)
order.clear()
print(sum(note("item", x) for x in note("source", [1, 2])), order)

for consumer in (list, tuple, set, sorted, sum, any, all):
    try:
        consumer(1 // x for x in [1, 0])
    except ZeroDivisionError as e:
        print(consumer.__name__, "ZeroDivisionError", e)


def stop():
    raise StopIteration("inner")


for consumer in (list, sum, any, "".join):
    try:
        consumer(stop() for x in [1])
    except RuntimeError as e:
        print("RuntimeError", e, repr(e.__cause__))

try:
    sum(x for x in [1, "a"])
except TypeError as e:
    print("TypeError", e)
try:
    set([x] for x in range(2))
except TypeError as e:
    print("TypeError", e)
try:
    list(x for x in 42)
except TypeError as e:
    print("TypeError", e)


def shadowed():
    def sum(items):
        return "local sum got " + type(items).__name__
    list = lambda g: ["local list", next(g)]
    return sum(x for x in range(3)), list(x * 5 for x in range(1, 3))


print(shadowed())
original_any = builtins.any
builtins.any = lambda g: "patched any got " + type(g).__name__
print(any(x for x in range(3)))
builtins.any = original_any
print(any(x for x in range(3)))


class Joiner:
    def join(self, items):
        return "Joiner got " + type(items).__name__


print(Joiner().join(x for x in "ab"))
g = (x for x in range(3))
print(type(g).__name__, g.__name__, next(g), list(g), list(g))
