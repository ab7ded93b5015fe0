"""Fraction, Rational numbers, with CPython's arithmetic, hashing, reprs and messages."""

import math as _math
import numbers as _numbers

__all__ = ["Fraction"]

# CPython's numeric hash parameters on 64-bit platforms (sys.hash_info.modulus and .inf).
_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159


def _is_rational(value):
    return isinstance(value, (int, Fraction))


def _underscored_digits(text, i):
    """End of a run of digits with single underscores between them (possibly empty) from i."""
    start = i
    while i < len(text) and text[i].isdecimal():
        i += 1
        if i + 1 < len(text) and text[i] == "_" and text[i + 1].isdecimal() and i > start:
            i += 1
    return i


def _parse(literal):
    """(numerator, denominator) of a Fraction literal: '3/4', '-1.5e3', ' .5 '; None when malformed."""
    text = literal.strip()
    i = 0
    negative = False
    if text[:1] in ("+", "-"):
        negative = text[0] == "-"
        i = 1
    if not (text[i:i + 1].isdecimal() or (text[i:i + 1] == "." and text[i + 1:i + 2].isdecimal())):
        return None
    end = _underscored_digits(text, i)
    numerator = int(text[i:end] or "0")
    denominator = 1
    i = end
    if text[i:i + 1] == "/":
        end = _underscored_digits(text, i + 1)
        if end == i + 1:
            return None
        denominator = int(text[i + 1:end])
        i = end
    else:
        if text[i:i + 1] == ".":
            end = _underscored_digits(text, i + 1)
            decimal = text[i + 1:end].replace("_", "")
            if decimal:
                scale = 10 ** len(decimal)
                numerator = numerator * scale + int(decimal)
                denominator *= scale
            i = end
        if text[i:i + 1] in ("e", "E"):
            j = i + 1
            if text[j:j + 1] in ("+", "-"):
                j += 1
            end = _underscored_digits(text, j)
            if end == j:
                return None
            exp = int(text[i + 1:end])
            if exp >= 0:
                numerator *= 10 ** exp
            else:
                denominator *= 10 ** -exp
            i = end
    if i != len(text):
        return None
    return (-numerator if negative else numerator), denominator


