using System.Text;
using IronUwsgi.Python.Lexing;

namespace IronUwsgi.Python.Parsing.Literals;

/// <summary>
/// The value of a str or bytes literal: escapes as CPython's unicode_escape and escape_decode
/// decoders apply them (unknown escapes are kept, as CPython only warns), raw bodies as written,
/// and line ends (CRLF, CR) read as '\n'. Failures come back as CPython's message; the parser
/// places the SyntaxError, since CPython reports it at the token the parser stopped on.
/// </summary>
internal static class StringLiteral
{
    /// <summary>Decodes a str literal token (not f-string); false with CPython's message on a bad escape.</summary>
    public static bool TryDecodeString(string tokenText, out string value, out string? error)
    {
        var token = StringToken.Parse(tokenText);
        return TryDecodeText(tokenText.AsSpan(token.BodyStart, token.BodyLength), token.IsRaw, out value, out error);
    }

    /// <summary>Decodes a bytes literal token; false with CPython's message for non-ASCII text or a bad \x.</summary>
    public static bool TryDecodeBytes(string tokenText, out byte[] value, out string? error)
    {
        var token = StringToken.Parse(tokenText);
        return TryDecodeBytes(tokenText.AsSpan(token.BodyStart, token.BodyLength), token.IsRaw, out value, out error);
    }

    /// <summary>Decodes str literal text (a whole body or an f-string's literal piece).</summary>
    public static bool TryDecodeText(ReadOnlySpan<char> body, bool raw, out string value, out string? error)
    {
        error = null;
        int firstSpecial = raw ? body.IndexOf('\r') : body.IndexOfAny('\\', '\r');
        if (firstSpecial < 0)
        {
            value = body.ToString();
            return true;
        }
        var sb = new StringBuilder(body.Length);
        sb.Append(body[..firstSpecial]);
        int i = firstSpecial;
        while (i < body.Length)
        {
            char c = body[i];
            if (c == '\r')
            {
                sb.Append('\n');
                i += i + 1 < body.Length && body[i + 1] == '\n' ? 2 : 1;
                continue;
            }
            if (c != '\\' || raw)
            {
                sb.Append(c);
                i++;
                continue;
            }
            if (!TryEscape(body, ref i, sb, out error))
            {
                value = "";
                return false;
            }
        }
        value = sb.ToString();
        return true;
    }

    /// <summary>One escape at body[i] (a backslash); advances i past it.</summary>
    private static bool TryEscape(ReadOnlySpan<char> body, ref int i, StringBuilder sb, out string? error)
    {
        error = null;
        int start = i;
        if (i + 1 >= body.Length)
        {
            // A lone backslash at the end of a piece (possible in f-string parts) stays.
            sb.Append('\\');
            i++;
            return true;
        }
        char e = body[i + 1];
        i += 2;
        switch (e)
        {
            case '\n':
                return true;
            case '\r':
                if (i < body.Length && body[i] == '\n')
                {
                    i++;
                }
                return true;
            case '\\': sb.Append('\\'); return true;
            case '\'': sb.Append('\''); return true;
            case '"': sb.Append('"'); return true;
            case 'a': sb.Append('\a'); return true;
            case 'b': sb.Append('\b'); return true;
            case 'f': sb.Append('\f'); return true;
            case 'n': sb.Append('\n'); return true;
            case 'r': sb.Append('\r'); return true;
            case 't': sb.Append('\t'); return true;
            case 'v': sb.Append('\v'); return true;
            case >= '0' and <= '7':
                sb.Append((char)Octal(body, e, ref i));
                return true;
            case 'x':
                return Hex(body, ref i, 2, start, sb, "truncated \\xXX escape", out error);
            case 'u':
                return Hex(body, ref i, 4, start, sb, "truncated \\uXXXX escape", out error);
            case 'U':
                return Hex(body, ref i, 8, start, sb, "truncated \\UXXXXXXXX escape", out error);
            case 'N':
                return NamedEscape(body, ref i, start, sb, out error);
            default:
                // Unknown escapes keep the backslash (CPython warns, and so the value is the text).
                sb.Append('\\');
                i--;
                return true;
        }
    }

    private static int Octal(ReadOnlySpan<char> body, char first, ref int i)
    {
        int value = first - '0';
        for (int k = 0; k < 2 && i < body.Length && body[i] is >= '0' and <= '7'; k++, i++)
        {
            value = (value * 8) + (body[i] - '0');
        }
        return value;
    }

