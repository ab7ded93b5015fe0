using System.Text;
using System.Buffers;
using System.Buffers.Text;

namespace IronUwsgi.Server.Protocol.Http;

/// <summary>
/// Parses an HTTP/1.x request head on spans and writes it as CGI variables (REQUEST_METHOD,
/// REQUEST_URI, PATH_INFO decoded, QUERY_STRING, SERVER_*, REMOTE_*, CONTENT_*, HTTP_*), joining
/// repeated headers with ", " (Cookie with "; ") as nginx does. Lines may end in CRLF or LF.
/// </summary>
internal static class HttpHeadParser
{
    private static readonly SearchValues<byte> TokenChars =
        SearchValues.Create("!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"u8);

    /// <summary>Variables the parser adds besides one per distinct header.</summary>
    private const int FixedVars = 10;

    private readonly record struct HeaderLine(int NameStart, int NameLength, int ValueStart, int ValueLength);

    /// <summary>The length of the head (through its blank line) at the start of <paramref name="data"/>, or -1 while incomplete.</summary>
    public static int FindHeadEnd(ReadOnlySpan<byte> data)
    {
        int from = 0;
        while (true)
        {
            int newline = data[from..].IndexOf((byte)'\n');
            if (newline < 0)
                return -1;
            int next = from + newline + 1;
            if (next < data.Length && data[next] == '\n')
                return next + 1;
            if (next + 1 < data.Length && data[next] == '\r' && data[next + 1] == '\n')
                return next + 2;
            if (next + 1 >= data.Length)
                return -1;
            from = next;
        }
    }

    /// <summary>A block size that always holds the variables of a head of <paramref name="headLength"/> bytes and the connection facts.</summary>
    public static int BlockCapacity(int headLength) => (headLength * 3) + 512;

    public static HttpHeadError Parse(ReadOnlySpan<byte> head, ConnectionFacts facts, int maxPairs, CgiBlockWriter writer, out HttpHead info)
    {
        info = new HttpHead { Length = head.Length, ContentLength = -1 };
        int lineEnd = head.IndexOf((byte)'\n');
        var requestLine = TrimCr(head[..lineEnd]);
        var error = ParseRequestLine(requestLine, out var method, out var target, out var version, ref info);
        if (error != HttpHeadError.None)
            return error;

        var lines = ArrayPool<HeaderLine>.Shared.Rent(Math.Min(maxPairs, 1024));
        try
        {
            error = ParseHeaders(head, lineEnd + 1, lines, maxPairs, out int count, ref info, out bool close, out bool keepAlive, out var host);
            if (error != HttpHeadError.None)
                return error;
            info.KeepAlive = info.Http11 ? !close : keepAlive && !close;
            WriteVariables(head, facts, writer, method, target, version, host, lines.AsSpan(0, count));
            return HttpHeadError.None;
        }
        finally
        {
            ArrayPool<HeaderLine>.Shared.Return(lines);
        }
    }

    private static HttpHeadError ParseRequestLine(ReadOnlySpan<byte> line, out Range method, out Range target, out Range version, ref HttpHead info)
    {
        method = target = version = default;
        int firstSpace = line.IndexOf((byte)' ');
        int lastSpace = line.LastIndexOf((byte)' ');
        if (firstSpace <= 0 || lastSpace <= firstSpace + 1)
            return HttpHeadError.BadRequest;
        method = ..firstSpace;
        target = (firstSpace + 1)..lastSpace;
        version = (lastSpace + 1)..;
        if (line[method].ContainsAnyExcept(TokenChars) || !IsTarget(line[target]))
            return HttpHeadError.BadRequest;
        var v = line[version];
        if (v.SequenceEqual("HTTP/1.1"u8))
            info.Http11 = true;
        else if (!v.SequenceEqual("HTTP/1.0"u8))
            return v.Length == 8 && v.StartsWith("HTTP/"u8) && char.IsAsciiDigit((char)v[5]) && v[6] == '.' && char.IsAsciiDigit((char)v[7])
                ? HttpHeadError.VersionNotSupported
                : HttpHeadError.BadRequest;
        info.IsHead = line[method].SequenceEqual("HEAD"u8);
        return HttpHeadError.None;
    }

