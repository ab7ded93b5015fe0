using System.Globalization;
using System.Numerics;
using System.Text;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>The methods of <c>float</c>.</summary>
internal static class FloatMethods
{
    public static double Value(object self) => self switch
    {
        double d => d,
        PyValueInstance { Value: double vd } => vd,
        _ => throw Ops.TypeError($"descriptor requires a 'float' object but received a '{Ops.TypeName(self)}'"),
    };

    public static void Fill(PyType t)
    {
        foreach (var (name, op) in new[]
        {
            ("add", BinaryOp.Add), ("sub", BinaryOp.Sub), ("mul", BinaryOp.Mul), ("truediv", BinaryOp.TrueDiv),
            ("floordiv", BinaryOp.FloorDiv), ("mod", BinaryOp.Mod),
        })
        {
            t.Def($"__{name}__", (self, other) => FloatOps.Binary(self, other, op));
            t.Def($"__r{name}__", (self, other) => FloatOps.Binary(other, self, op));
        }
        t.DefRange("__pow__", 1, 2, a => Pow(a[0], a[1], a.Length == 3 ? a[2] : Py.None));
        t.DefRange("__rpow__", 1, 2, a => Pow(a[1], a[0], a.Length == 3 ? a[2] : Py.None));
        t.Def("__divmod__", (self, other) => DivMod(self, other));
        t.Def("__rdivmod__", (self, other) => DivMod(other, self));
        t.Def("__neg__", self => -Value(self));
        t.Def("__pos__", self => Value(self));
        t.Def("__abs__", self => Math.Abs(Value(self)));
        t.Def("__bool__", self => Py.Bool(Value(self) != 0));
        t.Def("__int__", self => FloatOps.ToInt(Value(self)));
        t.Def("__trunc__", self => FloatOps.ToInt(Value(self)));
        t.Def("__floor__", self => FloatOps.ToInt(Math.Floor(Value(self))));
        t.Def("__ceil__", self => FloatOps.ToInt(Math.Ceiling(Value(self))));
        t.Def("__float__", self => Value(self));
        t.Def("__hash__", self => Py.Int(FloatOps.Hash(Value(self))));
        t.Def("__repr__", self => FloatRepr.Repr(Value(self)));
        t.Def("__format__", (self, spec) =>
        {
            var s = spec as string ?? throw Ops.TypeError("format spec must be str");
            return s.Length == 0 ? Ops.Str(self) : Formatter.FormatFloat(Value(self), s);
        });
        t.Def("__getnewargs__", self => new PyTuple(new object[] { Value(self) }));
        t.DefRange("__round__", 0, 1, a => Round(Value(a[0]), a.Length == 2 ? a[1] : Py.None));
        foreach (var (name, op) in new[] { ("__eq__", CompareOp.Eq), ("__ne__", CompareOp.Ne), ("__lt__", CompareOp.Lt), ("__le__", CompareOp.Le), ("__gt__", CompareOp.Gt), ("__ge__", CompareOp.Ge) })
        {
            t.Def(name, (self, other) => Compare(Value(self), other, op));
        }
        t.Def("is_integer", self => Py.Bool(double.IsFinite(Value(self)) && Math.Floor(Value(self)) == Value(self)));
        t.Def("as_integer_ratio", self =>
        {
            var (n, d) = FloatOps.AsIntegerRatio(Value(self));
            return new PyTuple(new[] { Py.Int(n), Py.Int(d) });
        });
        t.Def("conjugate", self => Value(self));
        t.Def("hex", self => Hex(Value(self)));
        t.DefClass("__getformat__", 1, 1, a => a[1] switch
        {
            "double" or "float" => BitConverter.IsLittleEndian ? "IEEE, little-endian" : "IEEE, big-endian",
            string => throw Ops.ValueError("__getformat__() argument 1 must be 'double' or 'float'"),
            var other => throw Ops.TypeError($"__getformat__() argument must be str, not {Ops.TypeName(other)}"),
        });
        t.DefClass("fromhex", 1, 1, a =>
        {
            var d = FromHex(a[1] as string ?? throw Ops.TypeError($"fromhex() argument must be str, not {Ops.TypeName(a[1])}"));
            return ReferenceEquals(a[0], Py.FloatType) ? d : Ops.Call(a[0], d);
        });
        t.Prop("real", self => Value(self));
        t.Prop("imag", self => 0.0);
        t.DefNew((cls, args, kw) =>
        {
            if (kw is { Length: > 0 })
            {
                throw Ops.TypeError("float() takes no keyword arguments");
            }
            if (args.Length > 1)
            {
                throw Ops.TypeError($"float expected at most 1 argument, got {args.Length}");
            }
            var d = args.Length == 0 ? 0.0 : Ops.ToFloat(args[0]);
            return ReferenceEquals(cls, Py.FloatType) ? d : new PyValueInstance(cls, d);
        });
    }

