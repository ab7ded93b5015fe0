using System.Text;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>str.encode / bytes.decode for the common codecs with strict, ignore and replace error handling.</summary>
internal static class Codecs
{
    public static string Normalize(string encoding) => encoding.ToLowerInvariant().Replace('_', '-') switch
    {
        "utf-8" or "utf8" or "u8" => "utf-8",
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
                var limit = name == "ascii" ? 0x80 : 0x100;
                var bytes = new List<byte>(s.Length);
                for (var i = 0; i < s.Length; i++)
                {
                    var c = s[i];
                    if (c < limit)
                    {
                        bytes.Add((byte)c);
                        continue;
                    }
                    switch (errors)
                    {
                        case "ignore":
                            break;
                        case "replace":
                            bytes.Add((byte)'?');
                            break;
                        case "backslashreplace":
                            foreach (var b in StrMethods.EscapeNonAscii(c.ToString()))
                            {
                                bytes.Add((byte)b);
                            }
                            break;
                        case "xmlcharrefreplace":
                            foreach (var b in $"&#{(int)c};")
                            {
                                bytes.Add((byte)b);
                            }
                            break;
                        default:
                            var range = name == "ascii" ? "128" : "256";
                            throw UnicodeError(PyExc.UnicodeEncodeError, $"'{(name == "ascii" ? "ascii" : "latin-1")}' codec can't encode character '{StrMethods.EscapeNonAscii(c.ToString())}' in position {i}: ordinal not in range({range})");
                    }
                }
                return bytes.ToArray();
            case "utf-8":
                if (errors == "strict")
                {
                    for (var i = 0; i < s.Length; i++)
                    {
                        if (char.IsSurrogate(s[i]) && !(char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])))
                        {
                            throw UnicodeError(PyExc.UnicodeEncodeError, $"'utf-8' codec can't encode character '\\u{(int)s[i]:x4}' in position {i}: surrogates not allowed");
                        }
                        if (char.IsHighSurrogate(s[i]))
                        {
                            i++;
                        }
                    }
                }
                return Encoding.UTF8.GetBytes(s);
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
                        throw UnicodeError(PyExc.UnicodeDecodeError, $"'ascii' codec can't decode byte 0x{b:x2} in position {i}: ordinal not in range(128)");
                    }
                }
                return sb.ToString();
            case "utf-8":
                return DecodeUtf8(bytes, errors);
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

    private static string DecodeUtf8(byte[] bytes, string errors)
    {
        var strict = new UTF8Encoding(false, true);
        try
        {
            return strict.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            if (errors == "replace")
            {
                return Encoding.UTF8.GetString(bytes);
            }
            if (errors == "ignore")
            {
                var decoder = new UTF8Encoding(false, false);
                return decoder.GetString(bytes).Replace("\uFFFD", "", StringComparison.Ordinal);
            }
            var pos = e.Index;
            var b = bytes[Math.Max(0, Math.Min(pos, bytes.Length - 1))];
            var reason = b >= 0x80 && b < 0xC0 || b >= 0xF8 ? "invalid start byte" : pos + 1 >= bytes.Length ? "unexpected end of data" : "invalid continuation byte";
            throw UnicodeError(PyExc.UnicodeDecodeError, $"'utf-8' codec can't decode byte 0x{b:x2} in position {pos}: {reason}");
        }
    }

    private static PythonException UnicodeError(PyType type, string message) => Ops.Error(type, message);
}
