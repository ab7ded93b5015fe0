using System.Globalization;
using System.Numerics;
using System.Text;
using IronUwsgi.Python.Lexing;

namespace IronUwsgi.Python.Ast;

/// <summary>Python's <c>repr()</c> of the values a <see cref="Constant"/> can hold.</summary>
internal static class PyRepr
{
    public static void AppendConstant(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("None");
                break;
            case bool b:
                sb.Append(b ? "True" : "False");
                break;
            case int i:
                sb.Append(i);
                break;
            case long l:
                sb.Append(l);
                break;
            case BigInteger big:
                sb.Append(big.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                AppendFloat(sb, d, addDotZero: true);
                break;
            case Complex c:
                AppendComplex(sb, c);
                break;
            case string s:
                AppendStr(sb, s);
                break;
            case byte[] bytes:
                AppendBytes(sb, bytes);
                break;
            case EllipsisValue:
                sb.Append("Ellipsis");
                break;
            default:
                throw new ArgumentException($"not a constant value: {value.GetType().Name}", nameof(value));
        }
    }

    /// <summary>repr(str): CPython picks single quotes unless the text has ' and no ".</summary>
    public static void AppendStr(StringBuilder sb, string s)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        sb.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == quote || c == '\\')
            {
                sb.Append('\\').Append(c);
            }
            else if (c == '\t')
            {
                sb.Append("\\t");
            }
            else if (c == '\n')
            {
                sb.Append("\\n");
            }
            else if (c == '\r')
            {
                sb.Append("\\r");
            }
            else if (c < 0x20 || c == 0x7f)
            {
                sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            }
            else if (c < 0x7f)
            {
                sb.Append(c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                int cp = char.ConvertToUtf32(c, s[i + 1]);
                if (UnicodeTables.IsPrintable(cp))
                {
                    sb.Append(c).Append(s[i + 1]);
                }
                else
                {
                    sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
                }

                i++;
            }
            else if (UnicodeTables.IsPrintable(c))
            {
                sb.Append(c);
            }
            else if (c < 0x100)
            {
                sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        sb.Append(quote);
    }

    public static void AppendBytes(StringBuilder sb, byte[] bytes)
    {
        char quote = Array.IndexOf(bytes, (byte)'\'') >= 0 && Array.IndexOf(bytes, (byte)'"') < 0 ? '"' : '\'';
        sb.Append('b').Append(quote);
        foreach (byte b in bytes)
        {
            if (b == quote || b == '\\')
            {
                sb.Append('\\').Append((char)b);
            }
            else if (b == '\t')
            {
                sb.Append("\\t");
            }
            else if (b == '\n')
            {
                sb.Append("\\n");
            }
            else if (b == '\r')
            {
                sb.Append("\\r");
            }
            else if (b < 0x20 || b >= 0x7f)
            {
                sb.Append("\\x").Append(b.ToString("x2", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append((char)b);
            }
        }

        sb.Append(quote);
    }

    /// <summary>
    /// repr(float): the shortest digits that round-trip, laid out as CPython's 'r' format does
    /// (exponent form when the decimal point falls before -4 or after 16 digits).
    /// </summary>
    public static void AppendFloat(StringBuilder sb, double d, bool addDotZero)
    {
        if (double.IsNaN(d))
        {
            sb.Append("nan");
            return;
        }

        if (double.IsInfinity(d))
        {
            sb.Append(d > 0 ? "inf" : "-inf");
            return;
        }

        if (d == 0)
        {
            sb.Append(double.IsNegative(d) ? "-0" : "0");
            if (addDotZero)
            {
                sb.Append(".0");
            }

            return;
        }

        string r = d.ToString("R", CultureInfo.InvariantCulture);
        bool negative = r[0] == '-';
        if (negative)
        {
            r = r[1..];
        }

        int exp = 0;
        int e = r.IndexOf('E');
        if (e >= 0)
        {
            exp = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..e];
        }

        int dot = r.IndexOf('.');
        string digits = dot >= 0 ? r.Remove(dot, 1) : r;
        int decpt = (dot >= 0 ? dot : r.Length) + exp;
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
        {
            lead++;
        }

        digits = digits[lead..].TrimEnd('0');
        decpt -= lead;
        if (negative)
        {
            sb.Append('-');
        }

        if (decpt <= -4 || decpt > 16)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1)
            {
                sb.Append('.').Append(digits, 1, digits.Length - 1);
            }

            int x = decpt - 1;
            sb.Append('e').Append(x < 0 ? '-' : '+').Append(Math.Abs(x).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (decpt <= 0)
        {
            sb.Append("0.").Append('0', -decpt).Append(digits);
        }
        else if (decpt >= digits.Length)
        {
            sb.Append(digits).Append('0', decpt - digits.Length);
            if (addDotZero)
            {
                sb.Append(".0");
            }
        }
        else
        {
            sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }
    }

    /// <summary>repr(complex): a pure imaginary with +0.0 real part prints as "<c>{imag}j</c>".</summary>
    public static void AppendComplex(StringBuilder sb, Complex c)
    {
        if (c.Real == 0 && !double.IsNegative(c.Real))
        {
            AppendFloat(sb, c.Imaginary, addDotZero: false);
            sb.Append('j');
            return;
        }

        sb.Append('(');
        AppendFloat(sb, c.Real, addDotZero: false);
        if (c.Imaginary >= 0 || double.IsNaN(c.Imaginary))
        {
            sb.Append('+');
        }

        AppendFloat(sb, c.Imaginary, addDotZero: false);
        sb.Append("j)");
    }

}
