using System.Globalization;
using System.Text;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Builtins;

/// <summary>Case conversions of str with Unicode full case mappings (ß → SS, ﬁ → FI, final sigma).</summary>
internal static partial class StrMethods
{
    private static void FillCase(PyType t)
    {
        t.Def("upper", self => Map(Value(self), CaseKind.Upper));
        t.Def("lower", self => Map(Value(self), CaseKind.Lower));
        t.Def("casefold", self => Map(Value(self), CaseKind.Fold));
        t.Def("swapcase", self =>
        {
            var s = Value(self);
            var sb = new StringBuilder(s.Length);
            for (var i = 0; i < s.Length; i += CodePoints.Width(s, i))
            {
                var r = RuneAt(s, i);
                if (IsUpperChar(r))
                {
                    AppendCase(sb, s, i, CaseKind.Lower);
                }
                else if (IsLowerChar(r))
                {
                    AppendCase(sb, s, i, CaseKind.Upper);
                }
                else
                {
                    sb.Append(s, i, CodePoints.Width(s, i));
                }
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
            var sb = new StringBuilder(s.Length);
            AppendCase(sb, s, 0, CaseKind.Title);
            for (var i = CodePoints.Width(s, 0); i < s.Length; i += CodePoints.Width(s, i))
            {
                AppendCase(sb, s, i, CaseKind.Lower);
            }
            return sb.ToString();
        });
        t.Def("title", self => Title(Value(self)));
    }

    private enum CaseKind
    {
        Upper,
        Lower,
        Title,
        Fold,
    }

    private static string Map(string s, CaseKind kind)
    {
        if (kind is not CaseKind.Title && Ascii.IsValid(s))
        {
            // ASCII maps one char to one char: no builder and no per-char dispatch.
            return string.Create(s.Length, (s, upper: kind is CaseKind.Upper), static (span, st) =>
            {
                _ = st.upper ? Ascii.ToUpper(st.s, span, out _) : Ascii.ToLower(st.s, span, out _);
            });
        }
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i += CodePoints.Width(s, i))
        {
            AppendCase(sb, s, i, kind);
        }
        return sb.ToString();
    }

    /// <summary>Appends the case mapping of the code point at UTF-16 offset <paramref name="i"/>.</summary>
    private static void AppendCase(StringBuilder sb, string s, int i, CaseKind kind)
    {
        var c = s[i];
        if (CodePoints.Width(s, i) == 2)
        {
            // Outside the BMP Unicode 14 has only simple (one to one) case mappings.
            var r = new Rune(c, s[i + 1]);
            sb.Append((kind is CaseKind.Upper or CaseKind.Title ? Rune.ToUpperInvariant(r) : Rune.ToLowerInvariant(r)).ToString());
            return;
        }
        if (c < 0x80)
        {
            sb.Append(kind is CaseKind.Upper or CaseKind.Title ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            return;
        }
        var table = kind switch
        {
            CaseKind.Upper => UnicodeCasing.Upper,
            CaseKind.Lower => UnicodeCasing.Lower,
            CaseKind.Title => UnicodeCasing.Title,
            _ => UnicodeCasing.Fold,
        };
        if (table.TryGetValue(c, out var mapped)
            || (kind == CaseKind.Title && UnicodeCasing.Upper.TryGetValue(c, out mapped))
            || (kind == CaseKind.Fold && UnicodeCasing.Lower.TryGetValue(c, out mapped)))
        {
            sb.Append(mapped);
            return;
        }
        if (c == '\u03a3' && kind is CaseKind.Lower)
        {
            sb.Append(IsFinalSigma(s, i) ? '\u03c2' : '\u03c3');
            return;
        }
        sb.Append(kind is CaseKind.Upper or CaseKind.Title ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
    }

    // CPython's handle_capital_sigma: a cased letter before (skipping case-ignorables) and none after.
    private static bool IsFinalSigma(string s, int i)
    {
        var j = i - 1;
        while (j >= 0 && IsCaseIgnorable(s[j]))
        {
            j--;
        }
        if (j < 0 || !IsCased(s[j]))
        {
            return false;
        }
        j = i + 1;
        while (j < s.Length && IsCaseIgnorable(s[j]))
        {
            j++;
        }
        return j == s.Length || !IsCased(s[j]);
    }

    private static bool IsCaseIgnorable(char c) =>
        c is '\'' or '.' or ':' or '\u00b7' or '\u2019' || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.EnclosingMark or UnicodeCategory.Format or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;

    private static bool IsCased(char c) => IsCased(RuneAt(c));

    private static bool IsCased(Rune r) => IsUpperChar(r) || IsLowerChar(r) || Rune.GetUnicodeCategory(r) == UnicodeCategory.TitlecaseLetter;

    // Python counts Other_Uppercase/Other_Lowercase characters (Ⅻ, ⓐ) as cased: they have case mappings.
    internal static bool IsUpperChar(Rune r) =>
        Rune.IsUpper(r) || (Rune.GetUnicodeCategory(r) != UnicodeCategory.TitlecaseLetter && Rune.ToLowerInvariant(r) != r);

    internal static bool IsLowerChar(Rune r) =>
        Rune.IsLower(r) || (Rune.GetUnicodeCategory(r) != UnicodeCategory.TitlecaseLetter && Rune.ToUpperInvariant(r) != r);

    /// <summary>The code point at UTF-16 offset <paramref name="i"/> as a Rune; a lone surrogate gives U+FFFD (uncased, like it).</summary>
    internal static Rune RuneAt(string s, int i) =>
        CodePoints.Width(s, i) == 2 ? new Rune(s[i], s[i + 1]) : RuneAt(s[i]);

    private static Rune RuneAt(char c) => char.IsSurrogate(c) ? Rune.ReplacementChar : new Rune(c);

    private static string Title(string s)
    {
        var sb = new StringBuilder(s.Length);
        var previousCased = false;
        for (var i = 0; i < s.Length; i += CodePoints.Width(s, i))
        {
            if (IsCased(RuneAt(s, i)))
            {
                AppendCase(sb, s, i, previousCased ? CaseKind.Lower : CaseKind.Title);
                previousCased = true;
            }
            else
            {
                sb.Append(s, i, CodePoints.Width(s, i));
                previousCased = false;
            }
        }
        return sb.ToString();
    }
}
