using System.Text;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>str.encode / bytes.decode: CPython's codec names and aliases, dispatched to the text codecs.</summary>
internal static class Codecs
{
    /// <summary>The canonical name of a text codec ("utf-8", "latin-1", "cp1252"...); LookupError otherwise.</summary>
    public static string Normalize(string encoding) => Lookup(encoding, "encode");

    public static byte[] Encode(string s, string encoding, string errors)
    {
        if (Canonical(encoding, "encode") is { } name)
        {
            return Wrapped(encoding, "encoding", () => EncodeWith(name, s, errors));
        }
        var result = Registered(encoding, "encode", 0, s, errors);
        return result as PyBytes is { } b ? b.Value
            : throw Ops.TypeError($"'{encoding}' encoder returned '{Ops.TypeName(result)}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types");
    }

    public static string Decode(byte[] bytes, string encoding, string errors)
    {
        if (Canonical(encoding, "decode") is { } name)
        {
            return Wrapped(encoding, "decoding", () => DecodeWith(name, bytes, errors));
        }
        var result = Registered(encoding, "decode", 1, new PyMemoryView(new PyBytes(bytes)), errors);
        return result as string
            ?? throw Ops.TypeError($"'{encoding}' decoder returned '{Ops.TypeName(result)}' instead of 'str'; use codecs.decode() to decode to arbitrary types");
    }

    // A codec found by a search function registered from Python: str.encode and bytes.decode accept text codecs only.
    private static object Registered(string encoding, string direction, int slot, object data, string errors)
    {
        // Outside an engine only the built-in codecs exist.
        var info = PythonThread.CurrentOrNull?.Engine.CodecRegistry.Lookup(encoding) ?? throw Ops.Error(PyExc.LookupError, $"unknown encoding: {encoding}");
        if (Ops.TryGetAttr(info, "_is_text_encoding", out var isText) && !Ops.IsTrue(isText))
        {
            throw Ops.Error(PyExc.LookupError, $"'{encoding}' is not a text encoding; use codecs.{direction}() to handle arbitrary codecs");
        }
        var result = Wrapped(encoding, direction == "encode" ? "encoding" : "decoding", () => Ops.Call(((PyTuple)info).Items[slot], data, errors));
        return result is PyTuple { Count: 2 } pair ? pair.Items[0]
            : throw Ops.TypeError($"{direction}r must return a tuple (object, integer)");
    }

    // CPython's built-in fast path covers these spellings; other names go through the codec registry, which
    // wraps a plain TypeError or LookupError (a failing error handler) with the codec's name.
    /// <summary>Runs a codec, wrapping its plain TypeError or LookupError in one that names the codec, as CPython's registry does.</summary>
    public static T Wrapped<T>(string encoding, string verb, Func<T> run, bool always = false)
    {
        if (!always && (encoding is "utf-8" or "ascii" or "latin-1" || Key(encoding) is "utf_8" or "utf8" or "utf_16" or "utf16" or "utf_32" or "utf32" or "latin_1" or "latin1"
            or "iso_8859_1" or "iso8859_1" or "ascii" or "us_ascii"))
        {
            return run();
        }
        try
        {
            return run();
        }
        catch (PythonException e) when (e.Value.Type == PyExc.TypeError || e.Value.Type == PyExc.LookupError)
        {
            throw Ops.Error(e.Value.Type, $"{verb} with '{encoding}' codec failed ({e.Value.Type.Name}: {Ops.Str(e.Value)})");
        }
    }

