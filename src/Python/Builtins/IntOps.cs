using System.Numerics;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>
/// Arithmetic on Python ints: long fast paths that overflow into BigInteger, results normalised
/// back to long. Operands may be long, BigInteger, bool or an int subclass instance; anything
/// else yields NotImplemented.
/// </summary>
internal static class IntOps
{
    private const long HashModulus = (1L << 61) - 1;

    /// <summary>Extracts the integer value (long or BigInteger) of an int-like operand.</summary>
    public static bool TryUnwrap(object o, out object value)
    {
        switch (o)
        {
            case long:
            case BigInteger:
                value = o;
                return true;
            case bool b:
                value = b ? 1L : 0L;
                return true;
            case PyValueInstance { Value: long or BigInteger } v:
                value = v.Value;
                return true;
        }
        value = null!;
        return false;
    }

    public static bool IsInt(object o) => o is long or BigInteger or bool or PyValueInstance { Value: long or BigInteger };

    public static BigInteger ToBig(object v) => v is long l ? l : (BigInteger)v;

    public static object Add(object a, object b)
    {
        if (!TryUnwrap(a, out var x) || !TryUnwrap(b, out var y))
        {
            return Py.NotImplemented;
        }
        if (x is long lx && y is long ly)
        {
            return Add(lx, ly);
        }
        return Py.Int(ToBig(x) + ToBig(y));
    }

    /// <summary>x + y when it fits in a long (false on overflow).</summary>
    /// <summary>x + y of two longs, a BigInteger when it leaves 64 bits.</summary>
    public static object Add(long x, long y) => TryAdd(x, y, out var r) ? Py.Int(r) : (BigInteger)x + y;

    public static bool TryAdd(long x, long y, out long r)
    {
        r = x + y;
        return ((x ^ r) & (y ^ r)) >= 0;
    }

    public static object Sub(object a, object b)
    {
        if (!TryUnwrap(a, out var x) || !TryUnwrap(b, out var y))
        {
            return Py.NotImplemented;
        }
        if (x is long lx && y is long ly)
        {
            return Sub(lx, ly);
        }
        return Py.Int(ToBig(x) - ToBig(y));
    }

    /// <summary>x - y of two longs, a BigInteger when it leaves 64 bits.</summary>
    public static object Sub(long x, long y) => TrySub(x, y, out var r) ? Py.Int(r) : (BigInteger)x - y;

    public static bool TrySub(long x, long y, out long r)
    {
        r = x - y;
        return ((x ^ y) & (x ^ r)) >= 0;
    }

    public static object Mul(object a, object b)
    {
        if (!TryUnwrap(a, out var x) || !TryUnwrap(b, out var y))
        {
            return Py.NotImplemented;
        }
        if (x is long lx && y is long ly)
        {
            return Mul(lx, ly);
        }
        return Py.Int(ToBig(x) * ToBig(y));
    }

    /// <summary>x * y of two longs, a BigInteger when it leaves 64 bits.</summary>
    public static object Mul(long x, long y) => TryMul(x, y, out var r) ? Py.Int(r) : (BigInteger)x * y;

    public static bool TryMul(long x, long y, out long r)
    {
        var hi = Math.BigMul(x, y, out r);
        return (hi == 0 && r >= 0) || (hi == -1 && r < 0);
    }

    public static object FloorDiv(object a, object b)
    {
        if (!TryUnwrap(a, out var x) || !TryUnwrap(b, out var y))
        {
            return Py.NotImplemented;
        }
        if (x is long lx && y is long ly)
        {
            return FloorDiv(lx, ly);
        }
        return Py.Int(BigDivMod(ToBig(x), ToBig(y), out _));
    }

    /// <summary>x // y rounded toward minus infinity; false only for long.MinValue // -1.</summary>
    /// <summary>x // y of two longs, a BigInteger when it leaves 64 bits.</summary>
    public static object FloorDiv(long x, long y) => TryFloorDiv(x, y, out var q) ? Py.Int(q) : -(BigInteger)x;