class Fraction:
    """This class implements rational numbers."""

    __slots__ = ("_numerator", "_denominator")

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        self = object.__new__(cls)
        if denominator is None:
            if type(numerator) is int:
                self._numerator = numerator
                self._denominator = 1
                return self
            if _is_rational(numerator):
                self._numerator = numerator.numerator
                self._denominator = numerator.denominator
                return self
            if isinstance(numerator, float) or hasattr(type(numerator), "as_integer_ratio") and not isinstance(numerator, str):
                self._numerator, self._denominator = numerator.as_integer_ratio()
                return self
            if isinstance(numerator, str):
                parsed = _parse(numerator)
                if parsed is None:
                    raise ValueError("Invalid literal for Fraction: %r" % numerator)
                numerator, denominator = parsed
            else:
                raise TypeError("argument should be a string or a Rational instance")
        elif type(numerator) is int is type(denominator):
            pass
        elif _is_rational(numerator) and _is_rational(denominator):
            numerator, denominator = (numerator.numerator * denominator.denominator,
                                      denominator.numerator * numerator.denominator)
        else:
            raise TypeError("both arguments should be Rational instances")
        if denominator == 0:
            raise ZeroDivisionError("Fraction(%s, 0)" % numerator)
        if _normalize:
            g = _math.gcd(numerator, denominator)
            if denominator < 0:
                g = -g
            numerator //= g
            denominator //= g
        self._numerator = numerator
        self._denominator = denominator
        return self

    @classmethod
    def from_float(cls, f):
        """Converts a finite float to a rational number, exactly."""
        if isinstance(f, int):
            return cls(f)
        if not isinstance(f, float):
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % (cls.__name__, f, type(f).__name__))
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Converts a finite Decimal instance to a rational number, exactly."""
        if isinstance(dec, int):
            return cls(dec)
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        """Return the integer ratio as a tuple."""
        return (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000):
        """Closest Fraction to self with denominator at most max_denominator."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if self._denominator <= max_denominator:
            return Fraction(self)
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True:
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator:
                break
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        k = (max_denominator - q0) // q1
        # The closer of the two candidates; on a tie the one with the smaller denominator.
        if 2 * d * (q0 + k * q1) <= self._denominator:
            return Fraction(p1, q1, _normalize=False)
        return Fraction(p0 + k * p1, q0 + k * q1, _normalize=False)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        """repr(self)"""
        return "%s(%s, %s)" % (self.__class__.__name__, self._numerator, self._denominator)

    def __str__(self):
        """str(self)"""
        if self._denominator == 1:
            return str(self._numerator)
        return "%s/%s" % (self._numerator, self._denominator)

    # Arithmetic: exact on int and Fraction, through float or complex for those operands.

    def _add(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b.numerator, b.denominator
        g = _math.gcd(da, db)
        if g == 1:
            return Fraction(na * db + da * nb, da * db, _normalize=False)
        s = da // g
        t = na * (db // g) + nb * s
        g2 = _math.gcd(t, g)
        if g2 == 1:
            return Fraction(t, s * db, _normalize=False)
        return Fraction(t // g2, s * (db // g2), _normalize=False)

    def _sub(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b.numerator, b.denominator
        g = _math.gcd(da, db)
        if g == 1:
            return Fraction(na * db - da * nb, da * db, _normalize=False)
        s = da // g
        t = na * (db // g) - nb * s
        g2 = _math.gcd(t, g)
        if g2 == 1:
            return Fraction(t, s * db, _normalize=False)
        return Fraction(t // g2, s * (db // g2), _normalize=False)

    def _mul(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b.numerator, b.denominator
        g1 = _math.gcd(na, db)
        if g1 > 1:
            na //= g1
            db //= g1
        g2 = _math.gcd(nb, da)
        if g2 > 1:
            nb //= g2
            da //= g2
        return Fraction(na * nb, db * da, _normalize=False)

    def _div(a, b):
        na, da = a._numerator, a._denominator
        nb, db = b.numerator, b.denominator
        g1 = _math.gcd(na, nb)
        if g1 > 1:
            na //= g1
            nb //= g1
        g2 = _math.gcd(db, da)
        if g2 > 1:
            da //= g2
            db //= g2
        n, d = na * db, nb * da
        if d < 0:
            n, d = -n, -d
        return Fraction(n, d, _normalize=False)

    def _floordiv(a, b):
        return (a.numerator * b.denominator) // (a.denominator * b.numerator)

    def _divmod(a, b):
        da, db = a.denominator, b.denominator
        div, n_mod = divmod(a.numerator * db, da * b.numerator)
        return div, Fraction(n_mod, da * db)

    def _mod(a, b):
        da, db = a.denominator, b.denominator
        return Fraction((a.numerator * db) % (b.numerator * da), da * db)

    def _forward(a, b, exact, inexact):
        if _is_rational(b):
            return exact(a, b)
        if isinstance(b, float):
            return inexact(float(a), b)
        if isinstance(b, complex):
            return inexact(complex(a), b)
        return NotImplemented

    def _reverse(b, a, exact, inexact):
        if _is_rational(a):
            return exact(Fraction(a), b)
        if isinstance(a, float):
            return inexact(a, float(b))
        if isinstance(a, complex):
            return inexact(a, complex(b))
        return NotImplemented

    def __add__(a, b):
        return a._forward(b, Fraction._add, lambda x, y: x + y)

    def __radd__(b, a):
        return b._reverse(a, Fraction._add, lambda x, y: x + y)

    def __sub__(a, b):
        return a._forward(b, Fraction._sub, lambda x, y: x - y)

    def __rsub__(b, a):
        return b._reverse(a, Fraction._sub, lambda x, y: x - y)

    def __mul__(a, b):
        return a._forward(b, Fraction._mul, lambda x, y: x * y)

    def __rmul__(b, a):
        return b._reverse(a, Fraction._mul, lambda x, y: x * y)

    def __truediv__(a, b):
        return a._forward(b, Fraction._div, lambda x, y: x / y)

    def __rtruediv__(b, a):
        return b._reverse(a, Fraction._div, lambda x, y: x / y)

    def __floordiv__(a, b):
        return a._forward(b, Fraction._floordiv, lambda x, y: x // y)

    def __rfloordiv__(b, a):
        return b._reverse(a, Fraction._floordiv, lambda x, y: x // y)

    def __divmod__(a, b):
        return a._forward(b, Fraction._divmod, divmod)

    def __rdivmod__(b, a):
        return b._reverse(a, Fraction._divmod, divmod)

    def __mod__(a, b):
        return a._forward(b, Fraction._mod, lambda x, y: x % y)

    def __rmod__(b, a):
        return b._reverse(a, Fraction._mod, lambda x, y: x % y)

    def __pow__(a, b):
        """a ** b: a Fraction for integral b, otherwise a float or complex."""
        if _is_rational(b):
            if b.denominator == 1:
                power = b.numerator
                if power >= 0:
                    return Fraction(a._numerator ** power, a._denominator ** power, _normalize=False)
                if a._numerator >= 0:
                    return Fraction(a._denominator ** -power, a._numerator ** -power, _normalize=False)
                return Fraction((-a._denominator) ** -power, (-a._numerator) ** -power, _normalize=False)
            return float(a) ** float(b)
        return float(a) ** b

    def __rpow__(b, a):
        """a ** b"""
        if b._denominator == 1 and b._numerator >= 0:
            return a ** b._numerator
        if _is_rational(a):
            return Fraction(a.numerator, a.denominator) ** b
        if b._denominator == 1:
            return a ** b._numerator
        return a ** float(b)

    def __pos__(a):
        return Fraction(a._numerator, a._denominator, _normalize=False)

    def __neg__(a):
        return Fraction(-a._numerator, a._denominator, _normalize=False)

    def __abs__(a):
        return Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __trunc__(a):
        if a._numerator < 0:
            return -(-a._numerator // a._denominator)
        return a._numerator // a._denominator

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        return -(-a._numerator // a._denominator)

    def __round__(self, ndigits=None):
        """round(self[, ndigits]): half to even."""
        if ndigits is None:
            floor, remainder = divmod(self._numerator, self._denominator)
            if remainder * 2 < self._denominator:
                return floor
            if remainder * 2 > self._denominator:
                return floor + 1
            return floor if floor % 2 == 0 else floor + 1
        shift = 10 ** abs(ndigits)
        if ndigits > 0:
            return Fraction(round(self * shift), shift)
        return Fraction(round(self / shift) * shift)

    def __float__(a):
        return a._numerator / a._denominator

    def __complex__(a):
        return complex(float(a))

    def __hash__(self):
        """hash(self): equal to the hash of an equal int or float."""
        try:
            dinv = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            hash_ = _HASH_INF
        else:
            hash_ = hash(hash(abs(self._numerator)) * dinv)
        result = hash_ if self._numerator >= 0 else -hash_
        return -2 if result == -1 else result

    def __eq__(a, b):
        """a == b"""
        if type(b) is int:
            return a._numerator == b and a._denominator == 1
        if _is_rational(b):
            return a._numerator == b.numerator and a._denominator == b.denominator
        if isinstance(b, complex) and b.imag == 0:
            b = b.real
        if isinstance(b, float):
            if _math.isnan(b) or _math.isinf(b):
                return 0.0 == b
            return a == a.from_float(b)
        return NotImplemented

    def _richcmp(self, other, op):
        if _is_rational(other):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if isinstance(other, float):
            if _math.isnan(other) or _math.isinf(other):
                return op(0.0, other)
            return op(self, self.from_float(other))
        return NotImplemented

    def __lt__(a, b):
        return a._richcmp(b, lambda x, y: x < y)

    def __gt__(a, b):
        return a._richcmp(b, lambda x, y: x > y)

    def __le__(a, b):
        return a._richcmp(b, lambda x, y: x <= y)

    def __ge__(a, b):
        return a._richcmp(b, lambda x, y: x >= y)

    def __bool__(a):
        return bool(a._numerator)

    @property
    def real(a):
        return +a

    @property
    def imag(a):
        return 0

    def conjugate(a):
        return +a

    def __reduce__(self):
        return (self.__class__, (self._numerator, self._denominator))

    def __copy__(self):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)

    def __deepcopy__(self, memo):
        if type(self) == Fraction:
            return self
        return self.__class__(self._numerator, self._denominator)


_numbers.Rational.register(Fraction)