    /// <summary>Encodes with the built-in codec of canonical name <paramref name="name"/>.</summary>
    public static byte[] EncodeWith(string name, string s, string errors)
    {
        return name switch
        {
            "utf-8" => UtfCodecs.EncodeUtf8(s, errors),
            "utf-8-sig" => [0xEF, 0xBB, 0xBF, .. UtfCodecs.EncodeUtf8(s, errors)],
            "utf-16" => UtfCodecs.EncodeWide(s, 2, false, true, name, errors),
            "utf-16-le" => UtfCodecs.EncodeWide(s, 2, false, false, name, errors),
            "utf-16-be" => UtfCodecs.EncodeWide(s, 2, true, false, name, errors),
            "utf-32" => UtfCodecs.EncodeWide(s, 4, false, true, name, errors),
            "utf-32-le" => UtfCodecs.EncodeWide(s, 4, false, false, name, errors),
            "utf-32-be" => UtfCodecs.EncodeWide(s, 4, true, false, name, errors),
            "unicode-escape" => EscapeCodecs.Encode(s, raw: false),
            "raw-unicode-escape" => EscapeCodecs.Encode(s, raw: true),
            // Text within the codec's range maps one to one, without building the codec's tables.
            "ascii" when Ascii.IsValid(s) => Encoding.Latin1.GetBytes(s),
            "latin-1" when s.AsSpan().IndexOfAnyExceptInRange('\0', '\u00FF') < 0 => Encoding.Latin1.GetBytes(s),
            _ => SingleByte(name).Encode(s, errors),
        };
    }

    /// <summary>Decodes with the built-in codec of canonical name <paramref name="name"/>.</summary>
    public static string DecodeWith(string name, byte[] bytes, string errors)
    {
        switch (name)
        {
            case "utf-8":
                return UtfCodecs.DecodeUtf8(bytes, 0, errors);
            case "utf-8-sig":
                return UtfCodecs.DecodeUtf8(bytes, StartsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0, errors);
            case "utf-16":
                // The byte order mark decides; without one, little-endian (this machine's order) as CPython here.
                var big16 = StartsWith(bytes, 0xFE, 0xFF);
                var bom16 = big16 || StartsWith(bytes, 0xFF, 0xFE);
                return UtfCodecs.DecodeUtf16(bytes, bom16 ? 2 : 0, big16, big16 ? "utf-16-be" : "utf-16-le", errors);
            case "utf-16-le" or "utf-16-be":
                return UtfCodecs.DecodeUtf16(bytes, 0, name == "utf-16-be", name, errors);
            case "utf-32":
                var big32 = StartsWith(bytes, 0x00, 0x00, 0xFE, 0xFF);
                var bom32 = big32 || StartsWith(bytes, 0xFF, 0xFE, 0x00, 0x00);
                return UtfCodecs.DecodeUtf32(bytes, bom32 ? 4 : 0, big32, big32 ? "utf-32-be" : "utf-32-le", errors);
            case "utf-32-le" or "utf-32-be":
                return UtfCodecs.DecodeUtf32(bytes, 0, name == "utf-32-be", name, errors);
            case "unicode-escape" or "raw-unicode-escape":
                return EscapeCodecs.Decode(bytes, name == "raw-unicode-escape", errors);
            case "latin-1":
            case "ascii" when Ascii.IsValid(bytes):
                return Encoding.Latin1.GetString(bytes);
            default:
                return SingleByte(name).Decode(bytes, 0, errors);
        }
    }

    private static bool StartsWith(byte[] bytes, params byte[] prefix) => bytes.AsSpan().StartsWith(prefix);

    private static SingleByteCodec SingleByte(string name) => name switch
    {
        "ascii" => SingleByteCodec.Ascii(),
        "latin-1" => SingleByteCodec.Latin1(),
        "mac-roman" => SingleByteCodec.CodePage(10000, false, true, [(0xBD, '\u03A9')]),
        "mac-latin2" => SingleByteCodec.CodePage(10029, false, true, []),
        "koi8-r" => SingleByteCodec.CodePage(20866, false, false, []),
        "cp1255" => SingleByteCodec.CodePage(1255, true, false, [(0xCA, SingleByteCodec.Undefined)]),
        _ when name.StartsWith("iso8859-", StringComparison.Ordinal) => SingleByteCodec.CodePage(28590 + int.Parse(name[8..], System.Globalization.CultureInfo.InvariantCulture), false, false, []),
        _ => SingleByteCodec.CodePage(int.Parse(name[2..], System.Globalization.CultureInfo.InvariantCulture), true, false, []),
    };

