using System.Numerics;
using System.Text;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>The format-spec mini language for str, int and float (format(), str.format, f-strings).</summary>
internal static class Formatter
{
    public static string FormatStr(string s, string specText)
    {
        if (specText.Length == 0)
        {
            return s;
        }
        var spec = FormatSpec.Parse(specText, "str");
        if (spec.Type is not ('\0' or 's'))
        {
            throw Ops.ValueError($"Unknown format code '{spec.Type}' for object of type 'str'");
        }
        if (spec.Sign != '\0')
        {
            throw Ops.ValueError("Sign not allowed in string format specifier");
        }
        if (spec.Alternate)
        {
            throw Ops.ValueError("Alternate form (#) not allowed in string format specifier");
        }
        if (spec.Align == '=')
        {
            throw Ops.ValueError("'=' alignment not allowed in string format specifier");
        }
        if (spec.Grouping != '\0')
        {
            throw Ops.ValueError($"Cannot specify '{spec.Grouping}' with 's'.");
        }
        if (spec.Precision >= 0 && s.Length > spec.Precision)
        {
            s = s[..CodePoints.ToOffset(s, spec.Precision)];
        }
        return Pad(s, "", spec, '<');
    }

    public static string FormatInt(object value, string specText)
    {
        if (specText.Length == 0)
        {
            return IntToString(value);
        }
        var spec = FormatSpec.Parse(specText, "int");
        switch (spec.Type)
        {
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%':
                return FormatFloat(IntOps.ToDouble(value), spec);
            case 's':
                throw Ops.ValueError("Unknown format code 's' for object of type 'int'");
        }
        if (spec.Precision >= 0)
        {
            throw Ops.ValueError("Precision not allowed in integer format specifier");
        }
        if (spec.Grouping == ',' && spec.Type is not ('\0' or 'd'))
        {
            throw Ops.ValueError($"Cannot specify ',' with '{spec.Type}'.");
        }
        // A long's magnitude (nearly every int) is formatted as a ulong, without a BigInteger.
        var fits = value is long;
        bool negative;
        ulong smallMag = 0;
        BigInteger mag = default;
        if (value is long l)
        {
            negative = l < 0;
            smallMag = negative ? (ulong)(-(l + 1)) + 1 : (ulong)l;
        }
        else
        {
            var big = (BigInteger)value;
            negative = big.Sign < 0;
            mag = BigInteger.Abs(big);
        }
        string digits;
        var prefix = "";
        var groupSize = 3;
        switch (spec.Type)
        {
            case '\0' or 'd' or 'n':
                digits = fits ? smallMag.ToString(System.Globalization.CultureInfo.InvariantCulture) : mag.ToString(System.Globalization.CultureInfo.InvariantCulture);
                break;
            case 'b':
                digits = fits ? ToBase(smallMag, 2) : ToBase(mag, 2);
                prefix = spec.Alternate ? "0b" : "";
                groupSize = 4;
                break;
            case 'o':
                digits = fits ? ToBase(smallMag, 8) : ToBase(mag, 8);
                prefix = spec.Alternate ? "0o" : "";
                groupSize = 4;
                break;
            case 'x':
                digits = fits ? ToBase(smallMag, 16) : ToBase(mag, 16);
                prefix = spec.Alternate ? "0x" : "";
                groupSize = 4;
                break;
            case 'X':
                digits = (fits ? ToBase(smallMag, 16) : ToBase(mag, 16)).ToUpperInvariant();
                prefix = spec.Alternate ? "0X" : "";
                groupSize = 4;
                break;
            case 'c':
                if (spec.Sign != '\0')
                {
                    throw Ops.ValueError("Sign not allowed with integer format specifier 'c'");
                }
                if (spec.Alternate)
                {
                    throw Ops.ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
                }
                if (!fits)
                {
                    throw Ops.OverflowError("Python int too large to convert to C long");
                }
                if (negative || smallMag > 0x10FFFF)
                {
                    throw Ops.OverflowError("%c arg not in range(0x110000)");
                }
                return Pad(char.ConvertFromUtf32((int)smallMag), "", spec, '<');
            default:
                throw Ops.ValueError($"Unknown format code '{spec.Type}' for object of type 'int'");
        }
        var signText = negative ? "-" : spec.Sign is '+' ? "+" : spec.Sign is ' ' ? " " : "";
        return Number(digits, signText + prefix, spec, groupSize);
    }

