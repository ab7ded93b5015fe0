using System.Globalization;
using System.Text;
using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Lexing;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>The methods of <c>str</c> (on System.String; positions and lengths are code points, see <see cref="CodePoints"/>).</summary>
internal static partial class StrMethods
{
    private static readonly string[] OneCharStrings = MakeOneChars();

    private static string[] MakeOneChars()
    {
        var a = new string[256];
        for (var i = 0; i < a.Length; i++)
        {
            a[i] = ((char)i).ToString();
        }
        return a;
    }

    public static string CharAt(string s, int i)
    {
        var c = s[i];
        return c < 256 ? OneCharStrings[c] : c.ToString();
    }

    public static string Value(object self) => self switch
    {
        string s => s,
        PyValueInstance { Value: string vs } => vs,
        _ => throw Ops.TypeError($"descriptor requires a 'str' object but received a '{Ops.TypeName(self)}'"),
    };

    private static string Arg(object o, string method) => o switch
    {
        string s => s,
        PyValueInstance { Value: string vs } => vs,
        _ => throw Ops.TypeError($"{method} arg must be None or str"),
    };

    private static string StrArg(object o, string what) => o switch
    {
        string s => s,
        PyValueInstance { Value: string vs } => vs,
        _ => throw Ops.TypeError($"{what} must be str, not {Ops.TypeName(o)}"),
    };

    public static void Fill(PyType t)
    {
        t.Def("__add__", (self, other) => other is string o ? Value(self) + o : other is PyValueInstance { Value: string vo } ? Value(self) + vo : Py.NotImplemented);
        t.Def("__mul__", (self, n) => Repeat(Value(self), n));
        t.Def("__rmul__", (self, n) => Repeat(Value(self), n));
        t.Def("__mod__", (self, args) => PercentFormatter.Format(Value(self), args));
        t.Def("__rmod__", (self, other) => Py.NotImplemented);
        t.Def("__contains__", (self, item) => Py.Bool(Value(self).Contains(StrArg(item, "'in <string>' requires string as left operand, not"), StringComparison.Ordinal)));
        t.Def("__getitem__", (self, key) => GetItem(Value(self), key));
        t.Def("__len__", self => Py.Int(CodePoints.Length(Value(self))));
        t.Def("__iter__", self => new StrIterator(Value(self)));
        t.Def("__hash__", self => Py.Int(PyDict.StringHash(Value(self))));
        foreach (var (name, op) in new[] { ("__eq__", CompareOp.Eq), ("__ne__", CompareOp.Ne), ("__lt__", CompareOp.Lt), ("__le__", CompareOp.Le), ("__gt__", CompareOp.Gt), ("__ge__", CompareOp.Ge) })
        {
            t.Def(name, (self, other) => other is string || other is PyValueInstance { Value: string }
                ? Py.Bool(Ops.CompareResult(CodePoints.Compare(Value(self), Value(other)), op))
                : Py.NotImplemented);
        }
        t.Def("__repr__", self => Repr(Value(self)));
        t.Def("__str__", self => Value(self));
        t.Def("__format__", (self, spec) => Formatter.FormatStr(Value(self), StrArg(spec, "format spec")));
        t.Def("__getnewargs__", self => new PyTuple(new object[] { Value(self) }));
        t.DefNamed("__new__", new[] { "cls", "object", "encoding", "errors" }, 1, a => New((PyType)a[0]!, a[1], a[2], a[3]));
        t.Namespace["__new__"] = new PyStaticMethod(t.Namespace["__new__"]);
        FillCase(t);
        FillSearch(t);
        FillSplit(t);
        FillLayout(t);
        FillPredicates(t);
        t.DefRaw("format", (args, kw) => StrFormatter.Format(Value(args[0]), args, 1, kw));
        t.Def("format_map", (self, mapping) => StrFormatter.FormatMap(Value(self), mapping));
        t.DefNamed("encode", new[] { "self", "encoding", "errors" }, 1, a =>
            new PyBytes(Codecs.Encode(Value(a[0]!), a[1] is null ? "utf-8" : StrArg(a[1]!, "encode() argument 'encoding'"), a[2] is null ? "strict" : StrArg(a[2]!, "encode() argument 'errors'"))));
        t.DefStatic("maketrans", 1, 3, MakeTrans);
        t.Def("translate", (self, table) => Translate(Value(self), table));
    }

    private static object New(PyType cls, object? obj, object? encoding, object? errors)
    {
        string value;
        if (encoding is null && errors is null)
        {
            value = obj is null ? "" : Ops.Str(obj);
        }
        else
        {
            var bytes = obj switch
            {
                PyBytes b => b.Value,
                PyByteArray ba => ba.Value.ToArray(),
                null => Array.Empty<byte>(),
                string => throw Ops.TypeError("decoding str is not supported"),
                _ when Modules.BytesLike.Is(obj) => Modules.BytesLike.Read(obj),
                _ => throw Ops.TypeError($"decoding to str: need a bytes-like object, {Ops.TypeName(obj)} found"),
            };
            value = Codecs.Decode(bytes, encoding is null ? "utf-8" : StrArg(encoding, "str() argument 'encoding'"), errors is null ? "strict" : StrArg(errors, "str() argument 'errors'"));
        }
        return ReferenceEquals(cls, Py.StrType) ? value : new PyValueInstance(cls, value);
    }