    public static bool TryFloorDiv(long x, long y, out long q)
    {
        if (y == 0)
        {
            throw Ops.ZeroDivisionError("integer division or modulo by zero");
        }
        if (y == -1)
        {
            q = -x;
            return x != long.MinValue;
        }
        q = x / y;
        if ((x % y != 0) && ((x ^ y) < 0))
        {
            q--;
        }
        return true;
    }

    public static object Mod(object a, object b)
    {
        if (!TryUnwrap(a, out var x) || !TryUnwrap(b, out var y))
        {
            return Py.NotImplemented;
        }
        if (x is long lx && y is long ly)
        {
            return Py.Int(Mod(lx, ly));
        }
        if (ToBig(y).IsZero)
        {
            throw Ops.ZeroDivisionError("integer modulo by zero");
        }
        BigDivMod(ToBig(x), ToBig(y), out var rem);
        return Py.Int(rem);
    }

    /// <summary>x % y with the divisor's sign.</summary>
    public static long Mod(long x, long y)
    {
        if (y == 0)
        {
            throw Ops.ZeroDivisionError("integer modulo by zero");
        }
        if (y == -1)
        {
            return 0;
        }
        var r = x % y;
        if (r != 0 && ((r ^ y) < 0))
        {
            r += y;
        }
        return r;
    }

    public static object DivMod(object a, object b)
    {
        if (TryUnwrap(b, out var divisor) && divisor is long and 0)
        {
            throw Ops.ZeroDivisionError("integer division or modulo by zero");
        }
        var q = FloorDiv(a, b);
        if (q is PyNotImplemented)
        {
            return q;
        }
        return new PyTuple(new[] { q, Mod(a, b) });
    }

    /// <summary>Floor division with a remainder that has the divisor's sign.</summary>
    public static BigInteger BigDivMod(BigInteger x, BigInteger y, out BigInteger rem)
    {
        if (y.IsZero)
        {
            throw Ops.ZeroDivisionError("integer division or modulo by zero");
        }
        var q = BigInteger.DivRem(x, y, out rem);
        if (!rem.IsZero && (rem.Sign != y.Sign))
        {
            q -= 1;
            rem += y;
        }
        return q;
    }

    public static object TrueDiv(object a, object b)
    {
        if (!TryUnwrap(a, out var x) || !TryUnwrap(b, out var y))
        {
            return Py.NotImplemented;
        }
        if (x is long lx && y is long ly && TryTrueDiv(lx, ly, out var q))
        {
            return q;
        }
        var bx = ToBig(x);
        var by = ToBig(y);
        if (by.IsZero)
        {
            throw Ops.ZeroDivisionError("division by zero");
        }
        return BigTrueDiv(bx, by);
    }

    /// <summary>Whether (double)v is exact, so CPython's int-to-float conversion gives the same value.</summary>
    public static bool ConvertsExactly(long v) => v >= -(1L << 53) && v <= 1L << 53;

    /// <summary>x / y when both convert to float exactly (the quotient is then correctly rounded).</summary>
    public static bool TryTrueDiv(long x, long y, out double q)
    {
        if (ConvertsExactly(x) && ConvertsExactly(y))
        {
            q = y == 0 ? throw Ops.ZeroDivisionError("division by zero") : (double)x / y;
            return true;
        }
        q = 0;
        return false;
    }

