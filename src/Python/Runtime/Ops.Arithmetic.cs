using System.Numerics;
using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Runtime;

/// <summary>Binary, in-place and unary operators: inline int/float/str paths, then slot dispatch with NotImplemented rules.</summary>
internal static partial class Ops
{
    public static object Add(object a, object b)
    {
        if (a is long x && b is long y)
        {
            return IntOps.Add(x, y);
        }
        if (a is double dx && b is double dy)
        {
            return dx + dy;
        }
        if (a is string sa && b is string sb)
        {
            return string.Concat(sa, sb);
        }
        // Exact lists and tuples: no subclass can claim the reflected operation, so __add__ answers directly.
        if (a is PyTuple ta && b is PyTuple tb && ReferenceEquals(ta.Type, Py.TupleType) && ReferenceEquals(tb.Type, Py.TupleType))
        {
            return TupleMethods.Concat(ta, tb);
        }
        if (a is PyList la && b is PyList lb && ReferenceEquals(la.Type, Py.ListType) && ReferenceEquals(lb.Type, Py.ListType))
        {
            return ListMethods.Concat(la, lb);
        }
        return Binary(a, b, BinaryOp.Add);
    }

    public static object Subtract(object a, object b)
    {
        if (a is long x && b is long y)
        {
            return IntOps.Sub(x, y);
        }
        if (a is double dx && b is double dy)
        {
            return dx - dy;
        }
        return Binary(a, b, BinaryOp.Sub);
    }

    public static object Multiply(object a, object b)
    {
        if (a is long x && b is long y)
        {
            return IntOps.Mul(x, y);
        }
        if (a is double dx && b is double dy)
        {
            return dx * dy;
        }
        return Binary(a, b, BinaryOp.Mul);
    }

    public static object TrueDivide(object a, object b) =>
        a is double dx && b is double dy ? FloatOps.TrueDiv(dx, dy) : Binary(a, b, BinaryOp.TrueDiv);

    public static object FloorDivide(object a, object b)
    {
        if (a is long x && b is long y)
        {
            return IntOps.FloorDiv(x, y);
        }
        if (a is double dx && b is double dy)
        {
            return FloatOps.FloorDiv(dx, dy);
        }
        return Binary(a, b, BinaryOp.FloorDiv);
    }

    public static object Modulo(object a, object b)
    {
        if (a is long x && b is long y)
        {
            return Py.Int(IntOps.Mod(x, y));
        }
        if (a is double dx && b is double dy)
        {
            return FloatOps.Mod(dx, dy);
        }
        return Binary(a, b, BinaryOp.Mod);
    }

    public static object Power(object a, object b) => Binary(a, b, BinaryOp.Pow);

    /// <summary>pow(a, b, m): only the left operand's __pow__ is tried, as in CPython.</summary>
    public static object Power(object a, object b, object m)
    {
        if (m is PyNone)
        {
            return Power(a, b);
        }
        if (IntOps.IsInt(a) && IntOps.IsInt(b) && IntOps.IsInt(m))
        {
            return IntOps.PowMod(a, b, m);
        }
        var slot = Py.TypeOf(a).Slots[(int)SlotId.Pow];
        if (slot is not null)
        {
            var r = CallBound(slot, a, b, m);
            if (r is not PyNotImplemented)
            {
                return r;
            }
        }
        if (FloatOps.TryToDouble(a, out _) && FloatOps.TryToDouble(b, out _) && FloatOps.TryToDouble(m, out _))
        {
            throw TypeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        throw TypeError($"unsupported operand type(s) for ** or pow(): '{TypeName(a)}', '{TypeName(b)}', '{TypeName(m)}'");
    }

    /// <summary>a op b for any operator: left slot, reflected slot (subclass first), else TypeError.</summary>
    public static object Binary(object a, object b, BinaryOp op)
    {
        if (a is double x && b is double y)
        {
            // The float operations that cannot fail, inline; the rest take FloatOps's path below.
            switch (op)
            {
                case BinaryOp.Add:
                    return x + y;
                case BinaryOp.Sub:
                    return x - y;
                case BinaryOp.Mul:
                    return x * y;
                case BinaryOp.TrueDiv when y != 0:
                    return x / y;
            }
        }
        if (a is long && b is long)
        {
            return op switch
            {
                BinaryOp.Add => IntOps.Add(a, b),
                BinaryOp.Sub => IntOps.Sub(a, b),
                BinaryOp.Mul => IntOps.Mul(a, b),
                BinaryOp.TrueDiv => IntOps.TrueDiv(a, b),
                BinaryOp.FloorDiv => IntOps.FloorDiv(a, b),
                BinaryOp.Mod => IntOps.Mod(a, b),
                BinaryOp.Pow => IntOps.Pow(a, b),
                BinaryOp.LShift => IntOps.LShift(a, b),
                BinaryOp.RShift => IntOps.RShift(a, b),
                BinaryOp.And => IntOps.And(a, b),
                BinaryOp.Or => IntOps.Or(a, b),
                BinaryOp.Xor => IntOps.Xor(a, b),
                _ => Binary2(a, b, op),
            };
        }
        return Binary2(a, b, op);
    }

    private static object Binary2(object a, object b, BinaryOp op)
    {
        if (a is double && b is double or long || a is long && b is double)
        {
            // Mixed int/float arithmetic without slot dispatch (the result CPython's float methods give).
            var f = FloatOps.Binary(a, b, op);
            if (f is not PyNotImplemented)
            {
                return f;
            }
        }
        var r = BinaryCore(a, b, op);
        if (r is not PyNotImplemented)
        {
            return r;
        }
        throw BinaryError(a, b, op, SlotNames.Symbols[(int)op]);
    }