    private static bool Hex(ReadOnlySpan<char> body, ref int i, int digits, int start, StringBuilder sb, string truncated, out string? error)
    {
        error = null;
        int value = 0;
        for (int k = 0; k < digits; k++, i++)
        {
            int d = i < body.Length ? HexValue(body[i]) : -1;
            if (d < 0)
            {
                error = UnicodeError(body, start, i - 1, truncated);
                return false;
            }
            value = (value * 16) + d;
        }
        if ((uint)value > 0x10FFFF)
        {
            error = UnicodeError(body, start, i - 1, "illegal Unicode character");
            return false;
        }
        AppendCodePoint(sb, value);
        return true;
    }

    private static bool NamedEscape(ReadOnlySpan<char> body, ref int i, int start, StringBuilder sb, out string? error)
    {
        error = null;
        if (i < body.Length && body[i] == '{')
        {
            int close = body[(i + 1)..].IndexOf('}');
            if (close > 0)
            {
                var name = body.Slice(i + 1, close);
                int end = i + 1 + close;
                if (UnicodeTables.TryLookupName(name, out int cp))
                {
                    AppendCodePoint(sb, cp);
                    i = end + 1;
                    return true;
                }
                error = UnicodeError(body, start, end, "unknown Unicode character name");
                return false;
            }
        }
        error = UnicodeError(body, start, i - 1, "malformed \\N character escape");
        return false;
    }

    private static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000)
        {
            // Lone surrogates (\ud800) are kept as the single UTF-16 unit.
            sb.Append((char)cp);
        }
        else
        {
            sb.Append(char.ConvertFromUtf32(cp));
        }
    }

    /// <summary>
    /// CPython's message, with positions in the buffer its decoder sees: the body's UTF-8 bytes
    /// after each non-ASCII character became a 10-byte \U escape (and a backslash before one a 6-byte \u005c).
    /// </summary>
    private static string UnicodeError(ReadOnlySpan<char> body, int start, int endInclusive, string reason)
    {
        int from = BufferPosition(body, start);
        int to = from + (endInclusive - start);
        return $"(unicode error) 'unicodeescape' codec can't decode bytes in position {from}-{to}: {reason}";
    }

    private static int BufferPosition(ReadOnlySpan<char> body, int index)
    {
        int pos = 0;
        for (int k = 0; k < index; k++)
        {
            char c = body[k];
            if (c < 0x80)
            {
                pos += c == '\\' && (k + 1 >= body.Length || body[k + 1] >= 0x80) ? 6 : 1;
            }
            else if (!char.IsLowSurrogate(c))
            {
                pos += 10;
            }
        }
        return pos;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    private static bool TryDecodeBytes(ReadOnlySpan<char> body, bool raw, out byte[] value, out string? error)
    {
        error = null;
        value = [];
        foreach (char c in body)
        {
            if (c >= 0x80)
            {
                error = "bytes can only contain ASCII literal characters";
                return false;
            }
        }
        var output = new List<byte>(body.Length);
        int i = 0;
        while (i < body.Length)
        {
            char c = body[i];
            if (c == '\r')
            {
                output.Add((byte)'\n');
                i += i + 1 < body.Length && body[i + 1] == '\n' ? 2 : 1;
                continue;
            }
            if (c != '\\' || raw || i + 1 >= body.Length)
            {
                output.Add((byte)c);
                i++;
                continue;
            }
            int start = i;
            char e = body[i + 1];
            i += 2;
            switch (e)
            {
                case '\n':
                    break;
                case '\r':
                    if (i < body.Length && body[i] == '\n')
                    {
                        i++;
                    }
                    break;
                case '\\': output.Add((byte)'\\'); break;
                case '\'': output.Add((byte)'\''); break;
                case '"': output.Add((byte)'"'); break;
                case 'a': output.Add(7); break;
                case 'b': output.Add(8); break;
                case 'f': output.Add(12); break;
                case 'n': output.Add(10); break;
                case 'r': output.Add(13); break;
                case 't': output.Add(9); break;
                case 'v': output.Add(11); break;
                case >= '0' and <= '7':
                    output.Add((byte)Octal(body, e, ref i));
                    break;
                case 'x':
                    int hi = i < body.Length ? HexValue(body[i]) : -1;
                    int lo = i + 1 < body.Length ? HexValue(body[i + 1]) : -1;
                    if (hi < 0 || lo < 0)
                    {
                        error = $"(value error) invalid \\x escape at position {start}";
                        return false;
                    }
                    output.Add((byte)((hi * 16) + lo));
                    i += 2;
                    break;
                default:
                    output.Add((byte)'\\');
                    i--;
                    break;
            }
        }
        value = [.. output];
        return true;
    }
}
