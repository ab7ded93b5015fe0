using System.Text;
using IronUwsgi.Python.Engine;
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
                return DecodeWithRegistered(errors, codec, bytes, start, end, reason, into);
        }
    }

    private static int DecodeWithRegistered(string errors, string codec, byte[] bytes, int start, int end, string reason, StringBuilder into)
    {
        var handler = Registered(errors);
        var exc = Ops.Call(PyExc.UnicodeDecodeError, new object[] { codec, new PyBytes(bytes), Py.Int(start), Py.Int(end), reason }, null);
        if (Ops.Call(handler, exc) is not PyTuple { Count: 2 } result || result.Items[0] is not string text || result.Items[1] is not (long or System.Numerics.BigInteger))
        {
            throw Ops.TypeError("decoding error handler must return (str, int) tuple");
        }
        into.Append(text);
        return Resume(result.Items[1], bytes.Length);
    }

    // A handler's new position may count from the end; past either end is an IndexError, as in CPython.
    private static int Resume(object position, int length)
    {
        var at = Ops.IndexAsLong(position);
        if (at < 0)
        {
            at += length;
        }
        return at < 0 || at > length ? throw Ops.Error(PyExc.IndexError, $"position {Ops.IndexAsLong(position)} from error handler out of bounds") : (int)at;
    }

    private static object Registered(string errors) =>
        PythonThread.CurrentOrNull?.Engine.CodecRegistry.Handler(errors) ?? throw UnknownHandler(errors);

    /// <summary>
    /// The handler's replacement for the unencodable UTF-16 range [start, end) of <paramref name="s"/>: text for the
    /// codec to encode, or raw bytes (surrogateescape), and the UTF-16 offset where encoding resumes.
    /// surrogatepass is the codec's own business.
    /// </summary>
    public static (string? Text, byte[]? Raw, int Resume) Encode(string errors, string codec, string s, int start, int end, string reason)
    {
        if (errors is "ignore" or "replace" or "backslashreplace" or "xmlcharrefreplace" or "namereplace" or "surrogateescape" or "strict" or "surrogatepass")
        {
            var (text, raw) = EncodeBuiltin(errors, codec, s, start, end, reason);
            return (text, raw, end);
        }
        var handler = Registered(errors);
        var exc = Ops.Call(PyExc.UnicodeEncodeError, new object[] { codec, s, Py.Int(CodePoints.ToIndex(s, start)), Py.Int(CodePoints.ToIndex(s, end)), reason }, null);
        if (Ops.Call(handler, exc) is not PyTuple { Count: 2 } result || result.Items[0] is not (string or PyBytes) || result.Items[1] is not (long or System.Numerics.BigInteger))
        {
            throw Ops.TypeError("encoding error handler must return (str/bytes, int) tuple");
        }
        var resume = CodePoints.ToOffset(s, Resume(result.Items[1], CodePoints.Length(s)));
        return result.Items[0] is string replacement ? (replacement, null, resume) : (null, ((PyBytes)result.Items[0]).Value, resume);
    }

    private static (string? Text, byte[]? Raw) EncodeBuiltin(string errors, string codec, string s, int start, int end, string reason)
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
            default:
                throw EncodeError(codec, s, start, end, reason);
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

    /// <summary>
    /// The built-in handler <paramref name="name"/> called from Python (codecs.replace_errors...): the replacement
    /// for the exception's range and the position after it.
    /// </summary>
    public static object Apply(string name, object exc)
    {
        if (exc is not PyBaseException error)
        {
            throw Ops.TypeError("codec must pass exception instance");
        }
        if (name == "strict")
        {
            throw error.ToClr();
        }
        var type = Py.TypeOf(exc);
        if (!type.IsSubtypeOf(PyExc.UnicodeError) || type.IsSubtypeOf(PyExc.UnicodeTranslateError) && name is not ("ignore" or "replace" or "backslashreplace"))
        {
            throw Ops.TypeError($"don't know how to handle {type.Name} in error callback");
        }
        var start = (int)Ops.IndexAsLong(Ops.GetAttr(exc, "start"));
        var end = (int)Ops.IndexAsLong(Ops.GetAttr(exc, "end"));
        var reason = Ops.Str(Ops.GetAttr(exc, "reason"));
        if (type.IsSubtypeOf(PyExc.UnicodeDecodeError))
        {
            var bytes = BytesMethods.AsBytes(Ops.GetAttr(exc, "object"));
            var sb = new StringBuilder();
            var resume = name == "surrogatepass"
                ? PassSurrogates(error, Ops.Str(Ops.GetAttr(exc, "encoding")), bytes, start, sb)
                : Decode(name, Ops.Str(Ops.GetAttr(exc, "encoding")), bytes, start, end, reason, sb);
            return new PyTuple([sb.ToString(), Py.Int(resume)]);
        }
        if (type.IsSubtypeOf(PyExc.UnicodeEncodeError) || type.IsSubtypeOf(PyExc.UnicodeTranslateError))
        {
            var s = Ops.Str(Ops.GetAttr(exc, "object"));
            var (from, to) = (CodePoints.ToOffset(s, start), CodePoints.ToOffset(s, end));
            if (type.IsSubtypeOf(PyExc.UnicodeTranslateError) && name == "replace")
            {
                return new PyTuple([new string('\uFFFD', end - start), Py.Int(end)]);
            }
            if (name == "surrogatepass")
            {
                return new PyTuple([new PyBytes(PassSurrogates(error, Ops.Str(Ops.GetAttr(exc, "encoding")), s, from, to)), Py.Int(end)]);
            }
            var encoding = type.IsSubtypeOf(PyExc.UnicodeEncodeError) ? Ops.Str(Ops.GetAttr(exc, "encoding")) : "";
            var (text, raw) = EncodeBuiltin(name, encoding, s, from, to, reason);
            return new PyTuple([raw is null ? text! : new PyBytes(raw), Py.Int(end)]);
        }
        throw Ops.TypeError($"don't know how to handle {type.Name} in error callback");
    }

    // surrogatepass for UTF-8: lone surrogates travel as their three-byte forms; other codecs keep the error.
    private static byte[] PassSurrogates(PyBaseException error, string encoding, string s, int from, int to)
    {
        if (Codecs.Key(encoding) is not ("utf_8" or "utf8"))
        {
            throw error.ToClr();
        }
        var bytes = new List<byte>();
        for (var i = from; i < to; i++)
        {
            if (!char.IsSurrogate(s[i]))
            {
                throw error.ToClr();
            }
            bytes.AddRange([(byte)(0xE0 | (s[i] >> 12)), (byte)(0x80 | ((s[i] >> 6) & 0x3F)), (byte)(0x80 | (s[i] & 0x3F))]);
        }
        return bytes.ToArray();
    }

    private static int PassSurrogates(PyBaseException error, string encoding, byte[] bytes, int start, StringBuilder into)
    {
        if (Codecs.Key(encoding) is not ("utf_8" or "utf8") || start + 3 > bytes.Length || bytes[start] != 0xED
            || bytes[start + 1] is < 0xA0 or > 0xBF || bytes[start + 2] is < 0x80 or > 0xBF)
        {
            throw error.ToClr();
        }
        into.Append((char)(0xD000 | ((bytes[start + 1] & 0x3F) << 6) | (bytes[start + 2] & 0x3F)));
        return start + 3;
    }
}
