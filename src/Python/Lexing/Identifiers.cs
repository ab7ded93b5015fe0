using System.Globalization;

namespace IronUwsgi.Python.Lexing;

/// <summary>PEP 3131 identifier rules for names with non-ASCII characters.</summary>
internal static class Identifiers
{
    /// <summary>The char index of the first character that cannot be in an identifier there, or -1.</summary>
    public static int FindInvalid(ReadOnlySpan<char> name)
    {
        int i = 0;
        while (i < name.Length)
        {
            int cp = CodePointAt(name, i);
            bool ok = i == 0 ? cp == '_' || UnicodeTables.IsXidStart(cp) : UnicodeTables.IsXidContinue(cp);
            if (!ok)
            {
                return i;
            }
            i += cp > 0xFFFF ? 2 : 1;
        }
        return -1;
    }

    /// <summary>The NFKC form CPython stores identifiers in.</summary>
    public static string Normalize(ReadOnlySpan<char> name) => UnicodeTables.NormalizeNfkc(name);


    /// <summary>The code point at a char index, joining a surrogate pair; a lone surrogate stands for itself.</summary>
    public static int CodePointAt(ReadOnlySpan<char> s, int i)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            return char.ConvertToUtf32(c, s[i + 1]);
        }
        return c;
    }
}
