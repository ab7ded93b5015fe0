using System.Text;
using IronUwsgi.Python.Lexing;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Builtins;

/// <summary>The unicode_escape and raw_unicode_escape codecs (Python literal escapes over latin-1 bytes).</summary>
internal static class EscapeCodecs
{
    public static byte[] Encode(string s, bool raw)
    {
        var sb = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i += CodePoints.Width(s, i))
        {
            var cp = CodePoints.At(s, i);
            if (raw)
            {
                sb.Append(cp < 0x100 ? ((char)cp).ToString() : CodecErrors.Escape(cp));
                continue;
            }
            sb.Append(cp switch
            {
                '\\' => "\\\\",
                '\t' => "\\t",
                '\n' => "\\n",
                '\r' => "\\r",
                >= 0x20 and < 0x7F => ((char)cp).ToString(),
                _ => CodecErrors.Escape(cp),
            });
        }
        return Encoding.Latin1.GetBytes(sb.ToString());
    }

    public static string Decode(byte[] bytes, bool raw, string errors)
    {
        var name = raw ? "rawunicodeescape" : "unicodeescape";
        var sb = new StringBuilder(bytes.Length);
        var i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] != '\\')
            {
                sb.Append((char)bytes[i++]);
                continue;
            }
            if (raw)
            {
                // Only an odd run of backslashes escapes the u or U after it.
                var run = 0;
                while (i + run < bytes.Length && bytes[i + run] == '\\')
                {
                    run++;
                }
                sb.Append('\\', run - 1);
                i += run - 1;
                if (run % 2 == 0 || i + 1 >= bytes.Length || bytes[i + 1] is not ((byte)'u' or (byte)'U'))
                {
                    sb.Append('\\');
                    i++;
                    continue;
                }
                var count = bytes[i + 1] == 'u' ? 4 : 8;
                i = Hex(bytes, i, count, name, count == 4 ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape", "\\Uxxxxxxxx out of range", errors, sb);
                continue;
            }
            if (i + 1 >= bytes.Length)
            {
                i = CodecErrors.Decode(errors, name, bytes, i, i + 1, "\\ at end of string", sb);
                continue;
            }
            var c = (char)bytes[i + 1];
            var simple = c switch
            {
                '\n' => "",
                '\\' => "\\",
                '\'' => "'",
                '"' => "\"",
                'a' => "\a",
                'b' => "\b",
                'f' => "\f",
                'n' => "\n",
                'r' => "\r",
                't' => "\t",
                'v' => "\v",
                _ => null,
            };
            if (simple is not null)
            {
                sb.Append(simple);
                i += 2;
                continue;
            }
            switch (c)
            {
                case >= '0' and <= '7':
                    var value = 0;
                    var k = i + 1;
                    while (k < bytes.Length && k < i + 4 && bytes[k] is >= (byte)'0' and <= (byte)'7')
                    {
                        value = (value * 8) + (bytes[k++] - '0');
                    }
                    sb.Append((char)value);
                    i = k;
                    break;
                case 'x':
                    i = Hex(bytes, i, 2, name, "truncated \\xXX escape", "", errors, sb);
                    break;
                case 'u':
                    i = Hex(bytes, i, 4, name, "truncated \\uXXXX escape", "", errors, sb);
                    break;
                case 'U':
                    i = Hex(bytes, i, 8, name, "truncated \\UXXXXXXXX escape", "illegal Unicode character", errors, sb);
                    break;
                case 'N':
                    i = Named(bytes, i, name, errors, sb);
                    break;
                default:
                    sb.Append('\\').Append(c);
                    i += 2;
                    break;
            }
        }
        return sb.ToString();
    }

    // An escape of exactly count hex digits after the backslash and its letter at bytes[at].
    private static int Hex(byte[] bytes, int at, int count, string name, string truncated, string outOfRange, string errors, StringBuilder sb)
    {
        var value = 0L;
        var k = at + 2;
        for (; k < bytes.Length && k < at + 2 + count; k++)
        {
            var d = HexDigit(bytes[k]);
            if (d < 0)
            {
                break;
            }
            value = (value * 16) + d;
        }
        if (k < at + 2 + count)
        {
            return CodecErrors.Decode(errors, name, bytes, at, k, truncated, sb);
        }
        if (value > 0x10FFFF)
        {
            return CodecErrors.Decode(errors, name, bytes, at, k, outOfRange, sb);
        }
        sb.AppendCodePoint((int)value);
        return k;
    }

    private static int Named(byte[] bytes, int at, string name, string errors, StringBuilder sb)
    {
        if (at + 2 >= bytes.Length || bytes[at + 2] != '{')
        {
            return CodecErrors.Decode(errors, name, bytes, at, at + 2, "malformed \\N character escape", sb);
        }
        var close = Array.IndexOf(bytes, (byte)'}', at + 3);
        if (close < 0 || close == at + 3)
        {
            return CodecErrors.Decode(errors, name, bytes, at, close < 0 ? bytes.Length : close + 1, "malformed \\N character escape", sb);
        }
        var charName = Encoding.Latin1.GetString(bytes, at + 3, close - at - 3);
        if (!UnicodeTables.TryLookupName(charName, out var cp))
        {
            return CodecErrors.Decode(errors, name, bytes, at, close + 1, "unknown Unicode character name", sb);
        }
        sb.AppendCodePoint(cp);
        return close + 1;
    }

    private static int HexDigit(byte b) => b switch
    {
        >= (byte)'0' and <= (byte)'9' => b - '0',
        >= (byte)'a' and <= (byte)'f' => b - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => b - 'A' + 10,
        _ => -1,
    };

    /// <summary>
    /// How many bytes an incremental decoder may take now: all but a trailing escape that more bytes could still
    /// complete (a lone backslash, too few hex digits, an open \N{...}). Octal escapes are never held back, as in CPython.
    /// </summary>
    public static int Complete(byte[] bytes, bool raw)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            if (bytes[i] != '\\')
            {
                i++;
                continue;
            }
            if (i + 1 >= bytes.Length)
            {
                return i;
            }
            var kind = bytes[i + 1];
            var digits = kind switch { (byte)'x' when !raw => 2, (byte)'u' => 4, (byte)'U' => 8, _ => 0 };
            if (digits > 0)
            {
                var available = Math.Min(digits, bytes.Length - i - 2);
                if (available < digits && bytes.AsSpan(i + 2, available).IndexOfAnyExcept("0123456789abcdefABCDEF"u8) < 0)
                {
                    return i;
                }
            }
            else if (kind == 'N' && !raw && (i + 2 >= bytes.Length || (bytes[i + 2] == '{' && bytes.AsSpan(i + 3).IndexOf((byte)'}') < 0)))
            {
                return i;
            }
            i += raw && kind != '\\' ? 1 : 2;
        }
        return bytes.Length;
    }
}
