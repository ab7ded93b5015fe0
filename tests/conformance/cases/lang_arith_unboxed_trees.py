# Nested arithmetic, comparisons of arithmetic and augmented assignments over floats, ints and others.
import math
import sys

M = sys.maxsize
x, y, z = 1.5, -2.25, 3.0
a, b = 7, -3
nan, inf = float("nan"), float("inf")

print(x * x + y * y + z * z, (x - y) * (z + 1), -x * y + 2, 1 - x / 4)
print(x // 0.7 + 1, x % -0.7 * 2, -x // 0.7 * 1, -x % 0.7 * 1, (x * 2) ** 0.5 + 1)
print((-x * 2) ** 0.5 * 1, (-8.0 * 1) ** (1 / 3), 2 ** x * 1, x ** 2 + 1, 10 ** -2 * 1.0)
print(a + b * 2, a * b - 1, a // b + 0, a % b + 0, -a // b * 1, -a % b * 1, a / b + 0, a ** 2 + 1, a ** -1 + 0)
print(M + 1 + 0, M * 2 + 1, -M - 2 - 0, (-M - 1) // -1 + 0, (-M - 1) % -1 + 0, -(-M - 1) + 0)
print(a * x + b * 2.0, (2 ** 53 + 1) * 1 + 1.0, (2 ** 60 + 1) * 1.0 - 2 ** 60, 10 ** 20 / 7 * 1, (2 ** 53 + 1) / 1 * 1)
print(True + 1 * 2, -True * 1, (True + 0) * 1.5, 3 * True // 2, True + 1.5 * 2)
print(type(a * 2 - 14), type(a * 2 / 7), type(a * 1.0 - 7), type(-(a * 1)))

print(nan * 2 + 1, inf * 0 + 1, inf - inf * 1, (nan + 0) == (nan + 0), (nan + 0) != (nan * 1), nan * 1 < 1)
print(inf ** 0.5 * 1, (-inf) ** 0.5 * 1, (0.0 * 1) ** -inf, (-2.0 * 1) ** nan, 1.0 ** nan * 1)
print(-0.0 * 1 + -0.0, 0.0 * -1 - 0.0, -(0.0 * 1), -(0 * 1.0), math.copysign(1, -(x * 0)))

for text in ["x / (y - y)", "x // (y - y)", "x % (y - y)", "(x * 0) ** -1.0", "(x * 1e200) ** 2.0 + 1",
             "1 / (x - x) * 2", "a // (b - b)", "a % (b - b)", "a / (b - b) + 1", "(a - a) ** -1 + 1",
             "x * 'a' + 1", "(x + 1) + 'a'", "-(x * 1) + 'a'", "a * [1] + [2]", "10 ** 400 * 1.0 + 1"]:
    try:
        print(text, "->", eval(text))
    except Exception as e:
        print(text, "->", type(e).__name__, e)

print(x * 2 > y * 2, x * 2 < 1, 3 <= x * 2, x * 2 == 3, x * 2 != 3, a * 2 > x, a * 2 >= 14, a * 1 == 7.0)
print((2 ** 53 + 1) * 1 == 2.0 ** 53 + 0, (2 ** 53 + 1) * 1 > 2.0 ** 53 * 1, (2 ** 63) * 1 > 1e19 * 1, [1] * 2 == [1, 1])
print("yes" if x * x > y else "no", "yes" if not (x * x > 100) else "no")


class Loud(float):
    def __add__(self, other):
        print("Loud.add", other)
        return 42

    def __radd__(self, other):
        print("Loud.radd", other)
        return 43


f = Loud(2.0)
print(f + x * 2, x * 2 + f, f * 2 + 1, type(f * 2 + 1))

order = []


class N:
    def __init__(self, n):
        self.n = n

    def __add__(self, other):
        order.append(("add", self.n, other))
        return 1.5

    def __rmul__(self, other):
        order.append(("rmul", self.n, other))
        return 4.0


def v(tag, value):
    order.append(tag)
    return value


print(v("a", N(1)) + v("b", 2.0) * v("c", 3.0) + v("e", 1.5) * v("d", N(2)))
print(order)

t = 1.0
t += x * 2
t -= 1 * 2
t /= y * 2
t //= -0.5 * 1
t %= 0.3 * 2
t **= 2 * 1
print(t)
s = "ab"
s += "c" * 2
items = [1.0, 2.0]
items[0] += x * y
k = 5
k += 2 * 3
m = 5
m /= 2 * 1
print(s, items, k, type(k), m, type(m))
total = 0
for i in range(10):
    total += i * i - 3
print(total, sum(1.0 / ((i + j) * (i + j + 1) // 2 + i + 1) for i in range(4) for j in range(4)))