    /// <summary>a op= b: __iop__ first, then the binary protocol.</summary>
    public static object InPlace(object a, object b, BinaryOp op)
    {
        if (a is long || a is double || a is string)
        {
            return op == BinaryOp.Add ? Add(a, b) : Binary(a, b, op);
        }
        var islot = Py.TypeOf(a).Slots[(int)SlotId.IAdd + (int)op];
        if (islot is not null)
        {
            var r = CallBound(islot, a, b);
            if (r is not PyNotImplemented)
            {
                return r;
            }
        }
        var res = BinaryCore(a, b, op);
        if (res is not PyNotImplemented)
        {
            return res;
        }
        throw BinaryError(a, b, op, SlotNames.InPlaceSymbols[(int)op]);
    }

    private static object BinaryCore(object a, object b, BinaryOp op)
    {
        var ta = Py.TypeOf(a);
        var tb = Py.TypeOf(b);
        var fa = ta.Slots[(int)op];
        object? fb = null;
        if (!ReferenceEquals(ta, tb))
        {
            fb = tb.Slots[(int)SlotId.RAdd + (int)op];
            if (fb is not null && tb.IsSubtypeOf(ta) && !ReferenceEquals(fb, ta.Slots[(int)SlotId.RAdd + (int)op]))
            {
                var r0 = CallBound(fb, b, a);
                if (r0 is not PyNotImplemented)
                {
                    return r0;
                }
                fb = null;
            }
        }
        if (fa is not null)
        {
            var r1 = CallBound(fa, a, b);
            if (r1 is not PyNotImplemented)
            {
                return r1;
            }
        }
        if (fb is not null)
        {
            return CallBound(fb, b, a);
        }
        return Py.NotImplemented;
    }

    private static PythonException BinaryError(object a, object b, BinaryOp op, string symbol)
    {
        var ta = Py.TypeOf(a);
        if (op == BinaryOp.Add && (ta.IsSubtypeOf(Py.StrType) || ta.IsSubtypeOf(Py.ListType) || ta.IsSubtypeOf(Py.TupleType) || ta.IsSubtypeOf(Py.BytesType)))
        {
            var name = ta.SolidBase.Name;
            return TypeError(ta.IsSubtypeOf(Py.StrType)
                ? $"can only concatenate str (not \"{TypeName(b)}\") to str"
                : ta.IsSubtypeOf(Py.BytesType) ? $"can't concat {TypeName(b)} to bytes" : $"can only concatenate {name} (not \"{TypeName(b)}\") to {name}");
        }
        if (op == BinaryOp.Mul && (IsSequence(a) || IsSequence(b)))
        {
            var other = IsSequence(a) ? b : a;
            return TypeError($"can't multiply sequence by non-int of type '{TypeName(other)}'");
        }
        return TypeError($"unsupported operand type(s) for {symbol}: '{TypeName(a)}' and '{TypeName(b)}'");
    }

    private static bool IsSequence(object o) => o is string or PyList or PyTuple or PyBytes or PyByteArray;

    public static object DivMod(object a, object b)
    {
        var ta = Py.TypeOf(a);
        var tb = Py.TypeOf(b);
        var fa = ta.Slots[(int)SlotId.DivMod];
        var fb = ReferenceEquals(ta, tb) ? null : tb.Slots[(int)SlotId.RDivMod];
        if (fb is not null && tb.IsSubtypeOf(ta))
        {
            var r0 = CallBound(fb, b, a);
            if (r0 is not PyNotImplemented)
            {
                return r0;
            }
            fb = null;
        }
        if (fa is not null)
        {
            var r = CallBound(fa, a, b);
            if (r is not PyNotImplemented)
            {
                return r;
            }
        }
        if (fb is not null)
        {
            var r = CallBound(fb, b, a);
            if (r is not PyNotImplemented)
            {
                return r;
            }
        }
        throw TypeError($"unsupported operand type(s) for divmod(): '{TypeName(a)}' and '{TypeName(b)}'");
    }

    /// <summary>round(x[, ndigits]) through __round__.</summary>
    public static object Round(object x, object? ndigits)
    {
        var f = Py.TypeOf(x).Lookup("__round__") ?? throw TypeError($"type {TypeName(x)} doesn't define __round__ method");
        return ndigits is null ? CallBound(f, x) : CallBound(f, x, ndigits);
    }

    public static object Negate(object a)
    {
        if (a is long l && l != long.MinValue)
        {
            return Py.Int(-l);
        }
        if (a is double d)
        {
            return -d;
        }
        return Unary(a, SlotId.Neg, "unary -");
    }

    public static object Positive(object a) => a is long or double ? a : Unary(a, SlotId.Pos, "unary +");

    public static object Invert(object a) => a is long l ? Py.Int(~l) : Unary(a, SlotId.Invert, "unary ~");

    public static object Absolute(object a) => Unary(a, SlotId.Abs, "abs()");

    private static object Unary(object a, SlotId slot, string what)
    {
        var f = Py.TypeOf(a).Slots[(int)slot];
        if (f is null)
        {
            throw TypeError($"bad operand type for {what}: '{TypeName(a)}'");
        }
        return CallBound(f, a);
    }
}
