using System.Numerics;
using System.Runtime.CompilerServices;
using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Runtime;

/// <summary>Rich comparison operators in slot order (Eq, Ne, Lt, Le, Gt, Ge).</summary>
internal enum CompareOp
{
    Eq, Ne, Lt, Le, Gt, Ge,
}

/// <summary>Comparisons, identity, truthiness, hashing and membership.</summary>
internal static partial class Ops
{
    private static readonly string[] CompareSymbols = { "==", "!=", "<", "<=", ">", ">=" };
    private static readonly CompareOp[] Swapped = { CompareOp.Eq, CompareOp.Ne, CompareOp.Gt, CompareOp.Ge, CompareOp.Lt, CompareOp.Le };

    /// <summary>a op b, returning whatever the special method returned (usually a bool).</summary>
    public static object Compare(object a, object b, CompareOp op)
    {
        if (a is long x && b is long y)
        {
            return Py.Bool(CompareResult(x.CompareTo(y), op));
        }
        if (a is double dx && b is double dy)
        {
            return Py.Bool(CompareDoubles(dx, dy, op));
        }
        if (a is long ia && b is double db && !double.IsNaN(db))
        {
            return Py.Bool(CompareResult(FloatOps.CompareIntFloat(ia, db), op));
        }
        if (a is double da && b is long ib && !double.IsNaN(da))
        {
            return Py.Bool(CompareResult(-FloatOps.CompareIntFloat(ib, da), op));
        }
        if (a is string sa && b is string sb)
        {
            return Py.Bool(op switch
            {
                CompareOp.Eq => string.Equals(sa, sb),
                CompareOp.Ne => !string.Equals(sa, sb),
                _ => CompareResult(CodePoints.Compare(sa, sb), op),
            });
        }
        if (a is PyTuple ta && b is PyTuple tb && ReferenceEquals(ta.Type, Py.TupleType) && ReferenceEquals(tb.Type, Py.TupleType))
        {
            return Py.Bool(SequenceHelpers.Compare(ta.Items, tb.Items, op));
        }
        return RichCompare(a, b, op);
    }

    /// <summary>The comparison as a bool (for if-tests and chained comparisons).</summary>
    public static bool CompareBool(object a, object b, CompareOp op)
    {
        if (a is long x && b is long y)
        {
            return CompareResult(x.CompareTo(y), op);
        }
        var r = Compare(a, b, op);
        return r is bool bb ? bb : IsTrue(r);
    }

    public static object Equal(object a, object b) => Compare(a, b, CompareOp.Eq);

    public static object NotEqual(object a, object b) => Compare(a, b, CompareOp.Ne);

    public static object Less(object a, object b) => Compare(a, b, CompareOp.Lt);

    public static object LessEqual(object a, object b) => Compare(a, b, CompareOp.Le);

    public static object Greater(object a, object b) => Compare(a, b, CompareOp.Gt);

    public static object GreaterEqual(object a, object b) => Compare(a, b, CompareOp.Ge);

    internal static bool CompareResult(int c, CompareOp op) => op switch
    {
        CompareOp.Eq => c == 0,
        CompareOp.Ne => c != 0,
        CompareOp.Lt => c < 0,
        CompareOp.Le => c <= 0,
        CompareOp.Gt => c > 0,
        _ => c >= 0,
    };

    internal static bool CompareDoubles(double x, double y, CompareOp op) => op switch
    {
        CompareOp.Eq => x == y,
        CompareOp.Ne => x != y,
        CompareOp.Lt => x < y,
        CompareOp.Le => x <= y,
        CompareOp.Gt => x > y,
        _ => x >= y,
    };

    private static object RichCompare(object a, object b, CompareOp op)
    {
        var ta = Py.TypeOf(a);
        var tb = Py.TypeOf(b);
        var slot = (int)SlotId.Eq + (int)op;
        var rslot = (int)SlotId.Eq + (int)Swapped[(int)op];
        var reflectedTried = false;
        if (!ReferenceEquals(ta, tb) && tb.IsSubtypeOf(ta) && tb.Slots[rslot] is { } fr && !ReferenceEquals(fr, ta.Slots[rslot]))
        {
            reflectedTried = true;
            var r0 = CallBound(fr, b, a);
            if (r0 is not PyNotImplemented)
            {
                return r0;
            }
        }
        if (ta.Slots[slot] is { } f)
        {
            var r1 = CallBound(f, a, b);
            if (r1 is not PyNotImplemented)
            {
                return r1;
            }
        }
        if (!reflectedTried && tb.Slots[rslot] is { } g)
        {
            var r2 = CallBound(g, b, a);
            if (r2 is not PyNotImplemented)
            {
                return r2;
            }
        }
        return op switch
        {
            CompareOp.Eq => Py.Bool(Is(a, b)),
            CompareOp.Ne => Py.Bool(!Is(a, b)),
            _ => throw TypeError($"'{CompareSymbols[(int)op]}' not supported between instances of '{ta.MessageName}' and '{tb.MessageName}'"),
        };
    }

    /// <summary>a is b. Bools and small ints are shared boxes; equal longs and bools count as identical.</summary>
    public static bool Is(object a, object b) =>
        ReferenceEquals(a, b) || (a is long x && b is long y && x == y) || (a is bool p && b is bool q && p == q);