    public static string IntToString(object value) => value is long l
        ? l.ToString(System.Globalization.CultureInfo.InvariantCulture)
        : ((BigInteger)value).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string ToBase(ulong u, int radix)
    {
        if (u == 0)
        {
            return "0";
        }
        Span<char> buf = stackalloc char[64];
        var p = 64;
        while (u > 0)
        {
            buf[--p] = "0123456789abcdef"[(int)(u % (ulong)radix)];
            u /= (ulong)radix;
        }
        return new string(buf[p..]);
    }

    public static string ToBase(BigInteger mag, int radix)
    {
        if (mag.IsZero)
        {
            return "0";
        }
        if (mag <= ulong.MaxValue)
        {
            return ToBase((ulong)mag, radix);
        }
        var sb = new StringBuilder();
        while (!mag.IsZero)
        {
            mag = BigInteger.DivRem(mag, radix, out var r);
            sb.Insert(0, "0123456789abcdef"[(int)r]);
        }
        return sb.ToString();
    }

    public static string FormatFloat(double d, string specText)
    {
        if (specText.Length == 0)
        {
            return FloatRepr.Repr(d);
        }
        return FormatFloat(d, FormatSpec.Parse(specText, "float"));
    }

    private static string FormatFloat(double d, FormatSpec spec)
    {
        var type = spec.Type;
        if (type is 'b' or 'c' or 'd' or 'o' or 'x' or 'X' or 's')
        {
            throw Ops.ValueError($"Unknown format code '{type}' for object of type 'float'");
        }
        if (type is not ('\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%' or 'n'))
        {
            throw Ops.ValueError($"Unknown format code '{type}' for object of type 'float'");
        }
        var negative = double.IsNegative(d) && !double.IsNaN(d);
        var mag = Math.Abs(d);
        var body = FloatBody(mag, spec);
        if (negative && spec.NoNegativeZero && IsZeroText(body))
        {
            negative = false;
        }
        var signText = negative ? "-" : spec.Sign is '+' ? "+" : spec.Sign is ' ' ? " " : "";
        var point = body.AsSpan().IndexOfAny(".eE%");
        var intPart = point < 0 ? body : body[..point];
        var rest = point < 0 ? "" : body[point..];
        return Number(intPart, signText, spec, 3, rest);
    }

    private static bool IsZeroText(string body)
    {
        foreach (var c in body)
        {
            if (c is >= '1' and <= '9')
            {
                return false;
            }
            if (c is 'e' or 'E')
            {
                break;
            }
        }
        return true;
    }

    /// <summary>The unsigned text of |d| for the spec's type and precision.</summary>
    private static string FloatBody(double mag, FormatSpec spec)
    {
        var type = spec.Type;
        var upper = type is 'E' or 'F' or 'G';
        if (double.IsNaN(mag))
        {
            return (upper ? "NAN" : "nan") + (type == '%' ? "%" : "");
        }
        if (double.IsInfinity(mag))
        {
            return (upper ? "INF" : "inf") + (type == '%' ? "%" : "");
        }
        var precision = spec.Precision;
        var sb = new StringBuilder();
        switch (type)
        {
            case 'f' or 'F':
                {
                    var text = mag.ToString(FixedFormat(precision < 0 ? 6 : precision), System.Globalization.CultureInfo.InvariantCulture);
                    return spec.Alternate && precision == 0 ? text + "." : text;
                }
            case '%':
                sb.Append((mag * 100).ToString(FixedFormat(precision < 0 ? 6 : precision), System.Globalization.CultureInfo.InvariantCulture));
                if (spec.Alternate && precision == 0)
                {
                    sb.Append('.');
                }
                return sb.Append('%').ToString();
            case 'e' or 'E':
                {
                    var p = precision < 0 ? 6 : precision;
                    var decpt = 1;
                    var digits = mag == 0 ? new string('0', p + 1) : FloatRepr.RoundedDigits(mag, p + 1, out decpt);
                    FloatRepr.AppendExponent(sb, digits, decpt, type, spec.Alternate);
                    return sb.ToString();
                }
            case 'g' or 'G' or 'n':
                return GeneralFormat(mag, precision < 0 ? 6 : Math.Max(precision, 1), spec.Alternate, type == 'G' ? 'E' : 'e', false);
            default:
                if (precision < 0)
                {
                    return FloatRepr.Repr(mag);
                }
                return GeneralFormat(mag, Math.Max(precision, 1), spec.Alternate, 'e', true);
        }
    }

