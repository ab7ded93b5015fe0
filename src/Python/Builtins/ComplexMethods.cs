using System.Numerics;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>The methods of <c>complex</c> (values are boxed System.Numerics.Complex).</summary>
internal static class ComplexMethods
{
    private static Complex Value(object self) => self switch
    {
        Complex c => c,
        PyValueInstance { Value: Complex vc } => vc,
        _ => throw Ops.TypeError($"descriptor requires a 'complex' object but received a '{Ops.TypeName(self)}'"),
    };

    /// <summary>Converts a complex, float or int operand.</summary>
    public static bool TryToComplex(object o, out Complex c)
    {
        if (o is Complex x)
        {
            c = x;
            return true;
        }
        if (o is PyValueInstance { Value: Complex vc })
        {
            c = vc;
            return true;
        }
        if (FloatOps.TryToDouble(o, out var d))
        {
            c = new Complex(d, 0);
            return true;
        }
        c = default;
        return false;
    }

    public static void Fill(PyType t)
    {
        foreach (var (name, op) in new[] { ("add", BinaryOp.Add), ("sub", BinaryOp.Sub), ("mul", BinaryOp.Mul), ("truediv", BinaryOp.TrueDiv), ("pow", BinaryOp.Pow) })
        {
            t.Def($"__{name}__", (self, other) => Binary(self, other, op));
            t.Def($"__r{name}__", (self, other) => Binary(other, self, op));
        }
        t.Def("__neg__", self => -Value(self));
        t.Def("__pos__", self => Value(self));
        t.Def("__abs__", self =>
        {
            var r = Complex.Abs(Value(self));
            return double.IsInfinity(r) && double.IsFinite(Value(self).Real) && double.IsFinite(Value(self).Imaginary)
                ? throw Ops.OverflowError("absolute value too large") : r;
        });
        t.Def("__bool__", self => Py.Bool(Value(self) != Complex.Zero));
        t.Def("__eq__", (self, other) => TryToComplex(other, out var c) ? Py.Bool(Value(self) == c) : Py.NotImplemented);
        t.Def("__ne__", (self, other) => TryToComplex(other, out var c) ? Py.Bool(Value(self) != c) : Py.NotImplemented);
        t.Def("__hash__", self =>
        {
            var c = Value(self);
            var h = FloatOps.Hash(c.Real) + (1000003 * FloatOps.Hash(c.Imaginary));
            return Py.Int(h == -1 ? -2 : h);
        });
        t.Def("__repr__", self => Repr(Value(self)));
        t.Def("__format__", (self, spec) => Format(Value(self), spec as string ?? throw Ops.TypeError("format spec must be str")));
        t.Def("conjugate", self => Complex.Conjugate(Value(self)));
        t.Def("__getnewargs__", self => new PyTuple(new object[] { Value(self).Real, Value(self).Imaginary }));
        t.Prop("real", self => Value(self).Real);
        t.Prop("imag", self => Value(self).Imaginary);
        t.DefNamed("__new__", new[] { "cls", "real", "imag" }, 1, a => New((PyType)a[0]!, a[1], a[2]));
        t.Namespace["__new__"] = new PyStaticMethod(t.Namespace["__new__"]);
    }

    private static object Binary(object a, object b, BinaryOp op)
    {
        if (!TryToComplex(a, out var x) || !TryToComplex(b, out var y))
        {
            return Py.NotImplemented;
        }
        switch (op)
        {
            case BinaryOp.Add: return x + y;
            case BinaryOp.Sub: return x - y;
            case BinaryOp.Mul: return x * y;
            case BinaryOp.TrueDiv:
                if (y == Complex.Zero)
                {
                    throw Ops.ZeroDivisionError("complex division by zero");
                }
                return x / y;
            default:
                if (x == Complex.Zero)
                {
                    if (y.Imaginary != 0 || y.Real < 0)
                    {
                        throw Ops.ZeroDivisionError("0.0 to a negative or complex power");
                    }
                    return y.Real == 0 ? Complex.One : Complex.Zero;
                }
                if (y.Imaginary == 0 && y.Real == Math.Floor(y.Real) && Math.Abs(y.Real) <= 100)
                {
                    var n = (int)y.Real;
                    var r = Complex.One;
                    var p = x;
                    var e = Math.Abs(n);
                    while (e > 0)
                    {
                        if ((e & 1) != 0)
                        {
                            r *= p;
                        }
                        p *= p;
                        e >>= 1;
                    }
                    return n < 0 ? Complex.One / r : r;
                }
                return Complex.Pow(x, y);
        }
    }

    public static string Repr(Complex c)
    {
        var imag = Part(c.Imaginary);
        if (c.Real == 0 && !double.IsNegative(c.Real))
        {
            return imag + "j";
        }
        var sign = double.IsNegative(c.Imaginary) && !double.IsNaN(c.Imaginary) ? "" : "+";
        return $"({Part(c.Real)}{sign}{imag}j)";
    }

