using System.Buffers;
using System.Globalization;
using System.Text;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>Padding and layout of str: center, ljust, rjust, zfill, expandtabs; character predicates; translate.</summary>
internal static partial class StrMethods
{
    private static void FillLayout(PyType t)
    {
        t.DefRange("center", 1, 2, a =>
        {
            var s = Value(a[0]);
            var width = Ops.IndexAsLong(a[1]);
            var fill = FillChar(a);
            var length = CodePoints.Length(s);
            if (width <= length)
            {
                return s;
            }
            var marg = (int)width - length;
            var left = (marg / 2) + (marg & (int)width & 1);
            return Repeat(fill, left) + s + Repeat(fill, marg - left);
        });
        t.DefRange("ljust", 1, 2, a =>
        {
            var s = Value(a[0]);
            var width = Ops.IndexAsLong(a[1]);
            var length = CodePoints.Length(s);
            return width <= length ? s : s + Repeat(FillChar(a), (int)width - length);
        });
        t.DefRange("rjust", 1, 2, a =>
        {
            var s = Value(a[0]);
            var width = Ops.IndexAsLong(a[1]);
            var length = CodePoints.Length(s);
            return width <= length ? s : Repeat(FillChar(a), (int)width - length) + s;
        });
        t.Def("zfill", (self, w) => ZFill(Value(self), Ops.IndexAsLong(w)));
        t.DefNamed("expandtabs", new[] { "self", "tabsize" }, 1, a => ExpandTabs(Value(a[0]!), a[1] is null ? 8 : Ops.IndexAsLong(a[1]!)));
    }

    /// <summary>The fill character argument: one code point, so possibly two UTF-16 units.</summary>
    private static string FillChar(object[] a)
    {
        if (a.Length < 3)
        {
            return " ";
        }
        var f = a[2] as string ?? throw Ops.TypeError($"The fill character must be a unicode character, not {Ops.TypeName(a[2])}");
        return CodePoints.Length(f) == 1 ? f : throw Ops.TypeError("The fill character must be exactly one character long");
    }

    /// <summary><paramref name="fill"/> (one code point) repeated <paramref name="count"/> times.</summary>
    public static string Repeat(string fill, int count)
    {
        if (fill.Length == 1)
        {
            return new string(fill[0], count);
        }
        return string.Create(count * fill.Length, fill, static (span, f) =>
        {
            for (var i = 0; i < span.Length; i += f.Length)
            {
                f.AsSpan().CopyTo(span[i..]);
            }
        });
    }

    public static string ZFill(string s, long width)
    {
        var length = CodePoints.Length(s);
        if (width <= length)
        {
            return s;
        }
        var pad = new string('0', (int)width - length);
        if (s.Length > 0 && s[0] is '+' or '-')
        {
            return s[0] + pad + s[1..];
        }
        return pad + s;
    }

    private static string ExpandTabs(string s, long tabsize)
    {
        var sb = new StringBuilder(s.Length);
        var column = 0;
        foreach (var c in s)
        {
            if (char.IsLowSurrogate(c) && sb.Length > 0 && char.IsHighSurrogate(sb[^1]))
            {
                sb.Append(c);
            }
            else if (c == '\t')
            {
                if (tabsize > 0)
                {
                    var n = (int)(tabsize - (column % tabsize));
                    sb.Append(' ', n);
                    column += n;
                }
            }
            else
            {
                sb.Append(c);
                column = c is '\n' or '\r' ? 0 : column + 1;
            }
        }
        return sb.ToString();
    }

    private static void FillPredicates(PyType t)
    {
        t.Def("isalpha", self => Py.Bool(All(Value(self), Rune.IsLetter)));
        t.Def("isalnum", self => Py.Bool(All(Value(self), r => Rune.IsLetter(r) || Rune.IsNumber(r))));
        t.Def("isdecimal", self => Py.Bool(All(Value(self), r => Rune.GetUnicodeCategory(r) == UnicodeCategory.DecimalDigitNumber)));
        t.Def("isdigit", self => Py.Bool(All(Value(self), r => Rune.IsDigit(r) || (Rune.GetUnicodeCategory(r) == UnicodeCategory.OtherNumber && CharUnicodeInfo.GetDigitValue(r.ToString(), 0) >= 0))));
        t.Def("isnumeric", self => Py.Bool(All(Value(self), Rune.IsNumber)));
        t.Def("isspace", self => Py.Bool(All(Value(self), r => r.IsBmp && IsSpace((char)r.Value))));
        t.Def("isascii", self => Py.Bool(Value(self).All(c => c < 0x80)));
        t.Def("isprintable", self => Py.Bool(IsPrintable(Value(self))));
        t.Def("isidentifier", self => Py.Bool(IsIdentifier(Value(self))));
        t.Def("islower", self => Py.Bool(CaseCheck(Value(self), lower: true)));
        t.Def("isupper", self => Py.Bool(CaseCheck(Value(self), lower: false)));
        t.Def("istitle", self => Py.Bool(IsTitle(Value(self))));
    }

