using System.Text;
using IronUwsgi.Python.Lexing;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>CPython's built-in codec error handlers, looked up only when a codec meets bad input.</summary>
internal static class CodecErrors
{
    /// <summary>
    /// Handles undecodable bytes [start, end): appends the handler's text to <paramref name="into"/> and returns
    /// where decoding resumes. surrogatepass is the codec's own business, so here it fails like strict.
    /// </summary>
    public static int Decode(string errors, string codec, byte[] bytes, int start, int end, string reason, StringBuilder into)
    {
        switch (errors)
        {
            case "ignore":
                return end;
            case "replace":
                into.Append('\uFFFD');
                return end;
            case "backslashreplace":
                for (var i = start; i < end; i++)
                {
                    into.Append($"\\x{bytes[i]:x2}");
                }
                return end;
            case "surrogateescape":
                for (var i = start; i < end; i++)
                {
                    if (bytes[i] < 0x80)
                    {
                        throw DecodeError(codec, bytes, start, end, reason);
                    }
                }
                for (var i = start; i < end; i++)
                {
                    into.Append((char)(0xDC00 + bytes[i]));
                }
                return end;
            case "strict" or "surrogatepass":
                throw DecodeError(codec, bytes, start, end, reason);
            case "xmlcharrefreplace" or "namereplace":
                throw Ops.TypeError("don't know how to handle UnicodeDecodeError in error callback");
            default:
                throw UnknownHandler(errors);
        }
    }

    /// <summary>
    /// The handler's replacement for the unencodable UTF-16 range [start, end) of <paramref name="s"/>: text for the
    /// codec to encode, or raw bytes (surrogateescape). surrogatepass is the codec's own business.
    /// </summary>
    public static (string? Text, byte[]? Raw) Encode(string errors, string codec, string s, int start, int end, string reason)
    {
        var text = new StringBuilder();
        switch (errors)
        {
            case "ignore":
                return ("", null);
            case "replace":
                for (var i = start; i < end; i += CodePoints.Width(s, i))
                {
                    text.Append('?');
                }
                return (text.ToString(), null);
            case "backslashreplace":
                for (var i = start; i < end; i += CodePoints.Width(s, i))
                {
                    text.Append(Escape(CodePoints.At(s, i)));
                }
                return (text.ToString(), null);
            case "xmlcharrefreplace":
                for (var i = start; i < end; i += CodePoints.Width(s, i))
                {
                    text.Append("&#").Append(CodePoints.At(s, i)).Append(';');
                }
                return (text.ToString(), null);
            case "namereplace":
                for (var i = start; i < end; i += CodePoints.Width(s, i))
                {
                    var cp = CodePoints.At(s, i);
                    text.Append(UnicodeTables.NameOf(cp) is { } name ? $"\\N{{{name}}}" : Escape(cp));
                }
                return (text.ToString(), null);
            case "surrogateescape":
                var raw = new byte[end - start];
                for (var i = start; i < end; i++)
                {
                    raw[i - start] = s[i] is >= '\uDC80' and <= '\uDCFF' ? (byte)(s[i] - 0xDC00) : throw EncodeError(codec, s, start, end, reason);
                }
                return (null, raw);
            case "strict" or "surrogatepass":
                throw EncodeError(codec, s, start, end, reason);
            default:
                throw UnknownHandler(errors);
        }
    }

    public static string Escape(int cp) =>
        cp <= 0xFF ? $"\\x{cp:x2}" : cp <= 0xFFFF ? $"\\u{cp:x4}" : $"\\U{cp:x8}";

    private static PythonException UnknownHandler(string errors) =>
        Ops.Error(PyExc.LookupError, $"unknown error handler name '{errors}'");

    public static PythonException DecodeError(string codec, byte[] bytes, int start, int end, string reason) =>
        ((PyBaseException)Ops.Call(PyExc.UnicodeDecodeError, new object[] { codec, new PyBytes(bytes), Py.Int(start), Py.Int(end), reason }, null)).ToClr();

    /// <summary>UnicodeEncodeError for the UTF-16 range [start, end) of <paramref name="s"/>, reported in code points.</summary>
    public static PythonException EncodeError(string codec, string s, int start, int end, string reason) =>
        ((PyBaseException)Ops.Call(PyExc.UnicodeEncodeError, new object[] { codec, s, Py.Int(CodePoints.ToIndex(s, start)), Py.Int(CodePoints.ToIndex(s, end)), reason }, null)).ToClr();
}
