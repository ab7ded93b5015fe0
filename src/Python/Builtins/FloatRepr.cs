using System.Globalization;
using System.Text;

namespace IronUwsgi.Python.Builtins;

/// <summary>
/// Decimal digits of doubles as CPython prints them: repr is the shortest round-trip string,
/// fixed notation when the decimal exponent is in [-4, 16), else "1e+16" style.
/// </summary>
internal static class FloatRepr
{
    public static string Repr(double d)
    {
        if (double.IsNaN(d))
        {
            return "nan";
        }
        if (double.IsInfinity(d))
        {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0)
        {
            return double.IsNegative(d) ? "-0.0" : "0.0";
        }
        var digits = ShortestDigits(d, out var decpt);
        var sb = new StringBuilder();
        if (d < 0)
        {
            sb.Append('-');
        }
        if (decpt <= -4 || decpt > 16)
        {
            AppendExponent(sb, digits, decpt, 'e', keepPoint: false);
        }
        else
        {
            AppendFixed(sb, digits, decpt, minFraction: 1);
        }
        return sb.ToString();
    }

    /// <summary>The shortest digits that round-trip, with value = 0.DIGITS * 10**decpt.</summary>
    public static string ShortestDigits(double d, out int decpt)
    {
        var s = Math.Abs(d).ToString(CultureInfo.InvariantCulture);
        var digits = SplitDigits(s, out decpt);
        var end = digits.Length;
        while (end > 1 && digits[end - 1] == '0')
        {
            end--;
        }
        return digits[..end];
    }

    /// <summary>Digits rounded to <paramref name="significant"/> places (exact, half-even), value = 0.DIGITS * 10**decpt.</summary>
    public static string RoundedDigits(double d, int significant, out int decpt)
    {
        var s = Math.Abs(d).ToString("E" + (significant - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        return SplitDigits(s, out decpt);
    }

    private static string SplitDigits(string s, out int decpt)
    {
        var exp = 0;
        var e = s.IndexOfAny(new[] { 'E', 'e' });
        if (e >= 0)
        {
            exp = int.Parse(s.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            s = s[..e];
        }
        var point = s.IndexOf('.');
        string digits;
        if (point >= 0)
        {
            digits = s[..point] + s[(point + 1)..];
            decpt = point + exp;
        }
        else
        {
            digits = s;
            decpt = s.Length + exp;
        }
        var lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
        {
            lead++;
            decpt--;
        }
        digits = digits[lead..];
        return digits;
    }

    /// <summary>Appends digits in fixed notation with at least <paramref name="minFraction"/> fraction digits.</summary>
    public static void AppendFixed(StringBuilder sb, string digits, int decpt, int minFraction)
    {
        if (decpt <= 0)
        {
            sb.Append("0.").Append('0', -decpt).Append(digits);
            return;
        }
        if (decpt >= digits.Length)
        {
            sb.Append(digits).Append('0', decpt - digits.Length);
            if (minFraction > 0)
            {
                sb.Append('.').Append('0', minFraction);
            }
            return;
        }
        sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
    }

    /// <summary>Appends d.ddd e+XX (exponent at least two digits).</summary>
    public static void AppendExponent(StringBuilder sb, string digits, int decpt, char e, bool keepPoint)
    {
        sb.Append(digits[0]);
        if (digits.Length > 1)
        {
            sb.Append('.').Append(digits, 1, digits.Length - 1);
        }
        else if (keepPoint)
        {
            sb.Append('.');
        }
        var x = decpt - 1;
        sb.Append(e).Append(x < 0 ? '-' : '+');
        x = Math.Abs(x);
        if (x < 10)
        {
            sb.Append('0');
        }
        sb.Append(x.ToString(CultureInfo.InvariantCulture));
    }
}
