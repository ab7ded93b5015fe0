using System.Numerics;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>The methods of <c>int</c>.</summary>
internal static class IntMethods
{
    public static object Value(object self) =>
        IntOps.TryUnwrap(self, out var v) ? v : throw Ops.TypeError($"descriptor requires a 'int' object but received a '{Ops.TypeName(self)}'");

    public static void Fill(PyType t)
    {
        DefBinary(t, "add", IntOps.Add);
        DefBinary(t, "sub", IntOps.Sub);
        DefBinary(t, "mul", IntOps.Mul);
        DefBinary(t, "floordiv", IntOps.FloorDiv);
        DefBinary(t, "truediv", IntOps.TrueDiv);
        DefBinary(t, "mod", IntOps.Mod);
        DefBinary(t, "divmod", IntOps.DivMod);
        DefBinary(t, "lshift", IntOps.LShift);
        DefBinary(t, "rshift", IntOps.RShift);
        DefBinary(t, "and", IntOps.And);
        DefBinary(t, "or", IntOps.Or);
        DefBinary(t, "xor", IntOps.Xor);
        t.DefRange("__pow__", 1, 2, a => a.Length == 3 && a[2] is not PyNone ? IntOps.PowMod(a[0], a[1], a[2]) : IntOps.Pow(a[0], a[1]));
        t.DefRange("__rpow__", 1, 2, a => a.Length == 3 && a[2] is not PyNone ? IntOps.PowMod(a[1], a[0], a[2]) : IntOps.Pow(a[1], a[0]));
        t.Def("__neg__", self => IntOps.Negate(Value(self)));
        t.Def("__pos__", self => Value(self));
        t.Def("__abs__", self => IntOps.Abs(Value(self)));
        t.Def("__invert__", self => IntOps.Invert(Value(self)));
        t.Def("__bool__", self => Py.Bool(Value(self) is long l ? l != 0 : true));
        t.Def("__int__", self => Value(self));
        t.Def("__index__", self => Value(self));
        t.Def("__trunc__", self => Value(self));
        t.Def("__floor__", self => Value(self));
        t.Def("__ceil__", self => Value(self));
        t.Def("__float__", self => IntOps.ToDouble(Value(self)));
        t.Def("__hash__", self => Py.Int(IntOps.Hash(Value(self))));
        t.Def("__repr__", self => Formatter.IntToString(Value(self)));
        t.Def("__format__", (self, spec) =>
        {
            var s = spec as string ?? throw Ops.TypeError("format spec must be str");
            return s.Length == 0 ? Ops.Str(self) : Formatter.FormatInt(Value(self), s);
        });
        t.Def("__getnewargs__", self => new PyTuple(new[] { Value(self) }));
        t.DefRange("__round__", 0, 1, a => a.Length == 1 || a[1] is PyNone ? Value(a[0]) : Round(Value(a[0]), Ops.Index(a[1])));
        DefCompare(t, "__eq__", CompareOp.Eq);
        DefCompare(t, "__ne__", CompareOp.Ne);
        DefCompare(t, "__lt__", CompareOp.Lt);
        DefCompare(t, "__le__", CompareOp.Le);
        DefCompare(t, "__gt__", CompareOp.Gt);
        DefCompare(t, "__ge__", CompareOp.Ge);
        t.Def("bit_length", self => Py.Int(IntOps.BitLength(Value(self))));
        t.Def("bit_count", self => Py.Int(IntOps.BitCount(Value(self))));
        t.Def("conjugate", self => Value(self));
        t.Def("as_integer_ratio", self => new PyTuple(new[] { Value(self), Py.Int(1) }));
        t.Prop("real", self => Value(self));
        t.Prop("imag", self => Py.Int(0));
        t.Prop("numerator", self => Value(self));
        t.Prop("denominator", self => Py.Int(1));
        t.DefNamed("to_bytes", new[] { "self", "length", "byteorder", "*signed" }, 1, a => ToBytes(Value(a[0]!), a[1] ?? Py.Int(1), a[2] ?? "big", a[3] is { } s && Ops.IsTrue(s)));
        t.Namespace["from_bytes"] = new PyClassMethod(new PyBuiltinFunction("from_bytes", null, new[] { "cls", "bytes", "byteorder", "*signed" }, 2, a =>
            FromBytes((PyType)a[0]!, a[1]!, a[2] ?? "big", a[3] is { } s && Ops.IsTrue(s))));
        t.DefNew(New);
    }

