using System.Numerics;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>The <c>math</c> module over System.Math, with CPython's domain errors.</summary>
internal static class MathModule
{
    public static void Fill(PythonEngine engine, PyModule module)
    {
        var d = module.Dict!;
        d["pi"] = Math.PI;
        d["e"] = Math.E;
        d["tau"] = Math.Tau;
        d["inf"] = double.PositiveInfinity;
        d["nan"] = Math.CopySign(double.NaN, 1);
        Unary(d, "sqrt", x => x < 0 ? throw Domain() : Math.Sqrt(x));
        Unary(d, "exp", x => Checked(Math.Exp(x), x));
        Unary(d, "sin", x => double.IsInfinity(x) ? throw Domain() : Math.Sin(x));
        Unary(d, "cos", x => double.IsInfinity(x) ? throw Domain() : Math.Cos(x));
        Unary(d, "tan", x => double.IsInfinity(x) ? throw Domain() : Math.Tan(x));
        Unary(d, "asin", x => x is < -1 or > 1 ? throw Domain() : Math.Asin(x));
        Unary(d, "acos", x => x is < -1 or > 1 ? throw Domain() : Math.Acos(x));
        Unary(d, "atan", Math.Atan);
        Unary(d, "sinh", x => Checked(Math.Sinh(x), x));
        Unary(d, "cosh", x => Checked(Math.Cosh(x), x));
        Unary(d, "exp2", x => Checked(Math.Pow(2, x), x));
        Unary(d, "gamma", Gamma);
        Unary(d, "lgamma", LogGamma);
        Unary(d, "tanh", Math.Tanh);
        Unary(d, "fabs", Math.Abs);
        d["log10"] = new PyBuiltinFunction("log10", null, x => LogOf(x, Math.Log10));
        d["log2"] = new PyBuiltinFunction("log2", null, x => LogOf(x, Math.Log2));
        Unary(d, "degrees", x => x * (180.0 / Math.PI));
        Unary(d, "radians", x => x * (Math.PI / 180.0));
        Unary(d, "erf", x => x == 0 ? x : Erf(x));
        Unary(d, "log1p", x => x <= -1 ? throw Domain() : Math.Abs(x) < 1e-5 ? x - x * x / 2 + x * x * x / 3 : Math.Log(1 + x));
        Unary(d, "expm1", x => x == 0 ? x : Math.Abs(x) < 1e-5 ? x + x * x / 2 + x * x * x / 6 : Checked(Math.Exp(x), x) - 1);
        Unary(d, "ulp", x => double.IsNaN(x) || double.IsInfinity(x) ? Math.Abs(x) : Math.BitIncrement(Math.Abs(x)) - Math.Abs(x));
        Unary(d, "asinh", Math.Asinh);
        Unary(d, "acosh", x => x < 1 ? throw Domain() : Math.Acosh(x));
        Unary(d, "atanh", x => x is <= -1 or >= 1 ? throw Domain() : Math.Atanh(x));
        Unary(d, "cbrt", Math.Cbrt);
        d["nextafter"] = new PyBuiltinFunction("nextafter", null, (object x, object y) =>
        {
            var a = Ops.RealToFloat(x);
            var b = Ops.RealToFloat(y);
            return a == b ? b : a < b ? Math.BitIncrement(a) : Math.BitDecrement(a);
        });
        d["remainder"] = new PyBuiltinFunction("remainder", null, (object x, object y) => Ops.RealToFloat(y) == 0 ? throw Domain() : Math.IEEERemainder(Ops.RealToFloat(x), Ops.RealToFloat(y)));
        Unary(d, "erfc", x => 1 - Erf(x));
        d["atan2"] = new PyBuiltinFunction("atan2", null, (object y, object x) => Math.Atan2(Ops.RealToFloat(y), Ops.RealToFloat(x)));
        d["hypot"] = new PyBuiltinFunction("hypot", null, 0, -1, a => Hypot(a.Select(Ops.RealToFloat).ToArray()));
        d["copysign"] = new PyBuiltinFunction("copysign", null, (object x, object y) => Math.CopySign(Ops.RealToFloat(x), Ops.RealToFloat(y)));
        d["fmod"] = new PyBuiltinFunction("fmod", null, (object x, object y) =>
        {
            var a = Ops.RealToFloat(x);
            var b = Ops.RealToFloat(y);
            return (b == 0 || double.IsInfinity(a)) && !double.IsNaN(a) && !double.IsNaN(b) ? throw Domain() : a % b;
        });
        d["pow"] = new PyBuiltinFunction("pow", null, (object x, object y) => Power(Ops.RealToFloat(x), Ops.RealToFloat(y)));
        d["isnan"] = new PyBuiltinFunction("isnan", null, x => Py.Bool(double.IsNaN(Ops.RealToFloat(x))));
        d["isinf"] = new PyBuiltinFunction("isinf", null, x => Py.Bool(double.IsInfinity(Ops.RealToFloat(x))));
        d["isfinite"] = new PyBuiltinFunction("isfinite", null, x => Py.Bool(double.IsFinite(Ops.RealToFloat(x))));
        d["log"] = new PyBuiltinFunction("log", null, 1, 2, a => Log(a));
        d["floor"] = new PyBuiltinFunction("floor", null, x => Rounded(x, "__floor__", Math.Floor));
        d["ceil"] = new PyBuiltinFunction("ceil", null, x => Rounded(x, "__ceil__", Math.Ceiling));
        d["trunc"] = new PyBuiltinFunction("trunc", null, x => Rounded(x, "__trunc__", Math.Truncate));
        d["modf"] = new PyBuiltinFunction("modf", null, x =>
        {
            var v = Ops.RealToFloat(x);
            var whole = Math.Truncate(v);
            return new PyTuple([double.IsInfinity(v) ? Math.CopySign(0.0, v) : Math.CopySign(v - whole, v), whole]);
        });
        d["frexp"] = new PyBuiltinFunction("frexp", null, x => Frexp(Ops.RealToFloat(x)));
        d["ldexp"] = new PyBuiltinFunction("ldexp", null, (object x, object i) =>
        {
            var v = Ops.RealToFloat(x);
            var e = Big(i);
            var r = Math.ScaleB(v, (int)BigInteger.Clamp(e, -2000, 2000));
            return double.IsInfinity(r) && double.IsFinite(v) ? throw Ops.OverflowError("math range error") : r;
        });
        d["factorial"] = new PyBuiltinFunction("factorial", null, Factorial);
        d["gcd"] = new PyBuiltinFunction("gcd", null, 0, -1, a => a.Aggregate((object)Py.Int(0), (acc, v) => Py.Int(BigInteger.GreatestCommonDivisor(Big(acc), Big(v)))));
        d["lcm"] = new PyBuiltinFunction("lcm", null, 0, -1, a => a.Aggregate((object)Py.Int(1), (acc, v) =>
        {
            var x = Big(acc);
            var y = Big(v);
            return x.IsZero || y.IsZero ? Py.Int(0) : Py.Int(BigInteger.Abs(x / BigInteger.GreatestCommonDivisor(x, y) * y));
        }));
        d["isqrt"] = new PyBuiltinFunction("isqrt", null, n => Py.Int(Isqrt(Big(n))));
        d["comb"] = new PyBuiltinFunction("comb", null, (object n, object k) => Py.Int(Comb(Big(n), Big(k))));
        d["perm"] = new PyBuiltinFunction("perm", null, 1, 2, a => Py.Int(Perm(Big(a[0]), a.Length > 1 && a[1] != Py.None ? Big(a[1]) : Big(a[0]))));
        d["fsum"] = new PyBuiltinFunction("fsum", null, it => Fsum(Ops.ToArray(it).Select(Ops.RealToFloat)));
        d["prod"] = new PyBuiltinFunction("prod", null, ["iterable", "*start"], 1, a => Ops.ToArray(a[0]!).Aggregate(a[1] ?? Py.Int(1), Ops.Multiply));
        d["dist"] = new PyBuiltinFunction("dist", null, (object p, object q) =>
        {
            var a = Ops.ToArray(p);
            var b = Ops.ToArray(q);
            return a.Length != b.Length
                ? throw Ops.ValueError("both points must have the same number of dimensions")
                : Hypot(a.Zip(b, (x, y) => Ops.RealToFloat(x) - Ops.RealToFloat(y)).ToArray());
        });
        d["isclose"] = new PyBuiltinFunction("isclose", null, ["a", "b", "*rel_tol", "*abs_tol"], 2, a => Py.Bool(IsClose(Ops.RealToFloat(a[0]!), Ops.RealToFloat(a[1]!), a[2] is null ? 1e-9 : Ops.RealToFloat(a[2]!), a[3] is null ? 0 : Ops.RealToFloat(a[3]!))));
    }

