using System.Numerics;
using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Runtime;

/// <summary>repr(), str(), format() and ascii() dispatch.</summary>
internal static partial class Ops
{
    // Objects whose repr is being computed on this thread, so recursive containers print "[...]".
    // Per-thread scratch state invisible to Python code; no engine state is shared through it.
    [ThreadStatic]
    private static List<object>? reprStack;

    public static string Repr(object o)
    {
        switch (o)
        {
            case string s: return StrMethods.Repr(s);
            case long l: return l.ToString(System.Globalization.CultureInfo.InvariantCulture);
            case bool b: return b ? "True" : "False";
            case double d: return FloatRepr.Repr(d);
            case PyNone: return "None";
            case BigInteger bi: return bi.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        var f = Py.TypeOf(o).Slots[(int)SlotId.Repr]!;
        var r = CallBound(f, o);
        return r as string ?? throw TypeError($"__repr__ returned non-string (type {TypeName(r)})");
    }

    public static string Str(object o)
    {
        switch (o)
        {
            case string s: return s;
            case long l: return l.ToString(System.Globalization.CultureInfo.InvariantCulture);
            case bool b: return b ? "True" : "False";
            case double d: return FloatRepr.Repr(d);
            case PyNone: return "None";
        }
        var f = Py.TypeOf(o).Slots[(int)SlotId.Str]!;
        var r = CallBound(f, o);
        return r as string ?? (r is PyValueInstance { Value: string vs } ? vs : throw TypeError($"__str__ returned non-string (type {TypeName(r)})"));
    }

    /// <summary>format(value, spec).</summary>
    public static string Format(object value, string spec)
    {
        switch (value)
        {
            case string s: return Formatter.FormatStr(s, spec);
            case long or BigInteger: return Formatter.FormatInt(value, spec);
            case double d: return Formatter.FormatFloat(d, spec);
        }
        var f = Py.TypeOf(value).Slots[(int)SlotId.Format]!;
        var r = CallBound(f, value, spec);
        return r as string ?? throw TypeError($"__format__ must return a str, not {TypeName(r)}");
    }

    /// <summary>ascii(o): repr with non-ASCII characters escaped.</summary>
    public static string Ascii(object o) => StrMethods.EscapeNonAscii(Repr(o));

    /// <summary>
    /// Runs <paramref name="body"/> unless <paramref name="o"/> is already being printed on this
    /// thread, in which case returns <paramref name="recursive"/> ("[...]", "{...}").
    /// </summary>
    public static string ReprGuarded(object o, string recursive, Func<string> body)
    {
        var stack = reprStack ??= new List<object>();
        foreach (var x in stack)
        {
            if (ReferenceEquals(x, o))
            {
                return recursive;
            }
        }
        stack.Add(o);
        try
        {
            return body();
        }
        finally
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }

    /// <summary>int(x) for one argument: __int__, __index__, __trunc__ or string parsing.</summary>
    public static object ToInt(object x)
    {
        switch (x)
        {
            case long or BigInteger:
                return x;
            case bool b:
                return Py.Int(b ? 1 : 0);
            case double d:
                return FloatOps.ToInt(d);
            case string s:
                return IntParser.Parse(s, 10, s);
            case PyBytes bytes:
                var text = System.Text.Encoding.Latin1.GetString(bytes.Value);
                return IntParser.Parse(text, 10, bytes);
            case PyByteArray array:
                return IntParser.Parse(System.Text.Encoding.Latin1.GetString(array.Value.ToArray()), 10, array);
        }
        var type = Py.TypeOf(x);
        if (type.Slots[(int)SlotId.Int] is { } f)
        {
            var r = CallBound(f, x);
            if (!IntOps.TryUnwrap(r, out var v))
            {
                throw TypeError($"__int__ returned non-int (type {TypeName(r)})");
            }
            return v;
        }
        if (type.Slots[(int)SlotId.Index] is not null)
        {
            return Index(x);
        }
        if (TryLookupSpecial(x, "__trunc__", out var trunc))
        {
            return Index(Call(trunc));
        }
        if (x is PyValueInstance { Value: string vs })
        {
            return IntParser.Parse(vs, 10, vs);
        }
        throw TypeError($"int() argument must be a string, a bytes-like object or a real number, not '{type.Name}'");
    }

    /// <summary>float(x) for one argument: __float__, __index__ or string parsing.</summary>
    /// <summary>A real number argument as a float (PyFloat_AsDouble): a str is refused, unlike float().</summary>
    public static double RealToFloat(object value) =>
        value is double d ? d
        : value is string || (Py.TypeOf(value).Slots[(int)SlotId.Float] is null && !IsIndex(value)) ? throw TypeError($"must be real number, not {TypeName(value)}")
        : ToFloat(value);

    public static double ToFloat(object x)
    {
        switch (x)
        {
            case double d:
                return d;
            case long l:
                return l;
            case bool b:
                return b ? 1 : 0;
            case BigInteger bi:
                return IntOps.ToDouble(bi);
            case string s:
                return FloatParser.Parse(s);
            case PyBytes bytes:
                return FloatParser.Parse(System.Text.Encoding.Latin1.GetString(bytes.Value), bytes);
            case PyByteArray array:
                return FloatParser.Parse(System.Text.Encoding.Latin1.GetString(array.Value.ToArray()), array);
        }
        var type = Py.TypeOf(x);
        if (type.Slots[(int)SlotId.Float] is { } f)
        {
            var r = CallBound(f, x);
            if (r is double rd)
            {
                return rd;
            }
            if (r is PyValueInstance { Value: double vd })
            {
                return vd;
            }
            throw TypeError($"{type.Name}.__float__ returned non-float (type {TypeName(r)})");
        }
        if (type.Slots[(int)SlotId.Index] is not null)
        {
            return IntOps.ToDouble(Index(x));
        }
        if (x is PyValueInstance { Value: string vs })
        {
            return FloatParser.Parse(vs);
        }
        throw TypeError($"float() argument must be a string or a real number, not '{type.Name}'");
    }
}