    // Correctly rounded quotient: scale so the integer quotient has 55+ significant bits, then round once.
    private static double BigTrueDiv(BigInteger x, BigInteger y)
    {
        var negative = (x.Sign < 0) != (y.Sign < 0);
        x = BigInteger.Abs(x);
        y = BigInteger.Abs(y);
        var shift = (long)y.GetBitLength() - (long)x.GetBitLength() + 55;
        var n = shift > 0 ? x << (int)shift : x;
        var d = shift < 0 ? y << (int)-shift : y;
        var q = BigInteger.DivRem(n, d, out var r);
        if (!r.IsZero)
        {
            q |= 1; // sticky bit so the conversion rounds correctly
        }
        // q has at most 56 bits: the ulong conversion rounds half to even, BigInteger's does not.
        var result = Math.ScaleB((double)(ulong)q, (int)-shift);
        if (double.IsInfinity(result))
        {
            throw Ops.OverflowError("integer division result too large for a float");
        }
        return negative ? -result : result;
    }

    public static object Pow(object a, object b)
    {
        if (!TryUnwrap(a, out var x) || !TryUnwrap(b, out var y))
        {
            return Py.NotImplemented;
        }
        var by = ToBig(y);
        if (by.Sign < 0)
        {
            var fx = ToDouble(x);
            if (fx == 0)
            {
                throw Ops.ZeroDivisionError("0.0 cannot be raised to a negative power");
            }
            return FloatOps.Pow(fx, (double)by);
        }
        if (x is long lx && y is long ly)
        {
            var result = 1L;
            var bas = lx;
            var e = ly;
            var overflow = false;
            while (e > 0)
            {
                if ((e & 1) != 0 && !TryMul(result, bas, out result))
                {
                    overflow = true;
                    break;
                }
                e >>= 1;
                if (e > 0 && !TryMul(bas, bas, out bas))
                {
                    overflow = true;
                    break;
                }
            }
            if (!overflow)
            {
                return Py.Int(result);
            }
        }
        if (by > int.MaxValue)
        {
            var bx = ToBig(x);
            if (bx.IsZero || bx.IsOne)
            {
                return Py.Int(bx);
            }
            if (bx == BigInteger.MinusOne)
            {
                return Py.Int(by.IsEven ? 1 : -1);
            }
            throw Error(PyExc.MemoryError);
        }
        return Py.Int(BigInteger.Pow(ToBig(x), (int)by));
    }

    private static PythonException Error(PyType t) => new PyBaseException(t, Py.EmptyTuple).ToClr();

    /// <summary>pow(a, b, m) for ints, with modular inverses for negative exponents.</summary>
    public static object PowMod(object a, object b, object m)
    {
        if (!TryUnwrap(a, out var x) || !TryUnwrap(b, out var y) || !TryUnwrap(m, out var z))
        {
            return Py.NotImplemented;
        }
        var mod = ToBig(z);
        if (mod.IsZero)
        {
            throw Ops.ValueError("pow() 3rd argument cannot be 0");
        }
        var bx = ToBig(x);
        var e = ToBig(y);
        var absMod = BigInteger.Abs(mod);
        if (e.Sign < 0)
        {
            bx = ModInverse(bx, absMod) ?? throw Ops.ValueError("base is not invertible for the given modulus");
            e = -e;
        }
        var r = BigInteger.ModPow(((bx % absMod) + absMod) % absMod, e, absMod);
        if (mod.Sign < 0 && !r.IsZero)
        {
            r += mod;
        }
        return Py.Int(r);
    }

    private static BigInteger? ModInverse(BigInteger a, BigInteger m)
    {
        BigInteger g = m, x = 0, x1 = 1, a1 = ((a % m) + m) % m;
        while (!a1.IsZero)
        {
            var q = g / a1;
            (g, a1) = (a1, g - (q * a1));
            (x, x1) = (x1, x - (q * x1));
        }
        if (!g.IsOne)
        {
            return null;
        }
        return ((x % m) + m) % m;
    }