    private static void Unary(PyDict d, string name, Func<double, double> f) =>
        d[name] = new PyBuiltinFunction(name, null, x => f(Ops.RealToFloat(x)));

    private static PythonException Domain() => Ops.ValueError("math domain error");

    private static double Checked(double result, double x) =>
        double.IsInfinity(result) && double.IsFinite(x) ? throw Ops.OverflowError("math range error") : result;

    private static BigInteger Big(object o) => Ops.Index(o) switch
    {
        long l => l,
        BigInteger b => b,
        var other => (long)Ops.IndexAsLong(other),
    };

    private static object Log(object[] a)
    {
        var r = LogOf(a[0], Math.Log);
        if (a.Length > 1)
        {
            var b = LogOf(a[1], Math.Log);
            return b == 0 ? throw Ops.ZeroDivisionError("float division by zero") : r / b;
        }

        return r;
    }

    private static double Positive(double x) => x <= 0 ? throw Domain() : x;

    // A logarithm of a float or of an int of any size: an int past a float's range is taken as
    // m * 2**e, log(m) + e * log(2), as CPython's loghelper does.
    private static double LogOf(object x, Func<double, double> log)
    {
        if (x is BigInteger b)
        {
            if (b.Sign <= 0)
            {
                throw Domain();
            }

            var d = (double)b;
            if (double.IsFinite(d))
            {
                return log(d);
            }

            var e = (long)b.GetBitLength();
            var m = (double)(b >> (int)(e - 64)) / Math.Pow(2, 64);
            return log(m) + (e * log(2.0));
        }

        return log(Positive(Ops.RealToFloat(x)));
    }

