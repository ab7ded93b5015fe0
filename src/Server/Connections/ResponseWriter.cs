using System.Buffers;
using System.Buffers.Text;
using System.Net.Sockets;
using System.Text;
using IronUwsgi.Runtime.Gateway;

namespace IronUwsgi.Server.Connections;

/// <summary>
/// Writes a response to the socket. On a uwsgi socket it sends the status line and headers as given
/// and the end of the body is the connection closing, as uWSGI does. On an HTTP socket it frames the
/// body itself: the app's Content-Length, else chunked for HTTP/1.1, else close. Headers go out with
/// the first body chunk in one send.
/// </summary>
internal sealed class ResponseWriter(byte[] buffer) : IResponseWriter
{
    private enum Framing { Raw, Length, Chunked, Close, NoBody }

    private Socket _socket = null!;

    private byte[] _buffer = buffer;
    private int _length;
    private string? _status;
    private IReadOnlyList<KeyValuePair<string, string>> _headers = [];
    private bool _http;
    private bool _http11;
    private bool _isHead;
    private bool _keepAlive;
    private string _protocol = "HTTP/1.0";
    private Framing _framing;
    private bool _appConnectionHeader;
    private long _declaredLength;

    public bool HeadersSent { get; private set; }

    /// <summary>Status code sent (or to be sent), for the request log.</summary>
    public int StatusCode { get; private set; }

    public long BodyBytes { get; private set; }
    public int HeaderCount { get; private set; }
    public int HeaderBytes { get; private set; }

    /// <summary>Body chunks written (uWSGI's "switches" in the request log).</summary>
    public int Writes { get; private set; }

    /// <summary>Whether the client went away during the response.</summary>
    public bool Broken { get; private set; }

    /// <summary>Whether the connection may carry another request after this response.</summary>
    public bool KeepAlive => _keepAlive && !Broken;

    /// <summary>The buffer this writer owns (it may have grown for large headers).</summary>
    public byte[] Buffer => _buffer;

    /// <summary>Writes to <paramref name="socket"/> from now on; called before any response (a worker thread's session reuses one writer for every connection).</summary>
    public void Attach(Socket socket) => _socket = socket;

    /// <summary>Prepares for a response to a uwsgi packet; <paramref name="protocol"/> is the request's SERVER_PROTOCOL.</summary>
    public void ResetRaw(string protocol)
    {
        Reset();
        _http = false;
        _keepAlive = false;
        _protocol = protocol;
    }

    /// <summary>Prepares for a response on an HTTP socket.</summary>
    public void ResetHttp(bool http11, bool keepAlive, bool isHead)
    {
        Reset();
        _http = true;
        _http11 = http11;
        _keepAlive = keepAlive;
        _isHead = isHead;
        _protocol = http11 ? "HTTP/1.1" : "HTTP/1.0";
    }

    public void Start(string status, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        if (HeadersSent)
            throw new InvalidOperationException("headers already sent");
        if (status.Length < 3 || !int.TryParse(status.AsSpan(0, 3), out int code) || (status.Length > 3 && status[3] != ' '))
            throw new ArgumentException($"invalid status '{status}': expected a code and a reason such as '200 OK'", nameof(status));
        foreach (var (name, value) in headers)
        {
            if (name.Length == 0 || name.AsSpan().IndexOfAny(":\r\n") >= 0 || value.AsSpan().IndexOfAny('\r', '\n') >= 0)
                throw new ArgumentException($"invalid header '{name}'", nameof(headers));
        }
        StatusCode = code;
        _status = status;
        _headers = headers;
    }

    public void Write(ReadOnlySpan<byte> chunk)
    {
        if (_status is null)
            throw new InvalidOperationException("body written before the status was set");
        if (Broken)
            throw new ClientDisconnectedException("the client closed the connection");
        Writes++;
        if (!HeadersSent)
            AppendHeaders();
        if (chunk.IsEmpty || _framing == Framing.NoBody)
        {
            if (_length > 0)
                Send();
            return;
        }
        BodyBytes += chunk.Length;
        if (_framing == Framing.Chunked)
            AppendChunkPrefix(chunk.Length);
        if (chunk.Length <= _buffer.Length - _length - 2)
        {
            chunk.CopyTo(_buffer.AsSpan(_length));
            _length += chunk.Length;
        }
        else
        {
            Send();
            SendRaw(chunk);
        }
        if (_framing == Framing.Chunked)
            Append("\r\n"u8);
        Send();
    }

