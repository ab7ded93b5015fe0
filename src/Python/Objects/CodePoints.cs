using System.Text;

namespace IronUwsgi.Python.Objects;

/// <summary>
/// Python's view of a System.String: a sequence of code points, where a UTF-16 surrogate pair is one
/// character and a lone surrogate is one. Every str operation that exposes positions or lengths
/// translates through here; strings without surrogates (the common case) take a vectorised check
/// and then use UTF-16 offsets unchanged.
/// </summary>
internal static class CodePoints
{
    // Strings at least this long are remembered once found simple, so that loops indexing or
    // slicing one big str do not rescan it at every step.
    private const int MemoLength = 256;

    // Per-thread scratch state invisible to Python code: the last long string found simple
    // (strings are immutable, so the answer never goes stale).
    [ThreadStatic]
    private static string? lastSimple;

    /// <summary>True when every UTF-16 unit is a whole code point, so offsets are indexes.</summary>
    public static bool IsSimple(ReadOnlySpan<char> s) => s.IndexOfAnyInRange('\uD800', '\uDFFF') < 0;

    /// <summary>As the span form, remembering the last long simple string of this thread.</summary>
    public static bool IsSimple(string s)
    {
        if (s.Length < MemoLength)
        {
            return IsSimple(s.AsSpan());
        }
        if (ReferenceEquals(s, lastSimple))
        {
            return true;
        }
        if (!IsSimple(s.AsSpan()))
        {
            return false;
        }
        lastSimple = s;
        return true;
    }

    /// <summary>len() of a str.</summary>
    public static int Length(string s) => IsSimple(s) ? s.Length : Length(s.AsSpan());

    /// <summary>The UTF-16 offset of code point <paramref name="index"/> of <paramref name="s"/>.</summary>
    public static int ToOffset(string s, int index) => IsSimple(s) ? index : ToOffset(s.AsSpan(), index);

    /// <summary>The code-point index of UTF-16 <paramref name="offset"/> in <paramref name="s"/>.</summary>
    public static int ToIndex(string s, int offset) => IsSimple(s) ? offset : ToIndex(s.AsSpan(), offset);

    public static int Length(ReadOnlySpan<char> s)
    {
        var first = s.IndexOfAnyInRange('\uD800', '\uDFFF');
        return first < 0 ? s.Length : first + CountSlow(s[first..]);
    }

    private static int CountSlow(ReadOnlySpan<char> s)
    {
        var n = 0;
        for (var i = 0; i < s.Length; i++, n++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                i++;
            }
        }
        return n;
    }

    /// <summary>How many UTF-16 units the code point starting at <paramref name="offset"/> takes (1 or 2).</summary>
    public static int Width(ReadOnlySpan<char> s, int offset) =>
        char.IsHighSurrogate(s[offset]) && offset + 1 < s.Length && char.IsLowSurrogate(s[offset + 1]) ? 2 : 1;

    /// <summary>The code point starting at UTF-16 <paramref name="offset"/>.</summary>
    public static int At(ReadOnlySpan<char> s, int offset) =>
        Width(s, offset) == 2 ? char.ConvertToUtf32(s[offset], s[offset + 1]) : s[offset];

    /// <summary>The UTF-16 offset of code point <paramref name="index"/> (0..Length inclusive).</summary>
    public static int ToOffset(ReadOnlySpan<char> s, int index)
    {
        var first = s.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (first < 0 || index <= first)
        {
            return index;
        }
        var offset = first;
        for (var n = first; n < index && offset < s.Length; n++)
        {
            offset += Width(s, offset);
        }
        return offset;
    }

    /// <summary>The code-point index of UTF-16 <paramref name="offset"/> (an offset inside a pair counts as its pair).</summary>
    public static int ToIndex(ReadOnlySpan<char> s, int offset)
    {
        var head = s[..offset];
        var first = head.IndexOfAnyInRange('\uD800', '\uDFFF');
        return first < 0 ? offset : first + CountSlow(head[first..]);
    }

    /// <summary>One code point as a str.</summary>
    public static string FromCodePoint(int cp) =>
        cp < 0x10000 ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);

    /// <summary>Appends one code point (a lone surrogate stays a lone unit).</summary>
    public static StringBuilder AppendCodePoint(this StringBuilder sb, int cp) =>
        cp < 0x10000 ? sb.Append((char)cp) : sb.Append(char.ConvertFromUtf32(cp));

    /// <summary>The code points of a string in order.</summary>
    public static int[] ToArray(ReadOnlySpan<char> s)
    {
        var result = new int[Length(s)];
        for (int i = 0, n = 0; i < s.Length; n++)
        {
            var w = Width(s, i);
            result[n] = w == 2 ? char.ConvertToUtf32(s[i], s[i + 1]) : s[i];
            i += w;
        }
        return result;
    }

    /// <summary>Python's ordering of strings: by code point, which UTF-16 ordinal order is not past U+E000.</summary>
    public static int Compare(string a, string b)
    {
        var common = a.AsSpan().CommonPrefixLength(b);
        if (common == a.Length || common == b.Length)
        {
            return a.Length - b.Length;
        }
        return Rank(a[common]) - Rank(b[common]);
    }

    // Moves surrogates above U+E000..U+FFFF so that units compare in code-point order.
    private static int Rank(char c) => c < '\uD800' ? c : c < '\uE000' ? c + 0x2000 : c - 0x800;
}