    // Scaled so that neither the squares overflow nor tiny components vanish; inf wins over nan.
    private static double Hypot(double[] values)
    {
        var max = 0.0;
        var nan = false;
        foreach (var v in values)
        {
            if (double.IsNaN(v))
            {
                nan = true;
                continue;
            }

            max = Math.Max(max, Math.Abs(v));
        }

        if (double.IsInfinity(max))
        {
            return max;
        }

        if (nan)
        {
            return double.NaN;
        }

        if (max == 0 || values.Length == 1)
        {
            return max;
        }

        // Scale by a power of two (exact), sum the squares as a double-double using FMA for each
        // product's rounding error, then correct the square root by one Newton step on the residual.
        var exponent = Math.ILogB(max);
        var hi = 0.0;
        var lo = 0.0;
        foreach (var v in values)
        {
            var x = Math.ScaleB(v, -exponent);
            var square = x * x;
            var squareError = Math.FusedMultiplyAdd(x, x, -square);
            var sum = hi + square;
            var back = sum - hi;
            lo += (hi - (sum - back)) + (square - back) + squareError;
            hi = sum;
        }

        var total = hi + lo;
        lo -= total - hi;
        var h = Math.Sqrt(total);
        var residual = Math.FusedMultiplyAdd(-h, h, total) + lo;
        h += residual / (2 * h);
        return Math.ScaleB(h, exponent);
    }

    // C99 pow with CPython's errors: a negative base to a fractional power or 0 to a negative one is a domain error.
    private static double Power(double x, double y)
    {
        if (x == 0 && y < 0 && double.IsFinite(y))
        {
            throw Domain();
        }

        var r = Math.Pow(x, y);
        if (double.IsNaN(r) && !double.IsNaN(x) && !double.IsNaN(y))
        {
            throw Domain();
        }

        return double.IsInfinity(r) && double.IsFinite(x) && double.IsFinite(y) ? throw Ops.OverflowError("math range error") : r;
    }

    // Lanczos approximation (g = 7, nine terms) with the reflection formula below 0.5.
    private static readonly double[] LanczosCoefficients =
    [
        0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
        12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
    ];

