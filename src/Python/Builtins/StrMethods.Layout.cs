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
            if (width <= s.Length)
            {
                return s;
            }
            var marg = (int)width - s.Length;
            var left = (marg / 2) + (marg & (int)width & 1);
            return new string(fill, left) + s + new string(fill, marg - left);
        });
        t.DefRange("ljust", 1, 2, a =>
        {
            var s = Value(a[0]);
            var width = Ops.IndexAsLong(a[1]);
            return width <= s.Length ? s : s + new string(FillChar(a), (int)width - s.Length);
        });
        t.DefRange("rjust", 1, 2, a =>
        {
            var s = Value(a[0]);
            var width = Ops.IndexAsLong(a[1]);
            return width <= s.Length ? s : new string(FillChar(a), (int)width - s.Length) + s;
        });
        t.Def("zfill", (self, w) => ZFill(Value(self), Ops.IndexAsLong(w)));
        t.DefNamed("expandtabs", new[] { "self", "tabsize" }, 1, a => ExpandTabs(Value(a[0]!), a[1] is null ? 8 : Ops.IndexAsLong(a[1]!)));
    }

    private static char FillChar(object[] a)
    {
        if (a.Length < 3)
        {
            return ' ';
        }
        var f = a[2] as string ?? throw Ops.TypeError($"The fill character must be a unicode character, not {Ops.TypeName(a[2])}");
        return f.Length == 1 ? f[0] : throw Ops.TypeError("The fill character must be exactly one character long");
    }

    public static string ZFill(string s, long width)
    {
        if (width <= s.Length)
        {
            return s;
        }
        var pad = new string('0', (int)width - s.Length);
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
            if (c == '\t')
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
        t.Def("isalpha", self => Py.Bool(All(Value(self), char.IsLetter)));
        t.Def("isalnum", self => Py.Bool(All(Value(self), c => char.IsLetter(c) || char.IsDigit(c) || char.IsNumber(c))));
        t.Def("isdecimal", self => Py.Bool(All(Value(self), c => char.GetUnicodeCategory(c) == UnicodeCategory.DecimalDigitNumber)));
        t.Def("isdigit", self => Py.Bool(All(Value(self), c => char.IsDigit(c) || (char.GetUnicodeCategory(c) == UnicodeCategory.OtherNumber && CharUnicodeInfo.GetDigitValue(c) >= 0))));
        t.Def("isnumeric", self => Py.Bool(All(Value(self), char.IsNumber)));
        t.Def("isspace", self => Py.Bool(All(Value(self), IsSpace)));
        t.Def("isascii", self => Py.Bool(Value(self).All(c => c < 0x80)));
        t.Def("isprintable", self => Py.Bool(IsPrintable(Value(self))));
        t.Def("isidentifier", self => Py.Bool(IsIdentifier(Value(self))));
        t.Def("islower", self => Py.Bool(CaseCheck(Value(self), lower: true)));
        t.Def("isupper", self => Py.Bool(CaseCheck(Value(self), lower: false)));
        t.Def("istitle", self => Py.Bool(IsTitle(Value(self))));
    }

    private static bool All(string s, Func<char, bool> test)
    {
        if (s.Length == 0)
        {
            return false;
        }
        foreach (var c in s)
        {
            if (!test(c))
            {
                return false;
            }
        }
        return true;
    }

    private static bool CaseCheck(string s, bool lower)
    {
        var cased = false;
        foreach (var c in s)
        {
            if (lower ? IsUpperChar(c) || char.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter : IsLowerChar(c) || char.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter)
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
        foreach (var c in s)
        {
            if (IsUpperChar(c) || char.GetUnicodeCategory(c) == UnicodeCategory.TitlecaseLetter)
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
        if (s.Length == 0 || !(char.IsLetter(s[0]) || s[0] == '_' || char.GetUnicodeCategory(s[0]) == UnicodeCategory.LetterNumber))
        {
            return false;
        }
        for (var i = 1; i < s.Length; i++)
        {
            var c = s[i];
            var cat = char.GetUnicodeCategory(c);
            if (!(char.IsLetterOrDigit(c) || c == '_' || cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.LetterNumber))
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
                    if (ks.Length != 1)
                    {
                        throw Ops.ValueError("string keys in translate table must be of length 1");
                    }
                    table[Py.Int(ks[0])] = v;
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
        if (x.Length != y.Length)
        {
            throw Ops.ValueError("the first two maketrans arguments must have equal length");
        }
        for (var i = 0; i < x.Length; i++)
        {
            table[Py.Int(x[i])] = Py.Int(y[i]);
        }
        if (a.Length == 3)
        {
            var z = a[2] as string ?? throw Ops.TypeError($"maketrans() argument 3 must be str, not {Ops.TypeName(a[2])}");
            foreach (var c in z)
            {
                table[Py.Int(c)] = Py.None;
            }
        }
        return table;
    }

    private static string Translate(string s, object table)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
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
                    sb.Append(c);
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
                    sb.Append(char.ConvertFromUtf32((int)Ops.IndexAsLong(mapped)));
                    break;
            }
        }
        return sb.ToString();
    }
}