    public static object LShift(object a, object b)
    {
        if (!TryUnwrap(a, out var x) || !TryUnwrap(b, out var y))
        {
            return Py.NotImplemented;
        }
        var n = ToBig(y);
        if (n.Sign < 0)
        {
            throw Ops.ValueError("negative shift count");
        }
        if (x is long lx)
        {
            if (lx == 0)
            {
                return Py.Int(0);
            }
            if (n < 62)
            {
                var s = (int)n;
                var r = lx << s;
                if (r >> s == lx)
                {
                    return Py.Int(r);
                }
            }
        }
        if (n > int.MaxValue)
        {
            throw Ops.OverflowError("too many digits in integer");
        }
        return Py.Int(ToBig(x) << (int)n);
    }

    public static object RShift(object a, object b)
    {
        if (!TryUnwrap(a, out var x) || !TryUnwrap(b, out var y))
        {
            return Py.NotImplemented;
        }
        var n = ToBig(y);
        if (n.Sign < 0)
        {
            throw Ops.ValueError("negative shift count");
        }
        if (x is long lx)
        {
            return Py.Int(n >= 64 ? (lx < 0 ? -1 : 0) : lx >> (int)n);
        }
        var bx = (BigInteger)x;
        if (n > int.MaxValue)
        {
            return Py.Int(bx.Sign < 0 ? -1 : 0);
        }
        return Py.Int(bx >> (int)n);
    }

    public static object And(object a, object b) => Bitwise(a, b, 0);

    public static object Or(object a, object b) => Bitwise(a, b, 1);

    public static object Xor(object a, object b) => Bitwise(a, b, 2);

    private static object Bitwise(object a, object b, int op)
    {
        if (!TryUnwrap(a, out var x) || !TryUnwrap(b, out var y))
        {
            return Py.NotImplemented;
        }
        if (x is long lx && y is long ly)
        {
            return Py.Int(op == 0 ? lx & ly : op == 1 ? lx | ly : lx ^ ly);
        }
        var bx = ToBig(x);
        var by = ToBig(y);
        return Py.Int(op == 0 ? bx & by : op == 1 ? bx | by : bx ^ by);
    }

    public static object Negate(object v) => v is long l ? (l == long.MinValue ? -(BigInteger)l : Py.Int(-l)) : Py.Int(-(BigInteger)v);

    public static object Abs(object v) => v is long l ? (l < 0 ? Negate(l) : Py.Int(l)) : Py.Int(BigInteger.Abs((BigInteger)v));

    public static object Invert(object v) => v is long l ? Py.Int(~l) : Py.Int(-(BigInteger)v - 1);

    public static int Compare(object x, object y) =>
        x is long lx && y is long ly ? lx.CompareTo(ly) : ToBig(x).CompareTo(ToBig(y));

    public static long Hash(object v)
    {
        long h;
        if (v is long l)
        {
            if (l > -HashModulus && l < HashModulus)
            {
                h = l;
            }
            else
            {
                h = l % HashModulus;
            }
        }
        else
        {
            var b = (BigInteger)v;
            h = (long)(BigInteger.Abs(b) % HashModulus) * b.Sign;
        }
        return h == -1 ? -2 : h;
    }

    /// <summary>Converts to float, raising OverflowError like CPython when out of range.</summary>
    public static double ToDouble(object v)
    {
        if (v is long l)
        {
            return l;
        }
        var d = FloatOps.ScaledToDouble((BigInteger)v, 0);
        if (double.IsInfinity(d))
        {
            throw Ops.OverflowError("int too large to convert to float");
        }
        return d;
    }

    public static long BitLength(object v) => v is long l ? (l == long.MinValue ? 64 : 64 - BitOperations.LeadingZeroCount((ulong)Math.Abs(l))) : (long)BigInteger.Abs((BigInteger)v).GetBitLength();

    public static long BitCount(object v)
    {
        if (v is long l)
        {
            return l == long.MinValue ? 1 : BitOperations.PopCount((ulong)Math.Abs(l));
        }
        var bytes = BigInteger.Abs((BigInteger)v).ToByteArray();
        long n = 0;
        foreach (var by in bytes)
        {
            n += BitOperations.PopCount(by);
        }
        return n;
    }
}