    private static void DefBinary(PyType t, string name, Func<object, object, object> op)
    {
        t.Def($"__{name}__", op);
        t.Def($"__r{name}__", (self, other) => op(other, self));
    }

    private static void DefCompare(PyType t, string name, CompareOp op) =>
        t.Def(name, (self, other) =>
        {
            if (!IntOps.TryUnwrap(other, out var o))
            {
                return Py.NotImplemented;
            }
            return Py.Bool(Ops.CompareResult(IntOps.Compare(Value(self), o), op));
        });

    /// <summary>round(int, ndigits): half to even at 10**-ndigits.</summary>
    public static object Round(object value, object ndigits)
    {
        var n = IntOps.ToBig(ndigits);
        if (n.Sign >= 0)
        {
            return value;
        }
        if (-n > 4000)
        {
            return Py.Int(0);
        }
        var pow = BigInteger.Pow(10, (int)-n);
        var v = IntOps.ToBig(value);
        var q = IntOps.BigDivMod(v, pow, out var r);
        var twice = r * 2;
        if (twice > pow || (twice == pow && !q.IsEven))
        {
            q += 1;
        }
        return Py.Int(q * pow);
    }

    private static object New(PyType cls, object[] args, string[]? kw)
    {
        object? x = null;
        object? radix = null;
        var kwCount = kw?.Length ?? 0;
        var positional = args.Length - kwCount;
        if (positional > 2)
        {
            throw Ops.TypeError($"int() takes at most 2 arguments ({positional} given)");
        }
        if (positional > 0)
        {
            x = args[0];
        }
        if (positional > 1)
        {
            radix = args[1];
        }
        for (var i = 0; i < kwCount; i++)
        {
            if (kw![i] == "base")
            {
                radix = args[positional + i];
            }
            else
            {
                throw Ops.TypeError($"'{kw[i]}' is an invalid keyword argument for int()");
            }
        }
        object value;
        if (radix is null)
        {
            value = x is null ? Py.Int(0) : Ops.ToInt(x);
        }
        else
        {
            if (x is null)
            {
                throw Ops.TypeError("int() missing string argument");
            }
            var b = Ops.IndexAsLong(radix);
            if (b != 0 && (b < 2 || b > 36))
            {
                throw Ops.ValueError("int() base must be >= 2 and <= 36, or 0");
            }
            var text = x switch
            {
                string s => s,
                PyValueInstance { Value: string vs } => vs,
                PyBytes by => System.Text.Encoding.Latin1.GetString(by.Value),
                PyByteArray ba => System.Text.Encoding.Latin1.GetString(ba.Value.ToArray()),
                _ => throw Ops.TypeError("int() can't convert non-string with explicit base"),
            };
            value = IntParser.Parse(text, (int)b, x);
        }
        return ReferenceEquals(cls, Py.IntType) ? value : new PyValueInstance(cls, value);
    }

    private static object ToBytes(object value, object lengthObj, object orderObj, bool signed)
    {
        var length = Ops.IndexAsLong(lengthObj);
        if (length < 0)
        {
            throw Ops.ValueError("length argument must be non-negative");
        }
        var little = ByteOrder(orderObj);
        var v = IntOps.ToBig(value);
        if (!signed && v.Sign < 0)
        {
            throw Ops.OverflowError("can't convert negative int to unsigned");
        }
        var needed = v.IsZero ? 0 : v.GetByteCount(isUnsigned: !signed);
        if (needed > length)
        {
            throw Ops.OverflowError("int too big to convert");
        }
        var result = new byte[length];
        if (needed > 0)
        {
            v.ToByteArray(isUnsigned: !signed, isBigEndian: false).CopyTo(result, 0);
        }
        if (v.Sign < 0)
        {
            for (var i = needed; i < length; i++)
            {
                result[i] = 0xFF;
            }
        }
        if (!little)
        {
            Array.Reverse(result);
        }
        return new PyBytes(result);
    }

    private static bool ByteOrder(object orderObj) => orderObj switch
    {
        "little" => true,
        "big" => false,
        _ => throw Ops.ValueError("byteorder must be either 'little' or 'big'"),
    };

    private static object FromBytes(PyType cls, object bytesObj, object orderObj, bool signed)
    {
        var little = ByteOrder(orderObj);
        var data = (byte[])BytesMethods.FromObject(bytesObj).Clone();
        if (!little)
        {
            Array.Reverse(data);
        }
        var v = new BigInteger(data, isUnsigned: !signed, isBigEndian: false);
        var result = Py.Int(v);
        return ReferenceEquals(cls, Py.IntType) ? result : Ops.Call(cls, result);
    }
}
