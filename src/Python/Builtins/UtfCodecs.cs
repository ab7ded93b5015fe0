using System.Text;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Builtins;

/// <summary>UTF-8, UTF-16 and UTF-32 with CPython's validity rules, error reasons and surrogatepass.</summary>
internal static class UtfCodecs
{
    public static byte[] EncodeUtf8(string s, string errors)
    {
        var result = new List<byte>(s.Length);
        for (var i = 0; i < s.Length;)
        {
            if (!IsLoneSurrogate(s, i))
            {
                AppendUtf8(result, CodePoints.At(s, i));
                i += CodePoints.Width(s, i);
                continue;
            }
            var end = i + 1;
            while (end < s.Length && IsLoneSurrogate(s, end))
            {
                end++;
            }
            if (errors == "surrogatepass")
            {
                for (; i < end; i++)
                {
                    AppendUtf8(result, s[i]);
                }
                continue;
            }
            var (text, raw, resume) = CodecErrors.Encode(errors, "utf-8", s, i, end, "surrogates not allowed");
            result.AddRange(raw ?? EncodeUtf8(text!, "strict"));
            i = resume;
        }
        return result.ToArray();
    }

    // Called only at code point boundaries, so a low surrogate here has no high one before it.
    private static bool IsLoneSurrogate(string s, int i) => char.IsSurrogate(s[i]) && CodePoints.Width(s, i) == 1;

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

