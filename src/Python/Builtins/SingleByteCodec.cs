using System.Text;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Builtins;

/// <summary>
/// A codec mapping each byte to one character: ascii, latin-1 and the code pages (as CPython's "charmap" codecs).
/// </summary>
internal sealed class SingleByteCodec
{
    public const char Undefined = '\uFFFE';

    private readonly string name;
    private readonly string reason;
    private readonly char[] table;
    private readonly Dictionary<int, byte> reverse = new();

    private SingleByteCodec(string name, string reason, char[] table)
    {
        this.name = name;
        this.reason = reason;
        this.table = table;
        for (var b = 255; b >= 0; b--)
        {
            if (table[b] != Undefined)
            {
                reverse[table[b]] = (byte)b;
            }
        }
    }

    public static SingleByteCodec Ascii() => Identity("ascii", 0x80, "ordinal not in range(128)");

    public static SingleByteCodec Latin1() => Identity("latin-1", 0x100, "ordinal not in range(256)");

    private static SingleByteCodec Identity(string name, int limit, string reason)
    {
        var table = new char[256];
        for (var b = 0; b < 256; b++)
        {
            table[b] = b < limit ? (char)b : Undefined;
        }
        return new SingleByteCodec(name, reason, table);
    }

    /// <summary>
    /// A code page from .NET's tables, with CPython's undefined bytes: .NET passes unassigned 0x80-0x9F of the
    /// Windows pages through and gives others private-use characters, where CPython's tables have no mapping.
    /// </summary>
    public static SingleByteCodec CodePage(int codePage, bool windowsPage, bool privateUseDefined, (int Byte, char Char)[] fixes)
    {
        var encoding = CodePagesEncodingProvider.Instance.GetEncoding(codePage, EncoderFallback.ExceptionFallback, new DecoderReplacementFallback(Undefined.ToString()))!;
        var all = new byte[256];
        for (var b = 0; b < 256; b++)
        {
            all[b] = (byte)b;
        }
        var table = encoding.GetString(all).ToCharArray();
        for (var b = 0; b < 256; b++)
        {
            if ((windowsPage && b is >= 0x80 and <= 0x9F && table[b] == b) || (!privateUseDefined && table[b] is >= '\uE000' and <= '\uF8FF'))
            {
                table[b] = Undefined;
            }
        }
        foreach (var (b, c) in fixes)
        {
            table[b] = c;
        }
        return new SingleByteCodec("charmap", "character maps to <undefined>", table);
    }

    public string Decode(byte[] bytes, int start, string errors)
    {
        var sb = new StringBuilder(bytes.Length - start);
        for (var i = start; i < bytes.Length;)
        {
            var c = table[bytes[i]];
            if (c != Undefined)
            {
                sb.Append(c);
                i++;
                continue;
            }
            i = CodecErrors.Decode(errors, name, bytes, i, i + 1, reason, sb);
        }
        return sb.ToString();
    }

    public byte[] Encode(string s, string errors)
    {
        var result = new List<byte>(s.Length);
        for (var i = 0; i < s.Length;)
        {
            var cp = CodePoints.At(s, i);
            if (reverse.TryGetValue(cp, out var b))
            {
                result.Add(b);
                i += CodePoints.Width(s, i);
                continue;
            }
            // Like CPython, the handler gets the whole run of unencodable characters.
            var end = i + CodePoints.Width(s, i);
            while (end < s.Length && !reverse.ContainsKey(CodePoints.At(s, end)))
            {
                end += CodePoints.Width(s, end);
            }
            var (text, raw, resume) = CodecErrors.Encode(errors, name, s, i, end, reason);
            if (raw is not null)
            {
                result.AddRange(raw);
            }
            foreach (var c in text ?? "")
            {
                result.Add(reverse.TryGetValue(c, out var rb) ? rb : throw CodecErrors.EncodeError(name, s, i, end, reason));
            }
            i = resume;
        }
        return result.ToArray();
    }
}