    private static object Repeat(string s, object n)
    {
        if (!Ops.IsIndex(n))
        {
            return Py.NotImplemented;
        }
        var count = Ops.IndexAsLong(n);
        if (count <= 0 || s.Length == 0)
        {
            return "";
        }
        if (count * s.Length > int.MaxValue / 2)
        {
            throw Error(PyExc.MemoryError);
        }
        var sb = new StringBuilder(s.Length * (int)count);
        for (var i = 0; i < count; i++)
        {
            sb.Append(s);
        }
        return sb.ToString();
    }

    private static PythonException Error(PyType t) => new PyBaseException(t, Py.EmptyTuple).ToClr();

    public static object GetItem(string s, object key)
    {
        if (key is long i)
        {
            return CodePoints.IsSimple(s) ? CharAt(s, Ops.SequenceIndex(i, s.Length, "string")) : ItemSlow(s, i);
        }
        if (key is PySlice slice)
        {
            return CodePoints.IsSimple(s) ? Slice(s, slice) : SliceSlow(s, slice);
        }
        if (Ops.IsIndex(key))
        {
            return GetItem(s, Ops.IndexAsLongClamped(key));
        }
        throw Ops.TypeError($"string indices must be integers, not '{Ops.TypeName(key)}'");
    }

    private static string Slice(string s, PySlice slice)
    {
        var n = Ops.SliceIndices(slice, s.Length, out var start, out _, out var step);
        if (step == 1)
        {
            return s.Substring(start, n);
        }
        var sb = new StringBuilder(n);
        for (var k = 0; k < n; k++)
        {
            sb.Append(s[start + (k * step)]);
        }
        return sb.ToString();
    }

    private static string ItemSlow(string s, long i)
    {
        var offset = CodePoints.ToOffset(s, Ops.SequenceIndex(i, CodePoints.Length(s), "string"));
        return s.Substring(offset, CodePoints.Width(s, offset));
    }

    private static string SliceSlow(string s, PySlice slice)
    {
        var n = Ops.SliceIndices(slice, CodePoints.Length(s), out var start, out _, out var step);
        if (step == 1)
        {
            var from = CodePoints.ToOffset(s, start);
            var to = CodePoints.ToOffset(s.AsSpan(from), n) + from;
            return s[from..to];
        }
        var points = CodePoints.ToArray(s);
        var sb = new StringBuilder(n);
        for (var k = 0; k < n; k++)
        {
            sb.AppendCodePoint(points[start + (k * step)]);
        }
        return sb.ToString();
    }

    /// <summary>repr(str): single quotes unless the text has ' and no ", escapes for unprintable characters.</summary>
    public static string Repr(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        PyRepr.AppendStr(sb, s);
        return sb.ToString();
    }

    /// <summary>str.isprintable: every code point (a surrogate pair counts as one) is printable.</summary>
    private static bool IsPrintable(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            var cp = char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])
                ? char.ConvertToUtf32(s[i], s[++i])
                : s[i];
            if (!UnicodeTables.IsPrintable(cp))
                return false;
        }
        return true;
    }

    /// <summary>Escapes every non-ASCII character as \x, \u or \U (ascii()).</summary>
    public static string EscapeNonAscii(string s)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c < 0x80)
            {
                sb.Append(c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                sb.Append("\\U").Append(char.ConvertToUtf32(c, s[++i]).ToString("x8", CultureInfo.InvariantCulture));
            }
            else if (c < 0x100)
            {
                sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }
        return sb.ToString();
    }


    /// <summary>Python's notion of whitespace (str.isspace, split() and strip() without arguments).</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || (c >= '\x1c' && c <= '\x1f');

    /// <summary>Adjusts optional start/end arguments like a slice of a string of <paramref name="length"/>.</summary>
    private static (int Start, int End) Range(object?[] a, int startIndex, int length)
    {
        var start = 0;
        var end = length;
        if (startIndex < a.Length && a[startIndex] is { } s && s is not PyNone)
        {
            // A start past the end stays past it, so even "" is not found there (CPython's ADJUST_INDICES).
            var v = Ops.IndexAsLongClamped(s);
            start = v > length ? length + 1 : AdjustBound(v, length);
        }
        if (startIndex + 1 < a.Length && a[startIndex + 1] is { } e && e is not PyNone)
        {
            end = AdjustBound(Ops.IndexAsLongClamped(e), length);
        }
        return (start, end);
    }

    private static int AdjustBound(long v, int length)
    {
        if (v < 0)
        {
            v += length;
            if (v < 0)
            {
                v = 0;
            }
        }
        else if (v > length)
        {
            v = length;
        }
        return (int)v;
    }
}
