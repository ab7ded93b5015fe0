using System.Numerics;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>Arithmetic on Python floats with CPython's rules for signs, zero division and overflow.</summary>
internal static class FloatOps
{
    /// <summary>Float value of a float or int-like operand (ints convert; too large raises OverflowError).</summary>
    public static bool TryToDouble(object o, out double d)
    {
        switch (o)
        {
            case double x:
                d = x;
                return true;
            case long l:
                d = l;
                return true;
            case bool b:
                d = b ? 1 : 0;
                return true;
            case BigInteger bi:
                d = IntOps.ToDouble(bi);
                return true;
            case PyValueInstance { Value: double or long or BigInteger } v:
                return TryToDouble(v.Value, out d);
        }
        d = 0;
        return false;
    }

    public static object Binary(object a, object b, BinaryOp op)
    {
        if (!TryToDouble(a, out var x) || !TryToDouble(b, out var y))
        {
            return Py.NotImplemented;
        }
        return op switch
        {
            BinaryOp.Add => x + y,
            BinaryOp.Sub => x - y,
            BinaryOp.Mul => x * y,
            BinaryOp.TrueDiv => TrueDiv(x, y),
            BinaryOp.FloorDiv => FloorDiv(x, y),
            BinaryOp.Mod => Mod(x, y),
            BinaryOp.Pow => Pow(x, y),
            _ => Py.NotImplemented,
        };
    }

    public static double TrueDiv(double x, double y) => y == 0 ? throw Ops.ZeroDivisionError("float division by zero") : x / y;

    public static double FloorDiv(double x, double y)
    {
        if (y == 0)
        {
            throw Ops.ZeroDivisionError("float floor division by zero");
        }
        return DivMod(x, y, out _);
    }

    public static double Mod(double x, double y)
    {
        if (y == 0)
        {
            throw Ops.ZeroDivisionError("float modulo");
        }
        var m = x % y;
        if (m != 0)
        {
            if ((y < 0) != (m < 0))
            {
                m += y;
            }
        }
        else
        {
            m = Math.CopySign(0, y);
        }
        return m;
    }

    /// <summary>CPython's float_divmod: floor quotient and a remainder with the divisor's sign.</summary>
    public static double DivMod(double x, double y, out double mod)
    {
        mod = x % y;
        var div = (x - mod) / y;
        if (mod != 0)
        {
            if ((y < 0) != (mod < 0))
            {
                mod += y;
                div -= 1;
            }
        }
        else
        {
            mod = Math.CopySign(0, y);
        }
        double floordiv;
        if (div != 0)
        {
            floordiv = Math.Floor(div);
            if (div - floordiv > 0.5)
            {
                floordiv += 1;
            }
        }
        else
        {
            floordiv = Math.CopySign(0, x / y);
        }
        return floordiv;
    }

    public static object Pow(double x, double y) => TryPowReal(x, y, out var r) ? r : (object)Complex.Pow(new Complex(x, 0), y);

    /// <summary>x ** y when the result is a float (false when it is complex); raises as CPython's float_pow.</summary>
    public static bool TryPowReal(double x, double y, out double r)
    {
        if (!double.IsFinite(x) || !double.IsFinite(y))
        {
            // C's pow gives CPython's answers for nan and infinities (never complex, never an error).
            r = Math.Pow(x, y);
            return true;
        }
        if (x == 0 && y < 0)
        {
            throw Ops.ZeroDivisionError("0.0 cannot be raised to a negative power");
        }
        if (x < 0 && y != Math.Floor(y))
        {
            r = 0;
            return false;
        }
        r = Math.Pow(x, y);
        if (double.IsInfinity(r))
        {
            throw Ops.Error(PyExc.OverflowError, "(34, 'Numerical result out of range')");
        }
        return true;
    }

    /// <summary>CPython's hash of a float: equal to the int hash for integral values.</summary>
    public static long Hash(double v)
    {
        if (double.IsNaN(v))
        {
            return 0;
        }
        if (double.IsInfinity(v))
        {
            return v > 0 ? 314159 : -314159;
        }
        if (v == Math.Floor(v) && Math.Abs(v) < 9.2e18)
        {
            return IntOps.Hash((long)v);
        }
        const ulong P = (1UL << 61) - 1;
        var m = Frexp(v, out var e);
        var sign = 1L;
        if (m < 0)
        {
            sign = -1;
            m = -m;
        }
        ulong x = 0;
        while (m != 0)
        {
            x = ((x << 28) & P) | (x >> (61 - 28));
            m *= 268435456.0;
            e -= 28;
            var y = (ulong)m;
            m -= y;
            x += y;
            if (x >= P)
            {
                x -= P;
            }
        }
        e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
        x = ((x << e) & P) | (x >> (61 - e));
        var h = (long)x * sign;
        return h == -1 ? -2 : h;
    }

    private static double Frexp(double v, out int e)
    {
        if (v == 0)
        {
            e = 0;
            return v;
        }
        e = Math.ILogB(v) + 1;
        return Math.ScaleB(v, -e);
    }