    private static string Part(double d)
    {
        var s = FloatRepr.Repr(d);
        return s.EndsWith(".0", StringComparison.Ordinal) ? s[..^2] : s;
    }

    /// <summary>complex.__format__: parts formatted as floats; without a type, repr style in parentheses.</summary>
    public static string Format(Complex c, string specText)
    {
        if (specText.Length == 0)
        {
            return Repr(c);
        }
        var spec = FormatSpec.Parse(specText, "complex");
        if (spec.Fill == "0")
        {
            throw Ops.ValueError("Zero padding is not allowed in complex format specifier");
        }
        if (spec.Align == '=')
        {
            throw Ops.ValueError("'=' alignment flag is not allowed in complex format specifier");
        }
        if (spec.Type is not ('\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n'))
        {
            throw Ops.ValueError($"Unknown format code '{spec.Type}' for object of type 'complex'");
        }
        var noType = spec.Type == '\0';
        var partType = noType ? (spec.Precision >= 0 ? "g" : "") : spec.Type.ToString();
        var common = (spec.Alternate ? "#" : "") + (spec.Grouping == '\0' ? "" : spec.Grouping.ToString()) + (spec.Precision >= 0 ? "." + spec.Precision : "") + partType;
        string Part(double d, string sign) => partType.Length == 0
            ? (sign == "+" && !double.IsNegative(d) ? "+" : sign == " " && !double.IsNegative(d) ? " " : "") + ComplexMethods.Part(d)
            : Formatter.FormatFloat(d, sign + common);
        var realSign = spec.Sign == '\0' ? "" : spec.Sign.ToString();
        string body;
        if (noType && c.Real == 0 && !double.IsNegative(c.Real))
        {
            body = Part(c.Imaginary, realSign) + "j";
        }
        else
        {
            body = Part(c.Real, realSign) + Part(c.Imaginary, "+") + "j";
            if (noType)
            {
                body = "(" + body + ")";
            }
        }
        return Formatter.Pad(body, "", spec, '>');
    }

    private static object New(PyType cls, object? real, object? imag)
    {
        Complex value;
        if (real is string s)
        {
            if (imag is not null)
            {
                throw Ops.TypeError("complex() can't take second arg if first is a string");
            }
            value = Parse(s);
        }
        else
        {
            var r = real is null ? Complex.Zero : ToComplexArg(real, "first");
            var i = imag is null ? Complex.Zero : ToComplexArg(imag, "second");
            // As CPython: a real imaginary argument is used as is, so complex(0.0, -0.0) keeps the sign.
            var re = IsComplex(imag) ? r.Real - i.Imaginary : r.Real;
            var im = IsComplex(real) && imag is not null ? r.Imaginary + i.Real : imag is null ? r.Imaginary : i.Real;
            value = new Complex(re, im);
        }
        return ReferenceEquals(cls, Py.ComplexType) ? value : new PyValueInstance(cls, value);
    }

    private static bool IsComplex(object? o) => o is Complex or PyValueInstance { Value: Complex };

    private static Complex ToComplexArg(object o, string which)
    {
        if (TryToComplex(o, out var c))
        {
            return c;
        }
        if (Ops.TryLookupSpecial(o, "__complex__", out var f))
        {
            return TryToComplex(Ops.Call(f), out var r) ? r : throw Ops.TypeError("__complex__ returned non-complex");
        }
        if (Py.TypeOf(o).Slots[(int)SlotId.Float] is not null || Py.TypeOf(o).Slots[(int)SlotId.Index] is not null)
        {
            return new Complex(Ops.ToFloat(o), 0);
        }
        throw Ops.TypeError($"complex() {which} argument must be a string or a number, not '{Ops.TypeName(o)}'");
    }

    private static Complex Parse(string text)
    {
        var s = text.Trim();
        if (s.StartsWith('(') && s.EndsWith(')'))
        {
            s = s[1..^1].Trim();
        }
        var error = Ops.ValueError("complex() arg is a malformed string");
        if (s.Length == 0)
        {
            throw error;
        }
        if (s.EndsWith('j') || s.EndsWith('J'))
        {
            var body = s[..^1];
            var split = -1;
            for (var i = body.Length - 1; i > 0; i--)
            {
                if (body[i] is '+' or '-' && body[i - 1] is not ('e' or 'E'))
                {
                    split = i;
                    break;
                }
            }
            var realText = split < 0 ? "0" : body[..split];
            var imagText = split < 0 ? body : body[split..];
            if (imagText is "" or "+")
            {
                imagText = "1";
            }
            else if (imagText == "-")
            {
                imagText = "-1";
            }
            if (!FloatParser.TryParse(realText, out var re) || !FloatParser.TryParse(imagText, out var im))
            {
                throw error;
            }
            return new Complex(re, im);
        }
        return FloatParser.TryParse(s, out var only) ? new Complex(only, 0) : throw error;
    }
}