    public static string DecodeUtf8(byte[] bytes, int start, string errors)
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
            var need = b is >= 0xC2 and <= 0xDF ? 1 : b is >= 0xE0 and <= 0xEF ? 2 : b is >= 0xF0 and <= 0xF4 ? 3 : -1;
            if (need < 0)
            {
                i = CodecErrors.Decode(errors, "utf-8", bytes, i, i + 1, "invalid start byte", sb);
                continue;
            }
            if (errors == "surrogatepass" && b == 0xED && i + 2 < bytes.Length && bytes[i + 1] is >= 0xA0 and <= 0xBF && bytes[i + 2] is >= 0x80 and <= 0xBF)
            {
                sb.Append((char)(0xD000 | ((bytes[i + 1] & 0x3F) << 6) | (bytes[i + 2] & 0x3F)));
                i += 3;
                continue;
            }
            var cp = b & (0x3F >> need);
            string? reason = null;
            var k = 1;
            for (; k <= need; k++)
            {
                if (i + k >= bytes.Length)
                {
                    reason = "unexpected end of data";
                    break;
                }
                var c = bytes[i + k];
                var (lo, hi) = k != 1 ? (0x80, 0xBF) : b switch
                {
                    0xE0 => (0xA0, 0xBF),
                    0xED => (0x80, 0x9F),
                    0xF0 => (0x90, 0xBF),
                    0xF4 => (0x80, 0x8F),
                    _ => (0x80, 0xBF),
                };
                if (c < lo || c > hi)
                {
                    reason = "invalid continuation byte";
                    break;
                }
                cp = (cp << 6) | (c & 0x3F);
            }
            if (reason is null)
            {
                sb.Append(char.ConvertFromUtf32(cp));
                i += need + 1;
                continue;
            }
            i = CodecErrors.Decode(errors, "utf-8", bytes, i, Math.Min(bytes.Length, i + k), reason, sb);
        }
        return sb.ToString();
    }

    /// <summary>UTF-16 or UTF-32 (<paramref name="width"/> 2 or 4) code units of s; <paramref name="name"/> names the codec in errors.</summary>
    public static byte[] EncodeWide(string s, int width, bool bigEndian, bool bom, string name, string errors)
    {
        var result = new List<byte>((s.Length + 1) * width);
        if (bom)
        {
            Put(result, 0xFEFF, width, bigEndian);
        }
        for (var i = 0; i < s.Length;)
        {
            if (!IsLoneSurrogate(s, i))
            {
                var cp = CodePoints.At(s, i);
                var w = CodePoints.Width(s, i);
                if (width == 2)
                {
                    for (var j = 0; j < w; j++)
                    {
                        Put(result, s[i + j], 2, bigEndian);
                    }
                }
                else
                {
                    Put(result, cp, 4, bigEndian);
                }
                i += w;
                continue;
            }
            if (errors == "surrogatepass")
            {
                Put(result, s[i], width, bigEndian);
                i++;
                continue;
            }
            var (text, raw, resume) = CodecErrors.Encode(errors, name, s, i, i + 1, "surrogates not allowed");
            if (raw is not null)
            {
                throw CodecErrors.EncodeError(name, s, i, i + 1, "surrogates not allowed");
            }
            result.AddRange(EncodeWide(text!, width, bigEndian, false, name, "strict"));
            i = resume;
        }
        return result.ToArray();
    }

    private static void Put(List<byte> into, int unit, int width, bool bigEndian)
    {
        for (var k = 0; k < width; k++)
        {
            var shift = 8 * (bigEndian ? width - 1 - k : k);
            into.Add((byte)(unit >> shift));
        }
    }

    private static int Get(byte[] bytes, int at, int width, bool bigEndian)
    {
        var v = 0;
        for (var k = 0; k < width; k++)
        {
            var shift = 8 * (bigEndian ? width - 1 - k : k);
            v |= bytes[at + k] << shift;
        }
        return v;
    }

    public static string DecodeUtf16(byte[] bytes, int start, bool bigEndian, string name, string errors)
    {
        var sb = new StringBuilder(bytes.Length / 2);
        var i = start;
        while (i < bytes.Length)
        {
            if (bytes.Length - i < 2)
            {
                i = CodecErrors.Decode(errors, name, bytes, i, bytes.Length, "truncated data", sb);
                continue;
            }
            var u = Get(bytes, i, 2, bigEndian);
            if (u is < 0xD800 or > 0xDFFF)
            {
                sb.Append((char)u);
                i += 2;
                continue;
            }
            string reason;
            var end = i + 2;
            if (u <= 0xDBFF)
            {
                if (bytes.Length - i < 4)
                {
                    reason = "unexpected end of data";
                    end = bytes.Length;
                }
                else
                {
                    var v = Get(bytes, i + 2, 2, bigEndian);
                    if (v is >= 0xDC00 and <= 0xDFFF)
                    {
                        sb.Append((char)u).Append((char)v);
                        i += 4;
                        continue;
                    }
                    reason = "illegal UTF-16 surrogate";
                }
            }
            else
            {
                reason = "illegal encoding";
            }
            if (errors == "surrogatepass")
            {
                sb.Append((char)u);
                i += 2;
                continue;
            }
            i = CodecErrors.Decode(errors, name, bytes, i, end, reason, sb);
        }
        return sb.ToString();
    }

    public static string DecodeUtf32(byte[] bytes, int start, bool bigEndian, string name, string errors)
    {
        var sb = new StringBuilder(bytes.Length / 4);
        var i = start;
        while (i < bytes.Length)
        {
            if (bytes.Length - i < 4)
            {
                i = CodecErrors.Decode(errors, name, bytes, i, bytes.Length, "truncated data", sb);
                continue;
            }
            var cp = (uint)Get(bytes, i, 4, bigEndian);
            if (cp > 0x10FFFF)
            {
                i = CodecErrors.Decode(errors, name, bytes, i, i + 4, "code point not in range(0x110000)", sb);
                continue;
            }
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                if (errors == "surrogatepass")
                {
                    sb.Append((char)cp);
                    i += 4;
                    continue;
                }
                i = CodecErrors.Decode(errors, name, bytes, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)", sb);
                continue;
            }
            sb.AppendCodePoint((int)cp);
            i += 4;
        }
        return sb.ToString();
    }

    /// <summary>
    /// How many bytes an incremental UTF-8 decoder may take now: all but a trailing sequence that is still valid
    /// and only lacks bytes (an invalid one is decoded at once, so its error is not deferred).
    /// </summary>
    public static int CompleteUtf8(byte[] bytes)
    {
        for (var back = 1; back <= Math.Min(3, bytes.Length); back++)
        {
            var at = bytes.Length - back;
            var b = bytes[at];
            if (b < 0x80)
            {
                return bytes.Length;
            }
            if (b < 0xC0)
            {
                continue;
            }
            var need = b is >= 0xC2 and <= 0xDF ? 1 : b is >= 0xE0 and <= 0xEF ? 2 : b is >= 0xF0 and <= 0xF4 ? 3 : -1;
            if (need < back)
            {
                return bytes.Length;
            }
            if (back > 1)
            {
                var (lo, hi) = b switch
                {
                    0xE0 => (0xA0, 0xBF),
                    0xED => (0x80, 0x9F),
                    0xF0 => (0x90, 0xBF),
                    0xF4 => (0x80, 0x8F),
                    _ => (0x80, 0xBF),
                };
                if (bytes[at + 1] < lo || bytes[at + 1] > hi)
                {
                    return bytes.Length;
                }
            }
            return at;
        }
        return bytes.Length;
    }

    /// <summary>How many bytes from <paramref name="start"/> an incremental UTF-16 decoder may take: whole units, not a trailing high surrogate.</summary>
    public static int CompleteUtf16(byte[] bytes, int start, bool bigEndian)
    {
        var end = bytes.Length - ((bytes.Length - start) % 2);
        return end - start >= 2 && Get(bytes, end - 2, 2, bigEndian) is >= 0xD800 and <= 0xDBFF ? end - 2 : end;
    }
}