    // CPython's normalize_encoding: lower case, runs of other characters than letters, digits and '.' become one '_'.
    public static string Key(string encoding)
    {
        var sb = new StringBuilder(encoding.Length);
        var pending = false;
        foreach (var c in encoding)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.')
            {
                if (pending && sb.Length > 0)
                {
                    sb.Append('_');
                }
                pending = false;
                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                pending = true;
            }
        }
        return sb.ToString();
    }

    private static string Lookup(string encoding, string direction) =>
        Canonical(encoding, direction) ?? throw Ops.Error(PyExc.LookupError, $"unknown encoding: {encoding}");

    /// <summary>The canonical name of a text codec built into the engine, null for other names.</summary>
    public static string? Canonical(string encoding, string direction)
    {
        if (encoding is "utf-8" or "ascii" or "latin-1")
        {
            return encoding;
        }

        var key = Key(encoding);
        return key switch
        {
            "utf_8" or "utf8" or "u8" or "utf" or "cp65001" or "utf8_ucs2" or "utf8_ucs4" => "utf-8",
            "utf_8_sig" or "utf8_sig" => "utf-8-sig",
            "ascii" or "us_ascii" or "646" or "us" or "cp367" or "csascii" or "ibm367" or "iso646_us" or "iso_ir_6"
                or "ansi_x3.4_1968" or "ansi_x3_4_1968" or "ansi_x3.4_1986" or "iso_646.irv_1991" => "ascii",
            "latin_1" or "latin1" or "latin" or "l1" or "iso8859_1" or "iso_8859_1" or "8859" or "cp819" or "ibm819"
                or "iso_ir_100" or "iso_8859_1_1987" or "csisolatin1" => "latin-1",
            "utf_16" or "utf16" => "utf-16",
            "utf_16_le" or "utf_16le" => "utf-16-le",
            "utf_16_be" or "utf_16be" => "utf-16-be",
            "utf_32" or "utf32" => "utf-32",
            "utf_32_le" or "utf_32le" => "utf-32-le",
            "utf_32_be" or "utf_32be" => "utf-32-be",
            "unicode_escape" => "unicode-escape",
            "raw_unicode_escape" => "raw-unicode-escape",
            "mac_roman" or "macroman" or "macintosh" => "mac-roman",
            "mac_latin2" or "maclatin2" or "maccentraleurope" or "mac_centeuro" => "mac-latin2",
            "koi8_r" or "cskoi8r" => "koi8-r",
            "latin2" or "l2" => "iso8859-2",
            "latin3" or "l3" => "iso8859-3",
            "latin4" or "l4" => "iso8859-4",
            "cyrillic" => "iso8859-5",
            "arabic" => "iso8859-6",
            "latin5" or "l5" => "iso8859-9",
            "latin7" or "l7" => "iso8859-13",
            "latin9" or "l9" => "iso8859-15",
            "base64" or "base_64" or "base64_codec" or "hex" or "hex_codec" or "rot13" or "rot_13" or "zlib" or "zip"
                or "zlib_codec" or "bz2" or "bz2_codec" or "quopri" or "quotedprintable" or "quoted_printable"
                or "quopri_codec" or "uu" or "uu_codec" =>
                throw Ops.Error(PyExc.LookupError, $"'{encoding}' is not a text encoding; use codecs.{direction}() to handle arbitrary codecs"),
            _ => CodePageName(key),
        };
    }

    // The single-byte pages whose .NET tables agree with CPython's (once the undefined bytes are removed).
    private static string? CodePageName(string key)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["iso8859_", "iso_8859_"])
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal) && key[prefix.Length..] is "2" or "3" or "4" or "5" or "6" or "9" or "13" or "15")
            {
                return "iso8859-" + key[prefix.Length..];
            }
        }
        var number = key.StartsWith("windows_", StringComparison.Ordinal) ? key[8..]
            : key.StartsWith("cp", StringComparison.Ordinal) ? key[2..]
            : key.StartsWith("ibm", StringComparison.Ordinal) ? key[3..]
            : key;
        return number is "437" or "850" or "852" or "855" or "857" or "860" or "861" or "862" or "863" or "865" or "866" or "869" or "874"
            or "1250" or "1251" or "1252" or "1253" or "1254" or "1255" or "1256" or "1257" or "1258"
            && (key == number || key.StartsWith("cp", StringComparison.Ordinal) || (key.StartsWith("windows_", StringComparison.Ordinal) ? number.StartsWith("125", StringComparison.Ordinal) : !number.StartsWith("125", StringComparison.Ordinal)))
            ? "cp" + number
            : null;
    }
}