    private static object Pow(object a, object b, object m)
    {
        if (m is not PyNone)
        {
            throw Ops.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        return FloatOps.Binary(a, b, BinaryOp.Pow);
    }

    private static object DivMod(object a, object b)
    {
        if (!FloatOps.TryToDouble(a, out var x) || !FloatOps.TryToDouble(b, out var y))
        {
            return Py.NotImplemented;
        }
        if (y == 0)
        {
            throw Ops.ZeroDivisionError("float divmod()");
        }
        var q = FloatOps.DivMod(x, y, out var r);
        return new PyTuple(new object[] { q, r });
    }

    private static object Compare(double x, object other, CompareOp op)
    {
        switch (other)
        {
            case double d:
                return Py.Bool(Ops.CompareDoubles(x, d, op));
            case PyValueInstance { Value: double vd }:
                return Py.Bool(Ops.CompareDoubles(x, vd, op));
        }
        if (!IntOps.TryUnwrap(other, out var iv))
        {
            return Py.NotImplemented;
        }
        if (double.IsNaN(x))
        {
            return Py.Bool(op == CompareOp.Ne);
        }
        return Py.Bool(Ops.CompareResult(-FloatOps.CompareIntFloat(iv, x), op));
    }

    private static object Round(double x, object ndigits)
    {
        if (ndigits is PyNone)
        {
            if (double.IsNaN(x))
            {
                throw Ops.ValueError("cannot convert float NaN to integer");
            }
            if (double.IsInfinity(x))
            {
                throw Ops.OverflowError("cannot convert float infinity to integer");
            }
            return FloatOps.ToInt(Math.Round(x, MidpointRounding.ToEven));
        }
        var n = Ops.Index(ndigits);
        var nd = n is long l ? l : ((BigInteger)n).Sign > 0 ? 400 : -400;
        return FloatOps.Round(x, nd);
    }

    public static string Hex(double x)
    {
        if (double.IsNaN(x))
        {
            return "nan";
        }
        if (double.IsInfinity(x))
        {
            return x > 0 ? "inf" : "-inf";
        }
        var sign = double.IsNegative(x) ? "-" : "";
        if (x == 0)
        {
            return sign + "0x0.0p+0";
        }
        var bits = BitConverter.DoubleToInt64Bits(x);
        var exp = (int)((bits >> 52) & 0x7FF);
        var mant = bits & 0xFFFFFFFFFFFFFL;
        var lead = 1;
        if (exp == 0)
        {
            lead = 0;
            exp = -1022;
        }
        else
        {
            exp -= 1023;
        }
        return $"{sign}0x{lead}.{mant:x13}p{(exp >= 0 ? "+" : "-")}{Math.Abs(exp)}";
    }

    public static double FromHex(string text)
    {
        var s = text.Trim();
        var i = 0;
        var negative = false;
        if (i < s.Length && s[i] is '+' or '-')
        {
            negative = s[i] == '-';
            i++;
        }
        var rest = s[i..];
        if (rest.Equals("inf", StringComparison.OrdinalIgnoreCase) || rest.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        }
        if (rest.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            return Math.CopySign(double.NaN, negative ? -1 : 1);
        }
        if (rest.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            rest = rest[2..];
        }
        BigInteger mantissa = 0;
        var exponent = 0;
        var digits = 0;
        var seenPoint = false;
        var j = 0;
        for (; j < rest.Length; j++)
        {
            var c = rest[j];
            if (c == '.' && !seenPoint)
            {
                seenPoint = true;
                continue;
            }
            var v = HexValue(c);
            if (v < 0)
            {
                break;
            }
            mantissa = (mantissa * 16) + v;
            digits++;
            if (seenPoint)
            {
                exponent -= 4;
            }
        }
        if (digits == 0)
        {
            throw Ops.ValueError("invalid hexadecimal floating-point string");
        }
        if (j < rest.Length && rest[j] is 'p' or 'P')
        {
            if (!int.TryParse(rest.AsSpan(j + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var e))
            {
                throw Ops.ValueError("invalid hexadecimal floating-point string");
            }
            exponent += e;
            j = rest.Length;
        }
        if (j != rest.Length)
        {
            throw Ops.ValueError("invalid hexadecimal floating-point string");
        }
        var value = FloatOps.ScaledToDouble(mantissa, exponent);
        if (double.IsInfinity(value))
        {
            throw Ops.OverflowError("hexadecimal value too large to represent as a float");
        }
        return negative ? -value : value;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}
