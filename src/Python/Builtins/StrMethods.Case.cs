using System.Text;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Builtins;

/// <summary>Case conversions of str.</summary>
internal static partial class StrMethods
{
    private static void FillCase(PyType t)
    {
        t.Def("upper", self => Upper(Value(self)));
        t.Def("lower", self => Value(self).ToLowerInvariant());
        t.Def("casefold", self => Value(self).ToLowerInvariant().Replace("ß", "ss", StringComparison.Ordinal));
        t.Def("swapcase", self =>
        {
            var s = Value(self);
            var sb = new StringBuilder(s.Length);
            foreach (var c in s)
            {
                sb.Append(char.IsUpper(c) ? char.ToLowerInvariant(c) : char.IsLower(c) ? UpperChar(c) : c.ToString());
            }
            return sb.ToString();
        });
        t.Def("capitalize", self =>
        {
            var s = Value(self);
            if (s.Length == 0)
            {
                return s;
            }
            return UpperChar(s[0]) + s[1..].ToLowerInvariant();
        });
        t.Def("title", self => Title(Value(self)));
    }

    private static string Upper(string s)
    {
        foreach (var c in s)
        {
            if (c == 'ß')
            {
                var sb = new StringBuilder(s.Length + 1);
                foreach (var ch in s)
                {
                    sb.Append(UpperChar(ch));
                }
                return sb.ToString();
            }
        }
        return s.ToUpperInvariant();
    }

    private static string UpperChar(char c) => c == 'ß' ? "SS" : char.ToUpperInvariant(c).ToString();

    private static bool IsCased(char c) => char.IsUpper(c) || char.IsLower(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.TitlecaseLetter;

    private static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        var previousCased = false;
        foreach (var c in s)
        {
            if (IsCased(c))
            {
                sb.Append(previousCased ? char.ToLowerInvariant(c).ToString() : UpperChar(c));
                previousCased = true;
            }
            else
            {
                sb.Append(c);
                previousCased = false;
            }
        }
        return sb.ToString();
    }
}