    /// <summary>Ends the response: pending headers, the last chunk. Throws when no status was ever set.</summary>
    public void Complete()
    {
        if (_status is null)
            throw new InvalidOperationException("the handler returned without setting a status");
        if (Broken)
            return;
        if (!HeadersSent)
            AppendHeaders();
        if (_framing == Framing.Chunked)
            Append("0\r\n\r\n"u8);
        // A body that does not match its Content-Length can only be delimited by closing.
        if (_framing == Framing.Length && BodyBytes != _declaredLength)
            _keepAlive = false;
        if (_length > 0)
            Send();
    }

    /// <summary>The response cannot be completed (the handler failed midway): the connection must close.</summary>
    public void Abandon() => _keepAlive = false;

    /// <summary>Replaces whatever was started with a plain-text error response (500 after a failing handler).</summary>
    public void SendError(string status)
    {
        _keepAlive = false;
        var body = Encoding.ASCII.GetBytes(status[4..]);
        Start(status, [new("Content-Type", "text/plain"), new("Content-Length", body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        Write(body);
        Complete();
    }

    /// <summary>Sends <c>100 Continue</c> when the client waits for it before sending the body.</summary>
    public void SendContinue()
    {
        if (!HeadersSent && !Broken)
            SendRaw("HTTP/1.1 100 Continue\r\n\r\n"u8);
    }

    private void Reset()
    {
        _length = 0;
        _status = null;
        _headers = [];
        HeadersSent = Broken = false;
        StatusCode = HeaderCount = HeaderBytes = Writes = 0;
        BodyBytes = 0;
    }

    private void AppendHeaders()
    {
        _framing = _http ? ChooseFraming() : Framing.Raw;
        Append(_protocol);
        Append(" "u8);
        Append(_status!);
        Append("\r\n"u8);
        foreach (var (name, value) in _headers)
        {
            Append(name);
            Append(": "u8);
            Append(value);
            Append("\r\n"u8);
        }
        HeaderCount = _headers.Count;
        if (_framing == Framing.Chunked)
            AddHeader("Transfer-Encoding: chunked\r\n"u8);
        if (_http && !_keepAlive && _http11 && !_appConnectionHeader)
            AddHeader("Connection: close\r\n"u8);
        else if (_http && _keepAlive && !_http11 && !_appConnectionHeader)
            AddHeader("Connection: keep-alive\r\n"u8);
        Append("\r\n"u8);
        HeaderBytes = _length;
        HeadersSent = true;
    }

    private void AddHeader(ReadOnlySpan<byte> line)
    {
        Append(line);
        HeaderCount++;
    }

    private Framing ChooseFraming()
    {
        bool hasLength = false;
        _appConnectionHeader = false;
        foreach (var (name, value) in _headers)
        {
            bool connection = name.Equals("Connection", StringComparison.OrdinalIgnoreCase);
            _appConnectionHeader |= connection;
            if (connection && value.Contains("close", StringComparison.OrdinalIgnoreCase))
                _keepAlive = false;
            if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                hasLength = long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _declaredLength);
        }
        if (_isHead || StatusCode is < 200 or 204 or 304)
            return Framing.NoBody;
        if (hasLength)
            return Framing.Length;
        if (_http11 && _keepAlive)
            return Framing.Chunked;
        _keepAlive = false;
        return Framing.Close;
    }

    private void AppendChunkPrefix(int size)
    {
        EnsureRoom(16);
        Utf8Formatter.TryFormat(size, _buffer.AsSpan(_length), out int written, new StandardFormat('x'));
        _length += written;
        Append("\r\n"u8);
    }

    private void Append(string text)
    {
        EnsureRoom(text.Length);
        _length += Encoding.Latin1.GetBytes(text, _buffer.AsSpan(_length));
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        EnsureRoom(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    private void EnsureRoom(int count)
    {
        if (_buffer.Length - _length >= count)
            return;
        var bigger = ArrayPool<byte>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + count));
        _buffer.AsSpan(0, _length).CopyTo(bigger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = bigger;
    }

    private void Send()
    {
        SendRaw(_buffer.AsSpan(0, _length));
        _length = 0;
    }

    private void SendRaw(ReadOnlySpan<byte> bytes)
    {
        try
        {
            while (!bytes.IsEmpty)
                bytes = bytes[_socket.Send(bytes, SocketFlags.None)..];
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            Broken = true;
            throw new ClientDisconnectedException(e.Message, e);
        }
    }
}