    /// <summary>float.__round__ with ndigits: correctly rounded (half to even on the exact binary value).</summary>
    public static double Round(double x, long ndigits)
    {
        if (double.IsNaN(x) || double.IsInfinity(x) || x == 0)
        {
            return x;
        }
        if (ndigits > 323)
        {
            return x;
        }
        if (ndigits < -308)
        {
            return Math.CopySign(0, x);
        }
        if (ndigits >= 0)
        {
            var s = x.ToString("F" + ndigits, System.Globalization.CultureInfo.InvariantCulture);
            var r = double.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
            return r == 0 ? Math.CopySign(0, x) : r;
        }
        var exact = ExactRational(x, out var denominatorShift);
        var n = BigInteger.Pow(10, (int)-ndigits);
        var denom = (BigInteger.One << denominatorShift) * n;
        var q = BigInteger.DivRem(exact, denom, out var rem);
        var twice = BigInteger.Abs(rem) * 2;
        if (twice > denom || (twice == denom && !q.IsEven))
        {
            q += exact.Sign;
        }
        var result = ScaledToDouble(q * n, 0);
        if (double.IsInfinity(result))
        {
            throw Ops.OverflowError("rounded value too large to represent");
        }
        return result == 0 ? Math.CopySign(0, x) : result;
    }

    /// <summary>m * 2**exp rounded once, half to even (BigInteger's own conversion truncates), subnormals
    /// included; infinity when too large.</summary>
    public static double ScaledToDouble(BigInteger m, long exp)
    {
        if (m.IsZero)
        {
            return 0.0;
        }
        var a = BigInteger.Abs(m);
        var bits = (long)a.GetBitLength();
        if (bits + exp > 1025)
        {
            return m.Sign < 0 ? double.NegativeInfinity : double.PositiveInfinity;
        }
        var lsb = Math.Max(bits + exp - 53, -1074);
        var drop = lsb - exp;
        BigInteger q;
        if (drop <= 0)
        {
            q = a << (int)-drop;
        }
        else if (drop > bits + 1)
        {
            q = BigInteger.Zero;
        }
        else
        {
            q = a >> (int)drop;
            var rem = a - (q << (int)drop);
            var half = BigInteger.One << (int)(drop - 1);
            if (rem > half || (rem == half && !q.IsEven))
            {
                q += 1;
            }
        }
        var d = Math.ScaleB((double)(long)q, (int)lsb);
        return m.Sign < 0 ? -d : d;
    }

    /// <summary>x as numerator / 2**shift exactly.</summary>
    private static BigInteger ExactRational(double x, out int shift)
    {
        var bits = BitConverter.DoubleToInt64Bits(x);
        var exp = (int)((bits >> 52) & 0x7FF);
        var mant = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0)
        {
            exp = 1;
        }
        else
        {
            mant |= 1L << 52;
        }
        exp -= 1075;
        BigInteger num = mant;
        if (bits < 0)
        {
            num = -num;
        }
        if (exp >= 0)
        {
            shift = 0;
            return num << exp;
        }
        shift = -exp;
        return num;
    }

    /// <summary>x.as_integer_ratio() in lowest terms.</summary>
    public static (BigInteger Numerator, BigInteger Denominator) AsIntegerRatio(double x)
    {
        if (double.IsInfinity(x))
        {
            throw Ops.OverflowError("cannot convert Infinity to integer ratio");
        }
        if (double.IsNaN(x))
        {
            throw Ops.ValueError("cannot convert NaN to integer ratio");
        }
        var num = ExactRational(x, out var shift);
        var den = BigInteger.One << shift;
        var g = BigInteger.GreatestCommonDivisor(num, den);
        return g.IsZero ? (num, den) : (num / g, den / g);
    }

    /// <summary>int(x) for a float: truncation toward zero, exact for large values.</summary>
    public static object ToInt(double x)
    {
        if (double.IsNaN(x))
        {
            throw Ops.ValueError("cannot convert float NaN to integer");
        }
        if (double.IsInfinity(x))
        {
            throw Ops.OverflowError("cannot convert float infinity to integer");
        }
        var t = Math.Truncate(x);
        if (Math.Abs(t) < 9.2e18)
        {
            return Py.Int((long)t);
        }
        return Py.Int(new BigInteger(t));
    }

    /// <summary>Exact comparison of an int with a float (as CPython: no rounding of the int).</summary>
    public static int CompareIntFloat(object intValue, double d)
    {
        if (double.IsPositiveInfinity(d))
        {
            return -1;
        }
        if (double.IsNegativeInfinity(d))
        {
            return 1;
        }
        if (intValue is long l && Math.Abs(l) < (1L << 53))
        {
            return ((double)l).CompareTo(d);
        }
        var floor = Math.Floor(d);
        var c = IntOps.ToBig(intValue).CompareTo(new BigInteger(floor));
        if (c != 0)
        {
            return c;
        }
        return floor == d ? 0 : -1;
    }
}
