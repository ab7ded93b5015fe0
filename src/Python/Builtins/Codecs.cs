using System.Text;
using IronUwsgi.Python.Lexing;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>str.encode / bytes.decode for the common codecs with CPython's error handlers.</summary>
internal static class Codecs
{
    public static string Normalize(string encoding) => encoding.ToLowerInvariant().Replace('_', '-') switch
    {
        "utf-8" or "utf8" or "u8" or "utf" => "utf-8",
        "utf-8-sig" or "utf8-sig" => "utf-8-sig",
        "utf-32-le" or "utf-32le" => "utf-32-le",
        "utf-32-be" or "utf-32be" => "utf-32-be",
        "cp1252" or "windows-1252" => "cp1252",
        "ascii" or "us-ascii" => "ascii",
        "latin-1" or "latin1" or "iso-8859-1" or "iso8859-1" or "l1" => "latin-1",
        "utf-16" or "utf16" => "utf-16",
        "utf-16-le" or "utf-16le" => "utf-16-le",
        "utf-16-be" or "utf-16be" => "utf-16-be",
        "utf-32" or "utf32" => "utf-32",
        var other => throw Ops.Error(PyExc.LookupError, $"unknown encoding: {other}"),
    };

    public static byte[] Encode(string s, string encoding, string errors)
    {
        var name = Normalize(encoding);
        switch (name)
        {
            case "ascii" or "latin-1":
                return EncodeCharmap(s, name, name == "ascii" ? 0x80 : 0x100, errors);
            case "utf-8":
                return EncodeUtf8(s, errors);
            case "utf-8-sig":
                return new byte[] { 0xEF, 0xBB, 0xBF }.Concat(EncodeUtf8(s, errors)).ToArray();
            case "utf-32-le":
                return new UTF32Encoding(false, false).GetBytes(s);
            case "utf-32-be":
                return new UTF32Encoding(true, false).GetBytes(s);
            case "cp1252":
                return EncodeCodePage(s, 1252, errors);
            case "utf-16":
                return Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(s)).ToArray();
            case "utf-16-le":
                return Encoding.Unicode.GetBytes(s);
            case "utf-16-be":
                return Encoding.BigEndianUnicode.GetBytes(s);
            default:
                return Encoding.UTF32.GetPreamble().Concat(Encoding.UTF32.GetBytes(s)).ToArray();
        }
    }

    public static string Decode(byte[] bytes, string encoding, string errors)
    {
        var name = Normalize(encoding);
        switch (name)
        {
            case "latin-1":
                return Encoding.Latin1.GetString(bytes);
            case "ascii":
                var sb = new StringBuilder(bytes.Length);
                for (var i = 0; i < bytes.Length; i++)
                {
                    var b = bytes[i];
                    if (b < 0x80)
                    {
                        sb.Append((char)b);
                    }
                    else if (errors == "replace")
                    {
                        sb.Append('\uFFFD');
                    }
                    else if (errors != "ignore")
                    {
                        throw DecodeError("ascii", bytes, i, i + 1, "ordinal not in range(128)");
                    }
                }
                return sb.ToString();
            case "utf-8":
                return DecodeUtf8(bytes, 0, errors);
            case "utf-8-sig":
                return DecodeUtf8(bytes, bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0, errors);
            case "utf-32-le":
                return new UTF32Encoding(false, false).GetString(bytes);
            case "utf-32-be":
                return new UTF32Encoding(true, false).GetString(bytes);
            case "cp1252":
                return System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetString(bytes);
            case "utf-16":
                return bytes.Length >= 2 && bytes[0] == 0xFE && bytes[1] == 0xFF
                    ? Encoding.BigEndianUnicode.GetString(bytes, 2, bytes.Length - 2)
                    : Encoding.Unicode.GetString(bytes, bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE ? 2 : 0, bytes.Length >= 2 && bytes[0] == 0xFF && bytes[1] == 0xFE ? bytes.Length - 2 : bytes.Length);
            case "utf-16-le":
                return Encoding.Unicode.GetString(bytes);
            case "utf-16-be":
                return Encoding.BigEndianUnicode.GetString(bytes);
            default:
                return Encoding.UTF32.GetString(bytes, bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE ? 4 : 0, bytes.Length >= 4 && bytes[0] == 0xFF && bytes[1] == 0xFE ? bytes.Length - 4 : bytes.Length);
        }
    }

    /// <summary>ascii and latin-1: code points below <paramref name="limit"/> are their own byte.</summary>
    private static byte[] EncodeCharmap(string s, string name, int limit, string errors)
    {
        var bytes = new List<byte>(s.Length);
        for (var i = 0; i < s.Length;)
        {
            var cp = CodePoints.At(s, i);
            var width = CodePoints.Width(s, i);
            if (cp < limit)
            {
                bytes.Add((byte)cp);
                i += width;
                continue;
            }
            if (errors == "surrogateescape" && cp is >= 0xDC80 and <= 0xDCFF)
            {
                bytes.Add((byte)(cp - 0xDC00));
                i += width;
                continue;
            }
            var replacement = EncodeReplacement(errors, cp);
            if (replacement is null)
            {
                // Like CPython, strict reports the whole run of unencodable characters.
                var end = i + width;
                while (end < s.Length && CodePoints.At(s, end) >= limit)
                {
                    end += CodePoints.Width(s, end);
                }
                throw EncodeError(name, s, i, end, $"ordinal not in range({limit})");
            }
            foreach (var c in replacement)
            {
                bytes.Add((byte)c);
            }
            i += width;
        }
        return bytes.ToArray();
    }

    /// <summary>
    /// What the error handler <paramref name="errors"/> puts (as ASCII) for a code point the codec cannot
    /// encode; null for strict, which raises.
    /// </summary>
    private static string? EncodeReplacement(string errors, int cp) => errors switch
    {
        "strict" or "surrogateescape" or "surrogatepass" => null,
        "ignore" => "",
        "replace" => "?",
        "backslashreplace" => Escape(cp),
        "xmlcharrefreplace" => $"&#{cp};",
        "namereplace" => UnicodeTables.NameOf(cp) is { } n ? $"\\N{{{n}}}" : Escape(cp),
        _ => throw Ops.Error(PyExc.LookupError, $"unknown error handler name '{errors}'"),
    };

    private static string Escape(int cp) =>
        cp <= 0xFF ? $"\\x{cp:x2}" : cp <= 0xFFFF ? $"\\u{cp:x4}" : $"\\U{cp:x8}";

    private static byte[] EncodeUtf8(string s, string errors)
    {
        var result = new List<byte>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            else if (char.IsSurrogate(s[i]))
            {
                if (errors == "surrogatepass")
                {
                    AppendUtf8(result, cp);
                    continue;
                }
                if (errors == "surrogateescape" && cp is >= 0xDC80 and <= 0xDCFF)
                {
                    result.Add((byte)(cp - 0xDC00));
                    continue;
                }
                var replacement = EncodeReplacement(errors, cp);
                if (replacement is null)
                {
                    var end = i + 1;
                    while (end < s.Length && char.IsSurrogate(s[end]) && CodePoints.Width(s, end) == 1)
                    {
                        end++;
                    }
                    throw EncodeError("utf-8", s, i, end, "surrogates not allowed");
                }
                foreach (var ch in replacement)
                {
                    result.Add((byte)ch);
                }
                continue;
            }
            AppendUtf8(result, cp);
        }
        return result.ToArray();
    }

    private static void AppendUtf8(List<byte> result, int cp)
    {
        if (cp < 0x80)
        {
            result.Add((byte)cp);
        }
        else if (cp < 0x800)
        {
            result.Add((byte)(0xC0 | (cp >> 6)));
            result.Add((byte)(0x80 | (cp & 0x3F)));
        }
        else if (cp < 0x10000)
        {
            result.Add((byte)(0xE0 | (cp >> 12)));
            result.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
            result.Add((byte)(0x80 | (cp & 0x3F)));
        }
        else
        {
            result.Add((byte)(0xF0 | (cp >> 18)));
            result.Add((byte)(0x80 | ((cp >> 12) & 0x3F)));
            result.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
            result.Add((byte)(0x80 | (cp & 0x3F)));
        }
    }

    /// <summary>UTF-8 decoding with CPython's validity rules and error handlers (strict, ignore, replace, surrogateescape, backslashreplace).</summary>
    private static string DecodeUtf8(byte[] bytes, int start, string errors)
    {
        var sb = new StringBuilder(bytes.Length);
        var i = start;
        while (i < bytes.Length)
        {
            var b = bytes[i];
            if (b < 0x80)
            {
                sb.Append((char)b);
                i++;
                continue;
            }
            var need = b >= 0xC2 && b <= 0xDF ? 1 : b >= 0xE0 && b <= 0xEF ? 2 : b >= 0xF0 && b <= 0xF4 ? 3 : -1;
            var invalidLength = 1;
            string? reason = null;
            if (need < 0)
            {
                reason = "invalid start byte";
            }
            else
            {
                var cp = b & (0x3F >> need);
                var k = 1;
                for (; k <= need; k++)
                {
                    if (i + k >= bytes.Length)
                    {
                        reason = "unexpected end of data";
                        break;
                    }
                    var c = bytes[i + k];
                    var lo = 0x80;
                    var hi = 0xBF;
                    if (k == 1)
                    {
                        (lo, hi) = b switch
                        {
                            0xE0 => (0xA0, 0xBF),
                            0xED => (0x80, 0x9F),
                            0xF0 => (0x90, 0xBF),
                            0xF4 => (0x80, 0x8F),
                            _ => (0x80, 0xBF),
                        };
                    }
                    if (c < lo || c > hi)
                    {
                        reason = "invalid continuation byte";
                        break;
                    }
                    cp = (cp << 6) | (c & 0x3F);
                }
                invalidLength = k;
                if (reason is null)
                {
                    sb.Append(char.ConvertFromUtf32(cp));
                    i += need + 1;
                    continue;
                }
                if (reason == "invalid continuation byte" || reason == "unexpected end of data")
                {
                    invalidLength = Math.Max(1, k);
                }
            }
            switch (errors)
            {
                case "ignore":
                    break;
                case "replace":
                    sb.Append('\uFFFD');
                    break;
                case "surrogateescape":
                    for (var j = 0; j < invalidLength && i + j < bytes.Length; j++)
                    {
                        sb.Append((char)(0xDC00 + bytes[i + j]));
                    }
                    break;
                case "backslashreplace":
                    for (var j = 0; j < invalidLength && i + j < bytes.Length; j++)
                    {
                        sb.Append($"\\x{bytes[i + j]:x2}");
                    }
                    break;
                default:
                    throw DecodeError("utf-8", bytes, i, Math.Min(bytes.Length, i + invalidLength), reason);
            }
            i += invalidLength;
        }
        return sb.ToString();
    }

    private static byte[] EncodeCodePage(string s, int codePage, string errors)
    {
        var encoding = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ReplacementFallback)!;
        try
        {
            return encoding.GetBytes(s);
        }
        catch (EncoderFallbackException e)
        {
            if (errors == "strict")
            {
                throw UnicodeError(PyExc.UnicodeEncodeError, $"'charmap' codec can't encode character '{StrMethods.EscapeNonAscii(e.CharUnknown.ToString())}' in position {e.Index}: character maps to <undefined>");
            }
            var lenient = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(codePage, new EncoderReplacementFallback(errors == "ignore" ? "" : "?"), DecoderFallback.ReplacementFallback)!;
            return lenient.GetBytes(s);
        }
    }

    private static PythonException UnicodeError(PyType type, string message) => Ops.Error(type, message);

    private static PythonException DecodeError(string encoding, byte[] bytes, int start, int end, string reason) =>
        ((PyBaseException)Ops.Call(PyExc.UnicodeDecodeError, new object[] { encoding, new PyBytes(bytes), Py.Int(start), Py.Int(end), reason }, null)).ToClr();

    /// <summary>UnicodeEncodeError for the UTF-16 range [start, end) of <paramref name="s"/>, reported in code points.</summary>
    private static PythonException EncodeError(string encoding, string s, int start, int end, string reason) =>
        ((PyBaseException)Ops.Call(PyExc.UnicodeEncodeError, new object[] { encoding, s, Py.Int(CodePoints.ToIndex(s, start)), Py.Int(CodePoints.ToIndex(s, end)), reason }, null)).ToClr();
}
