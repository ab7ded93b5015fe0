using System.Globalization;
using System.Numerics;
using System.Text;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>int(str, base): whitespace, sign, 0x/0o/0b prefixes and single underscores between digits.</summary>
internal static class IntParser
{
    public static object Parse(string text, int radix, object original)
    {
        if (TryParse(text, radix, out var value))
        {
            return value;
        }
        // CPython's %.200R: the repr is cut at 200 characters, closing quote included.
        var repr = Ops.Repr(original);
        throw Ops.ValueError($"invalid literal for int() with base {radix}: {(repr.Length > 200 ? repr[..200] : repr)}");
    }

    public static bool TryParse(string text, int radix, out object value)
    {
        value = null!;
        var s = UnicodeDigits.ToAscii(text).AsSpan().Trim();
        var negative = false;
        if (s.Length > 0 && s[0] is '+' or '-')
        {
            negative = s[0] == '-';
            s = s[1..];
        }
        if (s.Length >= 2 && s[0] == '0')
        {
            var p = char.ToLowerInvariant(s[1]);
            var prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixBase != 0 && (radix == 0 || radix == prefixBase))
            {
                radix = prefixBase;
                s = s[2..];
                if (s.Length > 0 && s[0] == '_')
                {
                    s = s[1..];
                }
                if (s.Length == 0)
                {
                    return false;
                }
            }
        }
        var checkLeadingZeros = false;
        if (radix == 0)
        {
            radix = 10;
            checkLeadingZeros = true;
        }
        if (s.Length == 0 || s[0] == '_' || s[^1] == '_')
        {
            return false;
        }
        BigInteger big = BigInteger.Zero;
        long acc = 0;
        var useBig = false;
        var prevUnderscore = false;
        var nonZero = false;
        foreach (var c in s)
        {
            if (c == '_')
            {
                if (prevUnderscore)
                {
                    return false;
                }
                prevUnderscore = true;
                continue;
            }
            prevUnderscore = false;
            var d = DigitValue(c);
            if (d < 0 || d >= radix)
            {
                return false;
            }
            if (d != 0)
            {
                nonZero = true;
            }
            if (!useBig)
            {
                if (acc > (long.MaxValue - d) / radix)
                {
                    useBig = true;
                    big = acc;
                }
                else
                {
                    acc = (acc * radix) + d;
                    continue;
                }
            }
            big = (big * radix) + d;
        }
        if (checkLeadingZeros && s[0] == '0' && nonZero)
        {
            return false;
        }
        value = useBig ? Py.Int(negative ? -big : big) : Py.Int(negative ? -acc : acc);
        return true;
    }

    private static int DigitValue(char c)
    {
        if (c is >= '0' and <= '9')
        {
            return c - '0';
        }
        if (c is >= 'a' and <= 'z')
        {
            return c - 'a' + 10;
        }
        if (c is >= 'A' and <= 'Z')
        {
            return c - 'A' + 10;
        }
        return -1;
    }
}

/// <summary>float(str): decimal literals with underscores, inf/infinity/nan in any case.</summary>
internal static class FloatParser
{
    public static double Parse(string text) => Parse(text, text);

    /// <summary>Parses text, naming original (the str or bytes given) in the error.</summary>
    public static double Parse(string text, object original)
    {
        if (TryParse(text, out var d))
        {
            return d;
        }
        throw Ops.ValueError($"could not convert string to float: {Ops.Repr(original)}");
    }

    public static bool TryParse(string text, out double value)
    {
        value = 0;
        var s = UnicodeDigits.ToAscii(text).AsSpan().Trim();
        var sign = 1.0;
        var body = s;
        if (body.Length > 0 && body[0] is '+' or '-')
        {
            sign = body[0] == '-' ? -1 : 1;
            body = body[1..];
        }
        if (body.Equals("inf", StringComparison.OrdinalIgnoreCase) || body.Equals("infinity", StringComparison.OrdinalIgnoreCase))
        {
            value = sign * double.PositiveInfinity;
            return true;
        }
        if (body.Equals("nan", StringComparison.OrdinalIgnoreCase))
        {
            // .NET's NaN has the sign bit set; CPython's float('nan') does not (struct shows the bits).
            value = Math.CopySign(double.NaN, sign);
            return true;
        }
        var clean = new StringBuilder(body.Length);
        var digitsBefore = 0;
        var digitsAfter = 0;
        var i = 0;
        if (!ReadDigits(body, ref i, clean, out digitsBefore))
        {
            return false;
        }
        if (i < body.Length && body[i] == '.')
        {
            clean.Append('.');
            i++;
            if (!ReadDigits(body, ref i, clean, out digitsAfter))
            {
                return false;
            }
        }
        if (digitsBefore + digitsAfter == 0)
        {
            return false;
        }
        if (i < body.Length && body[i] is 'e' or 'E')
        {
            clean.Append('e');
            i++;
            if (i < body.Length && body[i] is '+' or '-')
            {
                clean.Append(body[i]);
                i++;
            }
            if (!ReadDigits(body, ref i, clean, out var expDigits) || expDigits == 0)
            {
                return false;
            }
        }
        if (i != body.Length)
        {
            return false;
        }
        value = sign * double.Parse(clean.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture);
        return true;
    }

    private static bool ReadDigits(ReadOnlySpan<char> s, ref int i, StringBuilder into, out int count)
    {
        count = 0;
        var start = i;
        while (i < s.Length && (char.IsAsciiDigit(s[i]) || s[i] == '_'))
        {
            if (s[i] == '_')
            {
                if (i == start || i + 1 >= s.Length || !char.IsAsciiDigit(s[i + 1]) || !char.IsAsciiDigit(s[i - 1]))
                {
                    return false;
                }
            }
            else
            {
                into.Append(s[i]);
                count++;
            }
            i++;
        }
        return true;
    }
}

/// <summary>
/// int() and float() accept any Unicode decimal digit (a surrogate pair is one code point) and
/// whitespace; like CPython they read the text with those turned into ASCII first.
/// </summary>
internal static class UnicodeDigits
{
    public static string ToAscii(string text)
    {
        if (!text.AsSpan().ContainsAnyExceptInRange('\0', '\x7f'))
        {
            return text;
        }
        var sb = new System.Text.StringBuilder(text.Length);
        foreach (var r in text.EnumerateRunes())
        {
            if (System.Text.Rune.GetUnicodeCategory(r) == System.Globalization.UnicodeCategory.DecimalDigitNumber)
            {
                sb.Append((char)('0' + (int)System.Text.Rune.GetNumericValue(r)));
            }
            else if (System.Text.Rune.IsWhiteSpace(r))
            {
                sb.Append(' ');
            }
            else
            {
                sb.Append(r.ToString());
            }
        }
        return sb.ToString();
    }
}
