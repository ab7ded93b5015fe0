using System.Globalization;
using System.Text;

namespace IronUwsgi.Python.Modules.Re;

/// <summary>
/// The code points beyond the BMP in Python's \w (letters and numbers, as str.isalnum) and \d (decimal
/// digits), written as .NET alternatives over surrogate pairs: one per high surrogate, with a class of low
/// ones. Built once from the Unicode tables when a text with surrogate pairs first meets such a category;
/// \s has none beyond the BMP.
/// </summary>
internal static class AstralCategories
{
    private static readonly Lazy<string> Word = new(() => Write(r => Rune.IsLetter(r) || Rune.IsNumber(r)));
    private static readonly Lazy<string> Digit = new(() => Write(r => Rune.GetUnicodeCategory(r) == UnicodeCategory.DecimalDigitNumber));

    /// <summary>An expression matching one surrogate pair in the (lowercase) category, or null when none is.</summary>
    public static string? Pairs(char category) => category switch
    {
        'w' => Word.Value,
        'd' => Digit.Value,
        _ => null,
    };

    private static string Write(Func<Rune, bool> member)
    {
        var alternatives = new List<string>();
        for (var lead = 0xD800; lead <= 0xDBFF; lead++)
        {
            var lows = new StringBuilder();
            var first = (lead - 0xD800) * 0x400 + 0x10000;
            var runStart = -1;
            for (var i = 0; i <= 0x400; i++)
            {
                var inside = i < 0x400 && member(new Rune(first + i));
                if (inside && runStart < 0)
                {
                    runStart = i;
                }
                else if (!inside && runStart >= 0)
                {
                    lows.Append($"\\u{0xDC00 + runStart:X4}");
                    if (i - 1 > runStart)
                    {
                        lows.Append($"-\\u{0xDC00 + i - 1:X4}");
                    }

                    runStart = -1;
                }
            }

            if (lows.Length > 0)
            {
                alternatives.Add($"\\u{lead:X4}[{lows}]");
            }
        }

        return "(?:" + string.Join('|', alternatives) + ")";
    }
}