    /// <summary>Equality used by containers (dict keys, in, index, count): identity first, then ==.</summary>
    public static bool EqualForLookup(object a, object b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }
        if (a is string sa)
        {
            return b is string sb ? string.Equals(sa, sb) : b is PyObject && IsTrue(RichCompare(a, b, CompareOp.Eq));
        }
        if (a is long x && b is long y)
        {
            return x == y;
        }
        var r = Compare(a, b, CompareOp.Eq);
        return r is bool bb ? bb : IsTrue(r);
    }

    /// <summary>Truth value: __bool__, then __len__, else true.</summary>
    public static bool IsTrue(object o)
    {
        switch (o)
        {
            case bool b: return b;
            case long l: return l != 0;
            case PyNone: return false;
            case string s: return s.Length != 0;
            case double d: return d != 0;
            case PyList list when ReferenceEquals(list.Type, Py.ListType): return list.Count != 0;
            case PyTuple t when ReferenceEquals(t.Type, Py.TupleType): return t.Count != 0;
            case PyDict d when ReferenceEquals(d.Type, Py.DictType): return d.Count != 0;
            case BigInteger: return true;
        }
        var type = Py.TypeOf(o);
        if (type.Slots[(int)SlotId.Bool] is { } f)
        {
            var r = CallBound(f, o);
            if (r is bool rb)
            {
                return rb;
            }
            throw TypeError($"__bool__ should return bool, returned {TypeName(r)}");
        }
        if (type.Slots[(int)SlotId.Len] is not null)
        {
            return Length(o) != 0;
        }
        return true;
    }

    public static object Not(object o) => Py.Bool(!IsTrue(o));

    /// <summary>hash(o) as CPython computes it for numbers, strings and tuples.</summary>
    public static long Hash(object o)
    {
        switch (o)
        {
            case string s: return PyDict.StringHash(s);
            case long l: return IntOps.Hash(l);
            case bool b: return b ? 1 : 0;
            case double d: return FloatOps.Hash(d);
            case BigInteger bi: return IntOps.Hash(bi);
            case PyTuple t when ReferenceEquals(t.Type, Py.TupleType): return TupleHash(t.Items);
        }
        var f = Py.TypeOf(o).Slots[(int)SlotId.Hash];
        if (f is null or PyNone)
        {
            throw TypeError($"unhashable type: '{TypeName(o)}'");
        }
        if (PyBuiltinFunction.Is(f, Intrinsic.ObjectHash))
        {
            return IdentityHash(o);
        }
        var r = CallBound(f, o);
        if (!IntOps.TryUnwrap(r, out var v))
        {
            throw TypeError("__hash__ method should return an integer");
        }
        // As in CPython: a result that fits a machine word is used as is (-1 is reserved), a bigger one is hashed.
        return v is long word ? (word == -1 ? -2 : word) : IntOps.Hash(v);
    }

    public static long IdentityHash(object o) => RuntimeHelpers.GetHashCode(o);

    internal static long TupleHash(object[] items)
    {
        const ulong Prime1 = 11400714785074694791UL;
        const ulong Prime2 = 14029467366897019727UL;
        const ulong Prime5 = 2870177450012600261UL;
        var acc = Prime5;
        foreach (var item in items)
        {
            var lane = (ulong)Hash(item);
            acc += lane * Prime2;
            acc = (acc << 31) | (acc >> 33);
            acc *= Prime1;
        }
        acc += (ulong)items.Length ^ (Prime5 ^ 3527539UL);
        return acc == ulong.MaxValue ? 1546275796 : (long)acc;
    }

    /// <summary>item in container.</summary>
    public static bool Contains(object container, object item)
    {
        switch (container)
        {
            case PyDict d when ReferenceEquals(d.Type, Py.DictType):
                return d.ContainsKey(item);
            case PySet s when ReferenceEquals(s.Type, Py.SetType) || ReferenceEquals(s.Type, Py.FrozenSetType):
                return s.Contains(item);
            case string s:
                return item is string sub ? s.Contains(sub, StringComparison.Ordinal)
                    : throw TypeError($"'in <string>' requires string as left operand, not {TypeName(item)}");
            case PyList l when ReferenceEquals(l.Type, Py.ListType):
                foreach (var x in l.AsSpan())
                {
                    if (EqualForLookup(x, item))
                    {
                        return true;
                    }
                }
                return false;
            case PyTuple t when ReferenceEquals(t.Type, Py.TupleType):
                foreach (var x in t.Items)
                {
                    if (EqualForLookup(x, item))
                    {
                        return true;
                    }
                }
                return false;
        }
        var type = Py.TypeOf(container);
        if (type.Slots[(int)SlotId.Contains] is { } f)
        {
            return IsTrue(CallBound(f, container, item));
        }
        if (type.Slots[(int)SlotId.Iter] is null && type.Slots[(int)SlotId.GetItem] is null)
        {
            throw TypeError($"argument of type '{type.Name}' is not iterable");
        }
        var it = GetIter(container);
        while (TryNext(it, out var v))
        {
            if (EqualForLookup(v, item))
            {
                return true;
            }
        }
        return false;
    }
}