    private static double Gamma(double x)
    {
        if (double.IsNaN(x) || x == double.PositiveInfinity)
        {
            return x;
        }

        if (x == double.NegativeInfinity || (x <= 0 && x == Math.Floor(x)))
        {
            throw Domain();
        }

        if (x == Math.Floor(x) && x <= 23)
        {
            var f = 1.0;
            for (var i = 2; i < x; i++)
            {
                f *= i;
            }

            return f;
        }

        if (x > 171.7)
        {
            throw Ops.OverflowError("math range error");
        }

        return x < 0.5 ? Math.PI / (Math.Sin(Math.PI * x) * Gamma(1 - x)) : Math.Exp(LanczosLog(x));
    }

    private static double LogGamma(double x)
    {
        if (double.IsNaN(x))
        {
            return x;
        }

        if (double.IsInfinity(x))
        {
            return double.PositiveInfinity;
        }

        if (x <= 0 && x == Math.Floor(x))
        {
            throw Domain();
        }

        if (x == 1 || x == 2)
        {
            return 0.0;
        }

        if (x < 0.5)
        {
            var r = Math.Log(Math.PI / Math.Abs(Math.Sin(Math.PI * x))) - LogGamma(1 - x);
            return double.IsInfinity(r) ? throw Ops.OverflowError("math range error") : r;
        }

        var v = LanczosLog(x);
        return double.IsInfinity(v) ? throw Ops.OverflowError("math range error") : v;
    }

    private static double LanczosLog(double x)
    {
        x -= 1;
        var a = LanczosCoefficients[0];
        var t = x + 7.5;
        for (var i = 1; i < LanczosCoefficients.Length; i++)
        {
            a += LanczosCoefficients[i] / (x + i);
        }

        return (0.5 * Math.Log(2 * Math.PI)) + ((x + 0.5) * Math.Log(t)) - t + Math.Log(a);
    }

    private static object Rounded(object x, string special, Func<double, double> f)
    {
        if (x is long or BigInteger)
        {
            return x;
        }

        if (x is bool b)
        {
            return Py.Int(b ? 1 : 0);
        }

        if (x is not double && Ops.TryLookupSpecial(x, special, out var method))
        {
            return Ops.Call(method);
        }

        if (special == "__trunc__" && x is not double)
        {
            throw Ops.TypeError($"type {Ops.TypeName(x)} doesn't define __trunc__ method");
        }

        var v = f(Ops.RealToFloat(x));
        if (double.IsNaN(v))
        {
            throw Ops.ValueError("cannot convert float NaN to integer");
        }

        if (double.IsInfinity(v))
        {
            throw Ops.OverflowError("cannot convert float infinity to integer");
        }

        return v >= long.MinValue && v < long.MaxValue ? Py.Int((long)v) : Py.Int(new BigInteger(v));
    }

    private static object Frexp(double x)
    {
        if (x == 0 || double.IsNaN(x) || double.IsInfinity(x))
        {
            return new PyTuple([x, Py.Int(0)]);
        }

        var e = (int)Math.Floor(Math.Log2(Math.Abs(x))) + 1;
        var m = x / Math.Pow(2, e);
        if (Math.Abs(m) >= 1)
        {
            m /= 2;
            e++;
        }
        else if (Math.Abs(m) < 0.5)
        {
            m *= 2;
            e--;
        }

        return new PyTuple([m, Py.Int(e)]);
    }

    private static object Factorial(object n)
    {
        if (n is double)
        {
            throw Ops.TypeError("'float' object cannot be interpreted as an integer");
        }

        var v = Big(n);
        if (v.Sign < 0)
        {
            throw Ops.ValueError("factorial() not defined for negative values");
        }

        BigInteger r = 1;
        for (BigInteger i = 2; i <= v; i++)
        {
            r *= i;
        }

        return Py.Int(r);
    }

    private static BigInteger Isqrt(BigInteger n)
    {
        if (n.Sign < 0)
        {
            throw Ops.ValueError("isqrt() argument must be nonnegative");
        }

        if (n < 2)
        {
            return n;
        }

        var x = (BigInteger)Math.Sqrt((double)n);
        while (x * x > n)
        {
            x--;
        }

        while ((x + 1) * (x + 1) <= n)
        {
            x++;
        }

        return x;
    }

