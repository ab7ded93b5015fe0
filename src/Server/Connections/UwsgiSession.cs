using System.Buffers.Text;
using System.Net.Sockets;
using IronUwsgi.Runtime.Gateway;
using IronUwsgi.Server.Protocol.Uwsgi;
using IronUwsgi.Server.Sockets;
using IronUwsgi.Server.Workers;

namespace IronUwsgi.Server.Connections;

/// <summary>
/// One worker thread's side of <c>--socket</c> connections, as a uWSGI core serves them: the thread
/// reads the packet (header, vars, then the body by CONTENT_LENGTH) with blocking calls, runs the
/// request itself, answers with one plain HTTP response and closes. Buffers and request objects are
/// made once per thread and reused for every connection. Malformed packets are logged as uWSGI logs
/// them and only their connection is closed.
/// </summary>
internal sealed class UwsgiSession
{
    private readonly ServerContext _context;
    private readonly ConnectionInput _input;
    private readonly RequestBody _body;
    private readonly ServerRequest _request;
    private readonly ResponseWriter _response;
    private readonly RequestJob _job;
    private readonly int _timeout;
    private readonly byte[] _pong = new byte[UwsgiHeader.Size];

    public UwsgiSession(ServerContext context)
    {
        _context = context;
        _input = new ConnectionInput(new byte[Math.Max(context.Settings.BufferSize + UwsgiHeader.Size, 4096)]);
        _body = new RequestBody(_input);
        _request = new ServerRequest(_body);
        _response = new ResponseWriter(new byte[8192]);
        _job = new RequestJob(_request, _response);
        _timeout = (int)context.Settings.SocketTimeout.TotalMilliseconds;
        new UwsgiHeader(UwsgiHeader.Ping, 0, 1).Write(_pong);
    }

    /// <summary>Serves the one request of <paramref name="client"/> with <paramref name="serve"/>, then closes it.</summary>
    public void Serve(Socket client, Action<RequestJob> serve)
    {
        try
        {
            if (!AcceptedSocketOptions.Inherited)
                AcceptedSocketOptions.Apply(client, _timeout);
            _input.Attach(client);
            _response.Attach(client);
            _job.Attach(client);
            if (ReadPacket(client))
                serve(_job);
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            // The peer went away or harakiri closed the socket: nothing to answer.
        }
        finally
        {
            client.Dispose();
        }
    }

    /// <summary>Reads and checks one packet; true for a WSGI request ready to serve, false when the connection is done.</summary>
    private bool ReadPacket(Socket client)
    {
        if (!ReceiveOrLog(UwsgiHeader.Size, UwsgiHeader.Size))
            return false;
        var header = UwsgiHeader.Read(_input.Buffered);
        int max = _context.Settings.BufferSize;
        if (header.DataSize > max)
        {
            _context.Log.Write($"invalid request block size: {header.DataSize} (max {max})...skip");
            return false;
        }
        _input.Consume(UwsgiHeader.Size);
        if (!ReceiveOrLog(header.DataSize, UwsgiHeader.Size + header.DataSize))
            return false;
        switch (header.Modifier1)
        {
            case UwsgiHeader.Ping:
                _context.Log.Write("PING");
                client.Send(_pong, SocketFlags.None);
                return false;
            case UwsgiHeader.Wsgi when header.DataSize == 0:
                _context.Log.Write("Empty python request. skip.");
                return false;
            case UwsgiHeader.Wsgi:
                return Prepare(header.DataSize);
            default:
                _context.Log.Write($"-- unavailable modifier requested: {header.Modifier1} --");
                return false;
        }
    }

    private bool Prepare(int size)
    {
        var variables = _request.Variables;
        var error = UwsgiVarsParser.Parse(_input.Buffer, _input.Start, size, _context.Settings.MaxVars * 2, variables);
        if (error is not null)
        {
            _context.Log.Write(error);
            return false;
        }
        _input.Consume(size);
        _request.Reset();
        _body.ResetLength(ContentLength(variables));
        _response.ResetRaw(variables["SERVER_PROTOCOL"] is { Length: > 0 } protocol ? protocol : "HTTP/1.0");
        return true;
    }

    /// <summary>Receives until <paramref name="count"/> bytes are buffered; logs a truncated packet (but not a silent empty connection).</summary>
    private bool ReceiveOrLog(int count, int packetSize)
    {
        try
        {
            while (_input.BufferedCount < count)
            {
                if (_input.Fill() == 0)
                {
                    if (_input.BufferedCount > 0 || packetSize > UwsgiHeader.Size)
                        LogTruncated("client closed the connection", count, packetSize);
                    return false;
                }
            }
            return true;
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.TimedOut or SocketError.WouldBlock && !_context.Stopping.IsCancellationRequested)
        {
            if (_input.BufferedCount > 0 || packetSize > UwsgiHeader.Size)
                LogTruncated($"timeout after {_context.Settings.SocketTimeout.TotalSeconds} seconds", count, packetSize);
            return false;
        }
    }

    private void LogTruncated(string reason, int wanted, int packetSize)
    {
        int got = packetSize - wanted + _input.BufferedCount;
        _context.Log.Write($"read(): {reason} [truncated uwsgi packet: {got} of {packetSize} bytes]");
    }

    private static long ContentLength(CgiVariables variables) =>
        variables.TryGetValue("CONTENT_LENGTH"u8, out var value) && Utf8Parser.TryParse(value, out long length, out int used)
            && used == value.Length && length > 0
            ? length
            : 0;
}
