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
        Unary(d, "sin", Math.Sin);
        Unary(d, "cos", Math.Cos);
        Unary(d, "tan", Math.Tan);
        Unary(d, "asin", x => x is < -1 or > 1 ? throw Domain() : Math.Asin(x));
        Unary(d, "acos", x => x is < -1 or > 1 ? throw Domain() : Math.Acos(x));
        Unary(d, "atan", Math.Atan);
        Unary(d, "sinh", Math.Sinh);
        Unary(d, "cosh", Math.Cosh);
        Unary(d, "tanh", Math.Tanh);
        Unary(d, "fabs", Math.Abs);
        Unary(d, "log10", x => x <= 0 ? throw Domain() : Math.Log10(x));
        Unary(d, "log2", x => x <= 0 ? throw Domain() : Math.Log2(x));
        Unary(d, "degrees", x => x * 180.0 / Math.PI);
        Unary(d, "radians", x => x * Math.PI / 180.0);
        Unary(d, "erf", Erf);
        Unary(d, "log1p", x => x <= -1 ? throw Domain() : Math.Abs(x) < 1e-5 ? x - x * x / 2 + x * x * x / 3 : Math.Log(1 + x));
        Unary(d, "expm1", x => Math.Abs(x) < 1e-5 ? x + x * x / 2 + x * x * x / 6 : Checked(Math.Exp(x), x) - 1);
        Unary(d, "ulp", x => double.IsNaN(x) || double.IsInfinity(x) ? Math.Abs(x) : Math.BitIncrement(Math.Abs(x)) - Math.Abs(x));
        Unary(d, "asinh", Math.Asinh);
        Unary(d, "acosh", x => x < 1 ? throw Domain() : Math.Acosh(x));
        Unary(d, "atanh", x => x is <= -1 or >= 1 ? throw Domain() : Math.Atanh(x));
        Unary(d, "cbrt", Math.Cbrt);
        d["nextafter"] = new PyBuiltinFunction("nextafter", null, (object x, object y) =>
        {
            var a = Ops.ToFloat(x);
            var b = Ops.ToFloat(y);
            return a == b ? b : a < b ? Math.BitIncrement(a) : Math.BitDecrement(a);
        });
        d["remainder"] = new PyBuiltinFunction("remainder", null, (object x, object y) => Ops.ToFloat(y) == 0 ? throw Domain() : Math.IEEERemainder(Ops.ToFloat(x), Ops.ToFloat(y)));
        Unary(d, "erfc", x => 1 - Erf(x));
        d["atan2"] = new PyBuiltinFunction("atan2", null, (object y, object x) => Math.Atan2(Ops.ToFloat(y), Ops.ToFloat(x)));
        d["hypot"] = new PyBuiltinFunction("hypot", null, 0, -1, a => Math.Sqrt(a.Sum(v => Ops.ToFloat(v) * Ops.ToFloat(v))));
        d["copysign"] = new PyBuiltinFunction("copysign", null, (object x, object y) => Math.CopySign(Ops.ToFloat(x), Ops.ToFloat(y)));
        d["fmod"] = new PyBuiltinFunction("fmod", null, (object x, object y) => Ops.ToFloat(y) == 0 && !double.IsNaN(Ops.ToFloat(x)) ? throw Domain() : Ops.ToFloat(x) % Ops.ToFloat(y));
        d["pow"] = new PyBuiltinFunction("pow", null, (object x, object y) => Math.Pow(Ops.ToFloat(x), Ops.ToFloat(y)));
        d["isnan"] = new PyBuiltinFunction("isnan", null, x => Py.Bool(double.IsNaN(Ops.ToFloat(x))));
        d["isinf"] = new PyBuiltinFunction("isinf", null, x => Py.Bool(double.IsInfinity(Ops.ToFloat(x))));
        d["isfinite"] = new PyBuiltinFunction("isfinite", null, x => Py.Bool(double.IsFinite(Ops.ToFloat(x))));
        d["log"] = new PyBuiltinFunction("log", null, 1, 2, a => Log(a));
        d["floor"] = new PyBuiltinFunction("floor", null, x => Rounded(x, "__floor__", Math.Floor));
        d["ceil"] = new PyBuiltinFunction("ceil", null, x => Rounded(x, "__ceil__", Math.Ceiling));
        d["trunc"] = new PyBuiltinFunction("trunc", null, x => Rounded(x, "__trunc__", Math.Truncate));
        d["modf"] = new PyBuiltinFunction("modf", null, x =>
        {
            var v = Ops.ToFloat(x);
            var whole = Math.Truncate(v);
            return new PyTuple([double.IsInfinity(v) ? Math.CopySign(0.0, v) : v - whole, whole]);
        });
        d["frexp"] = new PyBuiltinFunction("frexp", null, x => Frexp(Ops.ToFloat(x)));
        d["ldexp"] = new PyBuiltinFunction("ldexp", null, (object x, object i) => Ops.ToFloat(x) * Math.Pow(2, Ops.IndexAsLong(i)));
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
        d["fsum"] = new PyBuiltinFunction("fsum", null, it => Fsum(Ops.ToArray(it).Select(Ops.ToFloat)));
        d["prod"] = new PyBuiltinFunction("prod", null, ["iterable", "*start"], 1, a => Ops.ToArray(a[0]!).Aggregate(a[1] ?? Py.Int(1), Ops.Multiply));
        d["dist"] = new PyBuiltinFunction("dist", null, (object p, object q) => Math.Sqrt(Ops.ToArray(p).Zip(Ops.ToArray(q)).Sum(t => Math.Pow(Ops.ToFloat(t.First) - Ops.ToFloat(t.Second), 2))));
        d["isclose"] = new PyBuiltinFunction("isclose", null, ["a", "b", "*rel_tol", "*abs_tol"], 2, a => Py.Bool(IsClose(Ops.ToFloat(a[0]!), Ops.ToFloat(a[1]!), a[2] is null ? 1e-9 : Ops.ToFloat(a[2]!), a[3] is null ? 0 : Ops.ToFloat(a[3]!))));
    }

    private static void Unary(PyDict d, string name, Func<double, double> f) =>
        d[name] = new PyBuiltinFunction(name, null, x => f(Ops.ToFloat(x)));

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
        double Ln(object x)
        {
            if (x is BigInteger b)
            {
                return b.Sign <= 0 ? throw Domain() : BigInteger.Log(b);
            }

            var v = Ops.ToFloat(x);
            return v <= 0 ? throw Domain() : Math.Log(v);
        }

        var r = Ln(a[0]);
        if (a.Length > 1)
        {
            var b = Ln(a[1]);
            return b == 0 ? throw Ops.ZeroDivisionError("float division by zero") : r / b;
        }

        return r;
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

        var v = f(Ops.ToFloat(x));
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

    // Shewchuk's exact summation, as CPython's fsum.
    private static double Fsum(IEnumerable<double> values)
    {
        var partials = new List<double>();
        foreach (var v in values)
        {
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

            partials.RemoveRange(i, partials.Count - i);
            partials.Add(x);
        }

        return partials.Sum();
    }

    private static bool IsClose(double a, double b, double rel, double abs)
    {
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