    private static HttpHeadError ParseHeaders(ReadOnlySpan<byte> head, int at, HeaderLine[] lines, int maxPairs, out int count,
        ref HttpHead info, out bool close, out bool keepAlive, out Range host)
    {
        count = 0;
        close = keepAlive = false;
        host = default;
        while (true)
        {
            int newline = head[at..].IndexOf((byte)'\n');
            var line = TrimCr(head.Slice(at, newline));
            int lineStart = at;
            at += newline + 1;
            if (line.IsEmpty)
                return HttpHeadError.None;
            int colon = line.IndexOf((byte)':');
            // No name, whitespace before the colon, or an obsolete folded line: all malformed.
            if (colon <= 0 || line[..colon].ContainsAnyExcept(TokenChars))
                return HttpHeadError.BadRequest;
            var rawValue = line[(colon + 1)..];
            var value = rawValue.TrimStart(" \t"u8);
            int valueStart = lineStart + colon + 1 + (rawValue.Length - value.Length);
            value = value.TrimEnd(" \t"u8);
            foreach (byte b in value)
            {
                if ((b < 0x20 && b != '\t') || b == 0x7F)
                    return HttpHeadError.BadRequest;
            }
            if (count == lines.Length || count + FixedVars >= maxPairs)
                return HttpHeadError.HeaderTooLarge;
            lines[count++] = new HeaderLine(lineStart, colon, valueStart, value.Length);
            var name = line[..colon];
            var error = Interpret(name, value, ref info, ref close, ref keepAlive);
            if (error != HttpHeadError.None)
                return error;
            if (Ascii.EqualsIgnoreCase(name, "Host"u8))
                host = valueStart..(valueStart + value.Length);
        }
    }

    private static HttpHeadError Interpret(ReadOnlySpan<byte> name, ReadOnlySpan<byte> value, ref HttpHead info, ref bool close, ref bool keepAlive)
    {
        if (Ascii.EqualsIgnoreCase(name, "Content-Length"u8))
        {
            if (!Utf8Parser.TryParse(value, out long length, out int used) || used != value.Length || length < 0
                || (info.ContentLength >= 0 && info.ContentLength != length))
                return HttpHeadError.BadRequest;
            info.ContentLength = length;
        }
        else if (Ascii.EqualsIgnoreCase(name, "Transfer-Encoding"u8))
        {
            if (!Ascii.EqualsIgnoreCase(value, "chunked"u8))
                return HttpHeadError.NotImplemented;
            info.Chunked = true;
        }
        else if (Ascii.EqualsIgnoreCase(name, "Connection"u8))
        {
            close |= HasToken(value, "close"u8);
            keepAlive |= HasToken(value, "keep-alive"u8);
        }
        else if (Ascii.EqualsIgnoreCase(name, "Expect"u8))
        {
            if (!Ascii.EqualsIgnoreCase(value, "100-continue"u8))
                return HttpHeadError.BadRequest;
            info.ExpectContinue = true;
        }
        // A body both chunked and length-delimited is a request-smuggling shape.
        return info.Chunked && info.ContentLength >= 0 ? HttpHeadError.BadRequest : HttpHeadError.None;
    }

