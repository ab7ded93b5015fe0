using System.Text;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>Splitting, joining, stripping and partitioning str.</summary>
internal static partial class StrMethods
{
    private static void FillSplit(PyType t)
    {
        t.DefNamed("split", new[] { "self", "sep", "maxsplit" }, 1, a => Split(Value(a[0]!), SepArg(a[1]), MaxSplit(a[2])));
        t.DefNamed("rsplit", new[] { "self", "sep", "maxsplit" }, 1, a => RSplit(Value(a[0]!), SepArg(a[1]), MaxSplit(a[2])));
        t.DefNamed("splitlines", new[] { "self", "keepends" }, 1, a => SplitLines(Value(a[0]!), a[1] is { } k && Ops.IsTrue(k)));
        t.Def("join", (self, items) => Join(Value(self), items));
        t.DefRange("strip", 0, 1, a => Strip(Value(a[0]), a.Length > 1 ? a[1] : Py.None, true, true, "strip"));
        t.DefRange("lstrip", 0, 1, a => Strip(Value(a[0]), a.Length > 1 ? a[1] : Py.None, true, false, "lstrip"));
        t.DefRange("rstrip", 0, 1, a => Strip(Value(a[0]), a.Length > 1 ? a[1] : Py.None, false, true, "rstrip"));
        t.Def("partition", (self, sep) => Partition(Value(self), StrArg(sep, "partition() argument"), reverse: false));
        t.Def("rpartition", (self, sep) => Partition(Value(self), StrArg(sep, "rpartition() argument"), reverse: true));
    }

    private static string? SepArg(object? o)
    {
        if (o is null or PyNone)
        {
            return null;
        }
        var s = o as string ?? (o is PyValueInstance { Value: string v } ? v : throw Ops.TypeError($"must be str or None, not {Ops.TypeName(o)}"));
        return s.Length == 0 ? throw Ops.ValueError("empty separator") : s;
    }

    private static long MaxSplit(object? o) => o is null ? -1 : Ops.IndexAsLong(o);

    public static PyList Split(string s, string? sep, long maxsplit)
    {
        var result = new PyList();
        if (maxsplit < 0)
        {
            maxsplit = long.MaxValue;
        }
        if (sep is null)
        {
            var i = 0;
            while (true)
            {
                while (i < s.Length && IsSpace(s[i]))
                {
                    i++;
                }
                if (i == s.Length)
                {
                    break;
                }
                if (maxsplit-- == 0)
                {
                    result.Add(s[i..]);
                    break;
                }
                var j = i;
                while (j < s.Length && !IsSpace(s[j]))
                {
                    j++;
                }
                result.Add(s[i..j]);
                i = j;
            }
            return result;
        }
        var pos = 0;
        while (maxsplit-- > 0)
        {
            var j = s.IndexOf(sep, pos, StringComparison.Ordinal);
            if (j < 0)
            {
                break;
            }
            result.Add(s[pos..j]);
            pos = j + sep.Length;
        }
        result.Add(s[pos..]);
        return result;
    }

    public static PyList RSplit(string s, string? sep, long maxsplit)
    {
        if (maxsplit < 0)
        {
            return Split(s, sep, -1);
        }
        var parts = new List<object>();
        if (sep is null)
        {
            var i = s.Length;
            while (true)
            {
                while (i > 0 && IsSpace(s[i - 1]))
                {
                    i--;
                }
                if (i == 0)
                {
                    break;
                }
                if (maxsplit-- == 0)
                {
                    parts.Add(s[..i]);
                    break;
                }
                var j = i;
                while (j > 0 && !IsSpace(s[j - 1]))
                {
                    j--;
                }
                parts.Add(s[j..i]);
                i = j;
            }
        }
        else
        {
            var end = s.Length;
            while (maxsplit-- > 0 && end >= sep.Length)
            {
                var j = s.LastIndexOf(sep, end - 1, end, StringComparison.Ordinal);
                if (j < 0)
                {
                    break;
                }
                parts.Add(s[(j + sep.Length)..end]);
                end = j;
            }
            parts.Add(s[..end]);
        }
        parts.Reverse();
        return new PyList(parts.ToArray());
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    public static PyList SplitLines(string s, bool keepEnds)
    {
        var result = new PyList();
        var i = 0;
        while (i < s.Length)
        {
            var j = i;
            while (j < s.Length && !IsLineBreak(s[j]))
            {
                j++;
            }
            var eol = j;
            if (j < s.Length)
            {
                eol = j + (s[j] == '\r' && j + 1 < s.Length && s[j + 1] == '\n' ? 2 : 1);
            }
            result.Add(s[i..(keepEnds ? eol : j)]);
            i = eol;
        }
        return result;
    }

    public static string Join(string sep, object items) => Join(sep, Ops.ToArray(items));

    public static string Join(string sep, ReadOnlySpan<object> parts)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(sep);
            }
            sb.Append(parts[i] switch
            {
                string s => s,
                PyValueInstance { Value: string v } => v,
                _ => throw Ops.TypeError($"sequence item {i}: expected str instance, {Ops.TypeName(parts[i])} found"),
            });
        }
        return sb.ToString();
    }

    private static string Strip(string s, object chars, bool left, bool right, string method)
    {
        var start = 0;
        var end = s.Length;
        if (chars is PyNone)
        {
            while (left && start < end && IsSpace(s[start]))
            {
                start++;
            }
            while (right && end > start && IsSpace(s[end - 1]))
            {
                end--;
            }
        }
        else
        {
            var set = chars as string ?? (chars is PyValueInstance { Value: string v } ? v : throw Ops.TypeError($"{method} arg must be None or str"));
            if (!CodePoints.IsSimple(set) || !CodePoints.IsSimple(s))
            {
                return StripCodePoints(s, set, left, right);
            }
            while (left && start < end && set.Contains(s[start]))
            {
                start++;
            }
            while (right && end > start && set.Contains(s[end - 1]))
            {
                end--;
            }
        }
        return start == 0 && end == s.Length ? s : s[start..end];
    }

    private static string StripCodePoints(string s, string set, bool left, bool right)
    {
        var points = CodePoints.ToArray(s);
        var strip = CodePoints.ToArray(set);
        var start = 0;
        var end = points.Length;
        while (left && start < end && Array.IndexOf(strip, points[start]) >= 0)
        {
            start++;
        }
        while (right && end > start && Array.IndexOf(strip, points[end - 1]) >= 0)
        {
            end--;
        }
        var from = CodePoints.ToOffset(s, start);
        return s[from..(from + CodePoints.ToOffset(s.AsSpan(from), end - start))];
    }

    private static PyTuple Partition(string s, string sep, bool reverse)
    {
        if (sep.Length == 0)
        {
            throw Ops.ValueError("empty separator");
        }
        var i = reverse ? s.LastIndexOf(sep, StringComparison.Ordinal) : s.IndexOf(sep, StringComparison.Ordinal);
        if (i < 0)
        {
            return reverse ? new PyTuple(new object[] { "", "", s }) : new PyTuple(new object[] { s, "", "" });
        }
        return new PyTuple(new object[] { s[..i], sep, s[(i + sep.Length)..] });
    }
}
