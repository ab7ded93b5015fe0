using System.Numerics;
using System.Text;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>printf-style formatting: str % args (also used by bytes).</summary>
internal static class PercentFormatter
{
    /// <summary>
    /// Formats <paramref name="args"/> into <paramref name="format"/>. In bytes mode (bytes % args, on
    /// the latin-1 view) %s and %b take bytes-like values and %r/%a give ascii().
    /// </summary>
    public static string Format(string format, object args, bool bytesMode = false)
    {
        object[] values;
        object? mapping = null;
        if (args is PyTuple t)
        {
            values = t.Items;
        }
        else
        {
            values = new[] { args };
            var type = Py.TypeOf(args);
            if (type.Slots[(int)SlotId.GetItem] is not null && args is not string && args is not PyTuple && args is not PyList && args is not PyBytes)
            {
                mapping = args;
            }
        }
        var sb = new StringBuilder(format.Length + 16);
        var next = 0;
        var i = 0;
        var usedMapping = false;
        while (i < format.Length)
        {
            var c = format[i++];
            if (c != '%')
            {
                sb.Append(c);
                continue;
            }
            if (i >= format.Length)
            {
                throw Ops.ValueError("incomplete format");
            }
            if (format[i] == '%')
            {
                // Only "%%" is a literal percent; a '%' after flags or a width is a conversion that takes an argument.
                sb.Append('%');
                i++;
                continue;
            }
            object? keyed = null;
            if (format[i] == '(')
            {
                if (mapping is null)
                {
                    throw Ops.TypeError("format requires a mapping");
                }
                var depth = 1;
                var start = ++i;
                while (i < format.Length && depth > 0)
                {
                    if (format[i] == '(')
                    {
                        depth++;
                    }
                    else if (format[i] == ')')
                    {
                        depth--;
                    }
                    i++;
                }
                if (depth > 0)
                {
                    throw Ops.ValueError("incomplete format key");
                }
                var key = format[start..(i - 1)];
                // bytes % mapping looks the key up as bytes.
                keyed = Ops.GetItem(mapping, bytesMode ? new PyBytes(System.Text.Encoding.Latin1.GetBytes(key)) : key);
                usedMapping = true;
            }
            var left = false;
            var sign = '\0';
            var alternate = false;
            var zero = false;
            for (; i < format.Length; i++)
            {
                var f = format[i];
                if (f == '-')
                {
                    left = true;
                }
                else if (f == '+')
                {
                    sign = '+';
                }
                else if (f == ' ')
                {
                    sign = sign == '+' ? '+' : ' ';
                }
                else if (f == '#')
                {
                    alternate = true;
                }
                else if (f == '0')
                {
                    zero = true;
                }
                else
                {
                    break;
                }
            }
            var width = ReadCount(format, ref i, values, ref next, "* wants int");
            var precision = -1;
            if (i < format.Length && format[i] == '.')
            {
                i++;
                precision = Math.Max(0, ReadCount(format, ref i, values, ref next, "* wants int"));
            }
            while (i < format.Length && format[i] is 'h' or 'l' or 'L')
            {
                i++;
            }
            if (i >= format.Length)
            {
                throw Ops.ValueError("incomplete format");
            }
            var conv = format[i++];
            object value;
            if (keyed is not null)
            {
                value = keyed;
            }
            else
            {
                if (next >= values.Length)
                {
                    throw Ops.TypeError("not enough arguments for format string");
                }
                value = values[next++];
            }
            var body = bytesMode ? ConvertBytes(conv, value, precision, alternate, i - 1) : Convert(conv, value, precision, alternate, i - 1);
            var signText = "";
            if (conv is 'd' or 'i' or 'u' or 'o' or 'x' or 'X' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G')
            {
                if (body.StartsWith('-'))
                {
                    signText = "-";
                    body = body[1..];
                }
                else if (sign != '\0')
                {
                    signText = sign.ToString();
                }
                if (alternate && conv is 'o' or 'x' or 'X')
                {
                    signText += conv == 'o' ? "0o" : conv == 'x' ? "0x" : "0X";
                }
            }
            var length = signText.Length + CodePoints.Length(body);
            if (width > length)
            {
                if (left)
                {
                    sb.Append(signText).Append(body).Append(' ', width - length);
                }
                else if (zero && conv is not ('s' or 'r' or 'a' or 'c') && char.IsAsciiHexDigit(body.Length > 0 ? body[0] : 'x'))
                {
                    sb.Append(signText).Append('0', width - length).Append(body);
                }
                else
                {
                    sb.Append(' ', width - length).Append(signText).Append(body);
                }
            }
            else
            {
                sb.Append(signText).Append(body);
            }
        }
        if (next < values.Length && !usedMapping && mapping is null)
        {
            throw Ops.TypeError("not all arguments converted during string formatting");
        }
        return sb.ToString();
    }

    private static int ReadCount(string format, ref int i, object[] values, ref int next, string error)
    {
        if (i < format.Length && format[i] == '*')
        {
            i++;
            if (next >= values.Length)
            {
                throw Ops.TypeError("not enough arguments for format string");
            }
            var v = values[next++];
            return v is long l ? (int)l : throw Ops.TypeError(error);
        }
        var n = -1;
        while (i < format.Length && char.IsAsciiDigit(format[i]))
        {
            n = (Math.Max(n, 0) * 10) + (format[i++] - '0');
        }
        return n;
    }

    private static string ConvertBytes(char conv, object value, int precision, bool alternate, int index)
    {
        string text;
        switch (conv)
        {
            case 's' or 'b':
                byte[] data;
                if (Modules.BytesLike.Is(value))
                {
                    data = Modules.BytesLike.Read(value);
                }
                else if (Ops.TryLookupSpecial(value, "__bytes__", out var convert))
                {
                    data = BytesMethods.FromObject(Ops.Call(convert));
                }
                else
                {
                    throw Ops.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{Ops.TypeName(value)}'");
                }
                text = System.Text.Encoding.Latin1.GetString(data);
                break;
            case 'r' or 'a':
                text = Ops.Ascii(value);
                break;
            case 'c':
                if (value is PyBytes { Value.Length: 1 } one)
                {
                    return ((char)one.Value[0]).ToString();
                }
                var cp = IntOps.IsInt(value) ? Ops.IndexAsLong(value) : throw Ops.TypeError("%c requires an integer in range(256) or a single byte");
                return cp is >= 0 and <= 255 ? ((char)cp).ToString() : throw Ops.OverflowError("%c arg not in range(256)");
            default:
                return Convert(conv, value, precision, alternate, index);
        }
        return precision >= 0 && text.Length > precision ? text[..precision] : text;
    }

    /// <summary>The first <paramref name="precision"/> code points of <paramref name="s"/> (all when negative).</summary>
    private static string Truncate(string s, int precision) =>
        precision >= 0 && s.Length > precision ? s[..CodePoints.ToOffset(s, precision)] : s;

    private static string Convert(char conv, object value, int precision, bool alternate, int index)
    {
        switch (conv)
        {
            case 's':
                var s = Ops.Str(value);
                return Truncate(s, precision);
            case 'r':
                var r = Ops.Repr(value);
                return Truncate(r, precision);
            case 'a':
                var a = Ops.Ascii(value);
                return Truncate(a, precision);
            case 'd' or 'i' or 'u':
                return Formatter.IntToString(IntegerOf(value, conv, allowFloat: true));
            case 'o' or 'x' or 'X':
                var iv = IntegerOf(value, conv, allowFloat: false);
                var big = IntOps.ToBig(iv);
                var digits = Formatter.ToBase(BigInteger.Abs(big), conv == 'o' ? 8 : 16);
                if (conv == 'X')
                {
                    digits = digits.ToUpperInvariant();
                }
                return big.Sign < 0 ? "-" + digits : digits;
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G':
                if (!FloatOps.TryToDouble(value, out var d))
                {
                    if (Py.TypeOf(value).Slots[(int)SlotId.Float] is null)
                    {
                        throw Ops.TypeError($"must be real number, not {Ops.TypeName(value)}");
                    }
                    d = Ops.ToFloat(value);
                }
                var spec = (alternate ? "#" : "") + "." + (precision < 0 ? 6 : precision) + conv;
                return Formatter.FormatFloat(d, spec);
            case 'c':
                if (value is string cs)
                {
                    return CodePoints.Length(cs) == 1 ? cs : throw Ops.TypeError("%c requires int or char");
                }
                if (IntOps.IsInt(value))
                {
                    var cp = Ops.IndexAsLong(value);
                    if (cp < 0 || cp > 0x10FFFF)
                    {
                        throw Ops.OverflowError("%c arg not in range(0x110000)");
                    }
                    return CodePoints.FromCodePoint((int)cp);
                }
                throw Ops.TypeError("%c requires int or char");
            default:
                throw Ops.ValueError($"unsupported format character '{conv}' (0x{(int)conv:x}) at index {index}");
        }
    }

    private static object IntegerOf(object value, char conv, bool allowFloat)
    {
        if (IntOps.TryUnwrap(value, out var v))
        {
            return v;
        }
        if (allowFloat)
        {
            if (value is double d)
            {
                return FloatOps.ToInt(d);
            }
            if (Py.TypeOf(value).Slots[(int)SlotId.Int] is not null)
            {
                return Ops.ToInt(value);
            }
            if (Py.TypeOf(value).Slots[(int)SlotId.Index] is not null)
            {
                return Ops.Index(value);
            }
            throw Ops.TypeError($"%{conv} format: a real number is required, not {Ops.TypeName(value)}");
        }
        if (Py.TypeOf(value).Slots[(int)SlotId.Index] is not null)
        {
            return Ops.Index(value);
        }
        throw Ops.TypeError($"%{conv} format: an integer is required, not {Ops.TypeName(value)}");
    }
}