    private static BigInteger Comb(BigInteger n, BigInteger k)
    {
        if (n.Sign < 0 || k.Sign < 0)
        {
            throw Ops.ValueError(n.Sign < 0 ? "n must be a non-negative integer" : "k must be a non-negative integer");
        }

        if (k > n)
        {
            return 0;
        }

        k = BigInteger.Min(k, n - k);
        BigInteger r = 1;
        for (BigInteger i = 1; i <= k; i++)
        {
            r = r * (n - k + i) / i;
        }

        return r;
    }

    private static BigInteger Perm(BigInteger n, BigInteger k)
    {
        if (n.Sign < 0 || k.Sign < 0)
        {
            throw Ops.ValueError(n.Sign < 0 ? "n must be a non-negative integer" : "k must be a non-negative integer");
        }

        if (k > n)
        {
            return 0;
        }

        BigInteger r = 1;
        for (var i = n - k + 1; i <= n; i++)
        {
            r *= i;
        }

        return r;
    }

    // Shewchuk's exact summation with a correctly rounded result, as CPython's fsum.
    private static double Fsum(IEnumerable<double> values)
    {
        var partials = new List<double>();
        var special = 0.0;
        var infinities = 0.0;
        foreach (var v in values)
        {
            if (!double.IsFinite(v))
            {
                if (double.IsInfinity(v))
                {
                    infinities += v;
                }

                special += v;
                continue;
            }

            var x = v;
            var i = 0;
            for (var j = 0; j < partials.Count; j++)
            {
                var y = partials[j];
                if (Math.Abs(x) < Math.Abs(y))
                {
                    (x, y) = (y, x);
                }

                var hi = x + y;
                var lo = y - (hi - x);
                if (lo != 0)
                {
                    partials[i++] = lo;
                }

                x = hi;
            }

            if (!double.IsFinite(x))
            {
                throw Ops.OverflowError("intermediate overflow in fsum");
            }

            partials.RemoveRange(i, partials.Count - i);
            partials.Add(x);
        }

        if (special != 0 || double.IsNaN(special))
        {
            return double.IsNaN(infinities) ? throw Ops.ValueError("-inf + inf in fsum") : special;
        }

        return RoundPartials(partials);
    }

    // Adds the non-overlapping partials from the largest down, then corrects a half-way rounding.
    private static double RoundPartials(List<double> partials)
    {
        var n = partials.Count;
        if (n == 0)
        {
            return 0.0;
        }

        var hi = partials[--n];
        var lo = 0.0;
        while (n > 0)
        {
            var x = hi;
            var y = partials[--n];
            hi = x + y;
            lo = y - (hi - x);
            if (lo != 0)
            {
                break;
            }
        }

        if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0)))
        {
            var y = lo * 2;
            var x = hi + y;
            if (y == x - hi)
            {
                hi = x;
            }
        }

        return hi;
    }

    private static bool IsClose(double a, double b, double rel, double abs)
    {
        if (rel < 0 || abs < 0)
        {
            throw Ops.ValueError("tolerances must be non-negative");
        }

        if (a == b)
        {
            return true;
        }

        if (double.IsInfinity(a) || double.IsInfinity(b))
        {
            return false;
        }

        var diff = Math.Abs(b - a);
        return diff <= Math.Abs(rel * b) || diff <= Math.Abs(rel * a) || diff <= abs;
    }

    private static double Erf(double x)
    {
        // Abramowitz-Stegun 7.1.26 is too coarse for CPython's digits; use a series/continued fraction split.
        var ax = Math.Abs(x);
        double r;
        if (ax < 2.5)
        {
            double sum = ax, term = ax, x2 = ax * ax;
            for (var n = 1; n < 100; n++)
            {
                term *= -x2 / n;
                var add = term / (2 * n + 1);
                sum += add;
                if (Math.Abs(add) < 1e-17 * Math.Abs(sum))
                {
                    break;
                }
            }

            r = 2 / Math.Sqrt(Math.PI) * sum;
        }
        else
        {
            double f = 0;
            for (var n = 60; n >= 1; n--)
            {
                f = n / 2.0 / (ax + f);
            }

            r = 1 - Math.Exp(-ax * ax) / Math.Sqrt(Math.PI) / (ax + f);
        }

        return x < 0 ? -r : r;
    }
}
