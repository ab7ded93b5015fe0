import numbers
from fractions import Fraction
for v in (1, True, 2.5, 1j, Fraction(1, 3), 'x', None):
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Real), issubclass(float, numbers.Rational), issubclass(Fraction, numbers.Real))
class MyInt(numbers.Integral):
    pass
try:
    MyInt()
except TypeError as e:
    print('abstract', 'MyInt' in str(e))
print(numbers.Integral.__mro__)
print(numbers.Number.__hash__)