    private static readonly string[] FixedFormats = [.. Enumerable.Range(0, 16).Select(p => "F" + p)];

    private static string FixedFormat(int precision) => precision < FixedFormats.Length ? FixedFormats[precision] : "F" + precision;

    /// <summary>'g' rules: exponent X of the value rounded to p digits; fixed when -4 &lt;= X &lt; p.</summary>
    private static string GeneralFormat(double mag, int p, bool alternate, char e, bool noType)
    {
        string digits;
        int decpt;
        if (mag == 0)
        {
            digits = "0";
            decpt = 1;
        }
        else
        {
            digits = FloatRepr.RoundedDigits(mag, p, out decpt);
        }
        var x = decpt - 1;
        if (!alternate)
        {
            digits = digits.TrimEnd('0');
            if (digits.Length == 0)
            {
                digits = "0";
            }
        }
        else if (digits.Length < p)
        {
            digits = digits.PadRight(p, '0');
        }
        var sb = new StringBuilder();
        var useExp = x < -4 || x >= p;
        if (useExp)
        {
            FloatRepr.AppendExponent(sb, digits, decpt, e, alternate);
        }
        else
        {
            var minFraction = noType ? 1 : 0;
            FloatRepr.AppendFixed(sb, digits, decpt, alternate && digits.Length <= decpt ? 0 : minFraction);
            if (alternate && digits.Length <= decpt)
            {
                sb.Append('.');
            }
        }
        return sb.ToString();
    }

    /// <summary>Lays out a number: sign/prefix, grouped digits (zero padding grouped too), rest, padding.</summary>
    private static string Number(string intDigits, string signText, FormatSpec spec, int groupSize, string rest = "")
    {
        var sep = spec.Grouping;
        var zeroPad = spec.Align == '=' && spec.Fill == "0" && spec.Width > 0;
        var grouped = Group(intDigits, sep, groupSize);
        if (zeroPad)
        {
            var needed = spec.Width - signText.Length - rest.Length;
            if (sep == '\0')
            {
                return signText + grouped.PadLeft(needed, '0') + rest;
            }
            while (grouped.Length < needed)
            {
                intDigits = "0" + intDigits;
                grouped = Group(intDigits, sep, groupSize);
            }
            return signText + grouped + rest;
        }
        return Pad(grouped + rest, signText, spec, '>');
    }

    private static string Group(string digits, char sep, int size)
    {
        if (sep == '\0' || digits.Length <= size)
        {
            return digits;
        }
        var sb = new StringBuilder(digits.Length + (digits.Length / size));
        var first = digits.Length % size;
        if (first > 0)
        {
            sb.Append(digits, 0, first);
        }
        for (var i = first; i < digits.Length; i += size)
        {
            if (sb.Length > 0)
            {
                sb.Append(sep);
            }
            sb.Append(digits, i, size);
        }
        return sb.ToString();
    }

    /// <summary>Pads <paramref name="body"/> (after <paramref name="signText"/>) to the width with fill and alignment.</summary>
    public static string Pad(string body, string signText, FormatSpec spec, char defaultAlign)
    {
        var length = CodePoints.Length(body) + signText.Length;
        if (spec.Width <= length)
        {
            return signText + body;
        }
        var padding = spec.Width - length;
        var fill = spec.Fill;
        return (spec.Align == '\0' ? defaultAlign : spec.Align) switch
        {
            '<' => signText + body + StrMethods.Repeat(fill, padding),
            '^' => StrMethods.Repeat(fill, padding / 2) + signText + body + StrMethods.Repeat(fill, padding - (padding / 2)),
            '=' => signText + StrMethods.Repeat(fill, padding) + body,
            _ => StrMethods.Repeat(fill, padding) + signText + body,
        };
    }
}