    private static void WriteVariables(ReadOnlySpan<byte> head, ConnectionFacts facts, CgiBlockWriter writer,
        Range method, Range target, Range version, Range host, ReadOnlySpan<HeaderLine> lines)
    {
        var requestLine = TrimCr(head[..head.IndexOf((byte)'\n')]);
        var uri = requestLine[target];
        int question = uri.IndexOf((byte)'?');
        var path = question < 0 ? uri : uri[..question];
        if (path.StartsWith("http://"u8) || path.StartsWith("https://"u8))
        {
            var afterScheme = path[(path.IndexOf((byte)':') + 3)..];
            int slash = afterScheme.IndexOf((byte)'/');
            path = slash < 0 ? "/"u8 : afterScheme[slash..];
        }

        writer.Add("REQUEST_METHOD"u8, requestLine[method]);
        writer.Add("REQUEST_URI"u8, uri);
        writer.BeginValue("PATH_INFO"u8);
        AppendDecoded(writer, path);
        writer.EndValue();
        writer.Add("QUERY_STRING"u8, question < 0 ? default : uri[(question + 1)..]);
        writer.Add("SERVER_PROTOCOL"u8, requestLine[version]);
        writer.Add("SERVER_NAME"u8, host.Equals(default(Range)) ? facts.ServerName : HostName(head[host]));
        writer.Add("SERVER_PORT"u8, facts.ServerPort);
        writer.Add("REMOTE_ADDR"u8, facts.RemoteAddress);
        writer.Add("REMOTE_PORT"u8, facts.RemotePort);
        for (int i = 0; i < lines.Length; i++)
        {
            var name = head.Slice(lines[i].NameStart, lines[i].NameLength);
            if (SeenBefore(head, lines, i, name))
                continue;
            WriteHeader(head, writer, lines, i, name);
        }
        writer.Finish();
    }

    private static void WriteHeader(ReadOnlySpan<byte> head, CgiBlockWriter writer, ReadOnlySpan<HeaderLine> lines, int first, ReadOnlySpan<byte> name)
    {
        writer.BeginKey();
        if (!Ascii.EqualsIgnoreCase(name, "Content-Type"u8) && !Ascii.EqualsIgnoreCase(name, "Content-Length"u8))
            writer.Append("HTTP_"u8);
        foreach (byte b in name)
            writer.Append(b == '-' ? (byte)'_' : (byte)char.ToUpperInvariant((char)b));
        writer.EndKey();
        var separator = Ascii.EqualsIgnoreCase(name, "Cookie"u8) ? "; "u8 : ", "u8;
        bool any = false;
        for (int j = first; j < lines.Length; j++)
        {
            if (!Ascii.EqualsIgnoreCase(head.Slice(lines[j].NameStart, lines[j].NameLength), name))
                continue;
            if (any)
                writer.Append(separator);
            writer.Append(head.Slice(lines[j].ValueStart, lines[j].ValueLength));
            any = true;
        }
        writer.EndValue();
    }

    private static bool SeenBefore(ReadOnlySpan<byte> head, ReadOnlySpan<HeaderLine> lines, int index, ReadOnlySpan<byte> name)
    {
        for (int j = 0; j < index; j++)
        {
            if (Ascii.EqualsIgnoreCase(head.Slice(lines[j].NameStart, lines[j].NameLength), name))
                return true;
        }
        return false;
    }

    private static ReadOnlySpan<byte> HostName(ReadOnlySpan<byte> host)
    {
        int close = host.LastIndexOf((byte)']');
        int colon = host.LastIndexOf((byte)':');
        return colon > close ? host[..colon] : host;
    }

    private static void AppendDecoded(CgiBlockWriter writer, ReadOnlySpan<byte> path)
    {
        for (int i = 0; i < path.Length; i++)
        {
            if (path[i] == '%' && i + 2 < path.Length && IsHex(path[i + 1]) && IsHex(path[i + 2]))
            {
                writer.Append((byte)((HexValue(path[i + 1]) << 4) | HexValue(path[i + 2])));
                i += 2;
            }
            else
            {
                writer.Append(path[i]);
            }
        }
    }

    private static bool IsTarget(ReadOnlySpan<byte> target)
    {
        foreach (byte b in target)
        {
            if (b <= 0x20 || b == 0x7F)
                return false;
        }
        return true;
    }

    private static bool HasToken(ReadOnlySpan<byte> value, ReadOnlySpan<byte> token)
    {
        foreach (var part in value.Split((byte)','))
        {
            if (Ascii.EqualsIgnoreCase(value[part].Trim(" \t"u8), token))
                return true;
        }
        return false;
    }

    private static ReadOnlySpan<byte> TrimCr(ReadOnlySpan<byte> line) => line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;

    private static bool IsHex(byte b) => char.IsAsciiHexDigit((char)b);

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
}
