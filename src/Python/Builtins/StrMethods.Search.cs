using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>Searching in str: find/index/count/startswith/endswith/replace and prefix removal.</summary>
internal static partial class StrMethods
{
    private static void FillSearch(PyType t)
    {
        t.DefRange("find", 1, 3, a => Py.Int(Find(a, reverse: false)));
        t.DefRange("rfind", 1, 3, a => Py.Int(Find(a, reverse: true)));
        t.DefRange("index", 1, 3, a =>
        {
            var i = Find(a, reverse: false);
            return i >= 0 ? Py.Int(i) : throw Ops.ValueError("substring not found");
        });
        t.DefRange("rindex", 1, 3, a =>
        {
            var i = Find(a, reverse: true);
            return i >= 0 ? Py.Int(i) : throw Ops.ValueError("substring not found");
        });
        t.DefRange("count", 1, 3, a =>
        {
            var s = Value(a[0]);
            var sub = StrArg(a[1], "must be str, not");
            var (start, end) = UnitRange(a, s);
            if (end < start)
            {
                return Py.Int(0);
            }
            if (sub.Length == 0)
            {
                return Py.Int(CodePoints.Length(s.AsSpan(start, end - start)) + 1);
            }
            var n = 0;
            var i = start;
            while (i <= end - sub.Length)
            {
                var j = s.IndexOf(sub, i, end - i, StringComparison.Ordinal);
                if (j < 0)
                {
                    break;
                }
                n++;
                i = j + sub.Length;
            }
            return Py.Int(n);
        });
        t.DefRange("startswith", 1, 3, a => Py.Bool(Affix(a, "startswith", atStart: true)));
        t.DefRange("endswith", 1, 3, a => Py.Bool(Affix(a, "endswith", atStart: false)));
        t.DefRange("replace", 2, 3, a =>
        {
            var s = Value(a[0]);
            var old = StrArg(a[1], "replace() argument 1");
            var repl = StrArg(a[2], "replace() argument 2");
            var count = a.Length > 3 ? Ops.IndexAsLong(a[3]) : -1;
            return Replace(s, old, repl, count);
        });
        t.Def("removeprefix", (self, p) =>
        {
            var s = Value(self);
            var prefix = StrArg(p, "removeprefix() argument");
            return s.StartsWith(prefix, StringComparison.Ordinal) ? s[prefix.Length..] : s;
        });
        t.Def("removesuffix", (self, p) =>
        {
            var s = Value(self);
            var suffix = StrArg(p, "removesuffix() argument");
            return suffix.Length > 0 && s.EndsWith(suffix, StringComparison.Ordinal) ? s[..^suffix.Length] : s;
        });
    }

    private static int Find(object[] a, bool reverse)
    {
        var s = Value(a[0]);
        var sub = StrArg(a[1], "must be str, not");
        var (start, end) = UnitRange(a, s);
        if (end - start < sub.Length)
        {
            return -1;
        }
        var found = sub.Length == 0
            ? reverse ? end : start
            : reverse
                ? s.LastIndexOf(sub, end - 1, end - start, StringComparison.Ordinal)
                : s.IndexOf(sub, start, end - start, StringComparison.Ordinal);
        return found > 0 ? CodePoints.ToIndex(s, found) : found;
    }

    /// <summary>Optional start/end (code-point indexes, as in a slice) as UTF-16 offsets into <paramref name="s"/>.</summary>
    private static (int Start, int End) UnitRange(object?[] a, string s)
    {
        if (a.Length <= 2)
        {
            return (0, s.Length);
        }
        if (CodePoints.IsSimple(s))
        {
            return Range(a, 2, s.Length);
        }
        var length = CodePoints.Length(s);
        var (start, end) = Range(a, 2, length);
        return (start > length ? s.Length + 1 : CodePoints.ToOffset(s, start), CodePoints.ToOffset(s, end));
    }

    private static bool Affix(object[] a, string method, bool atStart)
    {
        var s = Value(a[0]);
        var (start, end) = UnitRange(a, s);
        if (a[1] is PyTuple options)
        {
            foreach (var o in options.Items)
            {
                if (Matches(s, start, end, o as string ?? throw Ops.TypeError($"tuple for {method} must only contain str, not {Ops.TypeName(o)}"), atStart))
                {
                    return true;
                }
            }
            return false;
        }
        var affix = a[1] as string ?? (a[1] is PyValueInstance { Value: string v } ? v
            : throw Ops.TypeError($"{method} first arg must be str or a tuple of str, not {Ops.TypeName(a[1])}"));
        return Matches(s, start, end, affix, atStart);
    }

    private static bool Matches(string s, int start, int end, string affix, bool atStart)
    {
        if (start > s.Length || end - start < affix.Length)
        {
            return false;
        }
        return string.CompareOrdinal(s, atStart ? start : end - affix.Length, affix, 0, affix.Length) == 0;
    }

    public static string Replace(string s, string old, string repl, long count)
    {
        if (count < 0)
        {
            if (old.Length == 0)
            {
                count = s.Length + 1;
            }
            else
            {
                return s.Replace(old, repl, StringComparison.Ordinal);
            }
        }
        var sb = new System.Text.StringBuilder();
        var i = 0;
        var done = 0L;
        if (old.Length == 0)
        {
            for (; i <= s.Length && done < count; done++)
            {
                sb.Append(repl);
                if (i < s.Length)
                {
                    var w = CodePoints.Width(s, i);
                    sb.Append(s, i, w);
                    i += w;
                }
                else
                {
                    i++;
                }
            }
            if (i <= s.Length)
            {
                sb.Append(s, i, s.Length - i);
            }
            return sb.ToString();
        }
        while (done < count)
        {
            var j = s.IndexOf(old, i, StringComparison.Ordinal);
            if (j < 0)
            {
                break;
            }
            sb.Append(s, i, j - i).Append(repl);
            i = j + old.Length;
            done++;
        }
        sb.Append(s, i, s.Length - i);
        return sb.ToString();
    }
}