    /// <summary>True when <paramref name="s"/> is not empty and every code point passes (a lone surrogate fails).</summary>
    private static bool All(string s, Func<Rune, bool> test)
    {
        if (s.Length == 0)
        {
            return false;
        }
        for (var i = 0; i < s.Length;)
        {
            if (Rune.DecodeFromUtf16(s.AsSpan(i), out var r, out var used) != OperationStatus.Done || !test(r))
            {
                return false;
            }
            i += used;
        }
        return true;
    }

    private static bool CaseCheck(string s, bool lower)
    {
        var cased = false;
        for (var i = 0; i < s.Length; i += CodePoints.Width(s, i))
        {
            var c = RuneAt(s, i);
            if (lower ? IsUpperChar(c) || Rune.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter : IsLowerChar(c) || Rune.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter)
            {
                return false;
            }
            if (lower ? IsLowerChar(c) : IsUpperChar(c))
            {
                cased = true;
            }
        }
        return cased;
    }

    private static bool IsTitle(string s)
    {
        var cased = false;
        var previousCased = false;
        for (var i = 0; i < s.Length; i += CodePoints.Width(s, i))
        {
            var c = RuneAt(s, i);
            if (IsUpperChar(c) || Rune.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter)
            {
                if (previousCased)
                {
                    return false;
                }
                previousCased = true;
                cased = true;
            }
            else if (IsLowerChar(c))
            {
                if (!previousCased)
                {
                    return false;
                }
                previousCased = true;
                cased = true;
            }
            else
            {
                previousCased = false;
            }
        }
        return cased;
    }

    public static bool IsIdentifier(string s)
    {
        if (s.Length == 0)
        {
            return false;
        }
        var first = true;
        for (var i = 0; i < s.Length; first = false)
        {
            if (Rune.DecodeFromUtf16(s.AsSpan(i), out var r, out var used) != OperationStatus.Done)
            {
                return false;
            }
            i += used;
            var cat = Rune.GetUnicodeCategory(r);
            var start = Rune.IsLetter(r) || r.Value == '_' || cat == UnicodeCategory.LetterNumber;
            if (!(first ? start : start || Rune.IsDigit(r) || cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation))
            {
                return false;
            }
        }
        return true;
    }

    private static object MakeTrans(object[] a)
    {
        var table = new PyDict();
        if (a.Length == 1)
        {
            if (a[0] is not PyDict d)
            {
                throw Ops.TypeError("if you give only one argument to maketrans it must be a dict");
            }
            var pos = 0;
            while (d.TryGetEntry(ref pos, out var k, out var v))
            {
                if (k is string ks)
                {
                    if (CodePoints.Length(ks) != 1)
                    {
                        throw Ops.ValueError("string keys in translate table must be of length 1");
                    }
                    table[Py.Int(CodePoints.At(ks, 0))] = v;
                }
                else if (IntOps.IsInt(k))
                {
                    table[k] = v;
                }
                else
                {
                    throw Ops.TypeError("keys in translate table must be strings or integers");
                }
            }
            return table;
        }
        var x = a[0] as string ?? throw Ops.TypeError("first maketrans argument must be a string if there is a second argument");
        var y = a[1] as string ?? throw Ops.TypeError($"maketrans() argument 2 must be str, not {Ops.TypeName(a[1])}");
        var from = CodePoints.ToArray(x);
        var to = CodePoints.ToArray(y);
        if (from.Length != to.Length)
        {
            throw Ops.ValueError("the first two maketrans arguments must have equal length");
        }
        for (var i = 0; i < from.Length; i++)
        {
            table[Py.Int(from[i])] = Py.Int(to[i]);
        }
        if (a.Length == 3)
        {
            var z = a[2] as string ?? throw Ops.TypeError($"maketrans() argument 3 must be str, not {Ops.TypeName(a[2])}");
            foreach (var c in CodePoints.ToArray(z))
            {
                table[Py.Int(c)] = Py.None;
            }
        }
        return table;
    }

    private static string Translate(string s, object table)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in CodePoints.ToArray(s))
        {
            object? mapped;
            if (table is PyDict d)
            {
                mapped = d.TryGetValue(Py.Int(c), out var v) ? v : null;
            }
            else
            {
                try
                {
                    mapped = Ops.GetItem(table, Py.Int(c));
                }
                catch (PythonException e) when (Ops.Matches(e, PyExc.LookupError))
                {
                    mapped = null;
                }
            }
            switch (mapped)
            {
                case null:
                    sb.AppendCodePoint(c);
                    break;
                case PyNone:
                    break;
                case string r:
                    sb.Append(r);
                    break;
                default:
                    if (!IntOps.IsInt(mapped))
                    {
                        throw Ops.TypeError("character mapping must return integer, None or str");
                    }
                    var cp = Ops.IndexAsLong(mapped);
                    if (cp is < 0 or > 0x10FFFF)
                    {
                        throw Ops.ValueError("character mapping must be in range(0x110000)");
                    }
                    sb.AppendCodePoint((int)cp);
                    break;
            }
        }
        return sb.ToString();
    }
}
