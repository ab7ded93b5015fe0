# fractions: construction from ints, floats and strings, exact arithmetic, hashing, rounding, limit_denominator, errors.
from fractions import Fraction as F
import math
print(F(3, 4), repr(F(3, 4)), F(6, -8), F("3/4"), F(" -1.5e3 "), F("1_000.000_1"), F(".5"), F("1."), F(0.1), F(2.5), F(F(1, 3)), F(F(1, 2), F(1, 3)), F(-7))
print(F(1, 3) + F(1, 6), F(1, 3) - 1, 2 * F(3, 4), F(3, 4) / F(9, 8), F(7, 2) // 2, F(7, 2) % F(2, 3), divmod(F(7, 2), F(2, 3)), F(2, 3) ** 3, F(2, 3) ** -2, F(-2, 3) ** -3, 4 ** F(1, 2), F(4) ** F(1, 2), 2 ** F(3))
print(F(1, 3) + 0.5, 0.5 + F(1, 3), F(1, 2) + 1j, F(1, 3) < 0.34, F(1, 2) == 0.5, F(1, 2) == 1, F(2, 2) == 1, F(1, 3) > F(1, 4), sorted([F(1, 2), F(1, 3), 0.4]), F(1, 2) == float("nan"))
print(hash(F(1, 2)) == hash(0.5), hash(F(3)) == hash(3), hash(F(1, 3)), hash(F(-1, 3)), hash(F(10**30, 7)))
print(math.floor(F(-7, 2)), math.ceil(F(-7, 2)), int(F(-7, 2)), round(F(5, 2)), round(F(7, 2)), round(F(1, 3), 2), round(F(12345, 1), -2), float(F(1, 3)), math.trunc(F(-7, 2)), bool(F(0)), abs(F(-1, 2)), -F(1, 2), +F(1, 2))
print(F(3.141592653589793).limit_denominator(1000), F(3.141592653589793).limit_denominator(100), F(1, 3).limit_denominator(2), F(0.1).limit_denominator(), F(5, 3).as_integer_ratio(), F(5, 3).numerator, F.from_float(0.25), F.from_float(3))
for bad in [lambda: F(1, 0), lambda: F("abc"), lambda: F("1/0"), lambda: F([1]), lambda: F(1.5, 2), lambda: F(1, 2) / 0, lambda: F(0) ** -1, lambda: F(float("nan")), lambda: F(float("inf")), lambda: F.from_float("x"), lambda: F(1, 3).limit_denominator(0), lambda: F("1e"), lambda: F("1__0"), lambda: F("/2")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__ + ":", e)
