using System.Buffers.Text;
using System.Net.Sockets;
using IronUwsgi.Server.Protocol.Uwsgi;

namespace IronUwsgi.Server.Connections;

/// <summary>
/// A connection on a <c>--socket</c>: one uwsgi packet (header, vars, then the body by CONTENT_LENGTH),
/// one plain HTTP response, then close. Malformed packets are logged as uWSGI logs them and dropped.
/// </summary>
internal sealed class UwsgiConnection(Socket socket, ServerContext context) : Connection(socket, context)
{
    protected override async Task ServeAsync()
    {
        StartTimeout();
        if (!await ReceiveOrLogAsync(UwsgiHeader.Size, UwsgiHeader.Size).ConfigureAwait(false))
            return;
        var header = UwsgiHeader.Read(Input.Buffered);
        int max = Context.Settings.BufferSize;
        if (header.DataSize > max)
        {
            Context.Log.Write($"invalid request block size: {header.DataSize} (max {max})...skip");
            return;
        }
        Input.Consume(UwsgiHeader.Size);
        if (!await ReceiveOrLogAsync(header.DataSize, UwsgiHeader.Size + header.DataSize).ConfigureAwait(false))
            return;
        switch (header.Modifier1)
        {
            case UwsgiHeader.Ping:
                await PongAsync().ConfigureAwait(false);
                return;
            case UwsgiHeader.Wsgi when header.DataSize == 0:
                Context.Log.Write("Empty python request. skip.");
                return;
            case UwsgiHeader.Wsgi:
                await ServeRequestAsync(header.DataSize).ConfigureAwait(false);
                return;
            default:
                Context.Log.Write($"-- unavailable modifier requested: {header.Modifier1} --");
                return;
        }
    }

    private async Task ServeRequestAsync(int size)
    {
        var error = UwsgiVarsParser.Parse(Input.Buffer, Input.Start, size, Context.Settings.MaxVars * 2, Request.Variables);
        if (error is not null)
        {
            Context.Log.Write(error);
            return;
        }
        Input.Consume(size);
        var variables = Request.Variables;
        Request.Reset();
        Body.ResetLength(ContentLength(variables));
        Response.ResetRaw(variables["SERVER_PROTOCOL"] is { Length: > 0 } protocol ? protocol : "HTTP/1.0");
        await Context.Pool.Dispatch(Job).ConfigureAwait(false);
    }

    /// <summary>Answers a ping as uWSGI does: a header with modifier1 100, no data, modifier2 1.</summary>
    private async Task PongAsync()
    {
        Context.Log.Write("PING");
        var pong = new byte[UwsgiHeader.Size];
        new UwsgiHeader(UwsgiHeader.Ping, 0, 1).Write(pong);
        await Socket.SendAsync(pong, SocketFlags.None, Timeout.Token).ConfigureAwait(false);
    }

    /// <summary>Receives <paramref name="count"/> bytes; logs a truncated packet (but not a silent empty connection).</summary>
    private async ValueTask<bool> ReceiveOrLogAsync(int count, int packetSize)
    {
        try
        {
            if (await ReceiveAtLeastAsync(count).ConfigureAwait(false))
                return true;
            if (Input.BufferedCount > 0 || packetSize > UwsgiHeader.Size)
                LogTruncated("client closed the connection", count, packetSize);
            return false;
        }
        catch (OperationCanceledException) when (!Context.Stopping.IsCancellationRequested)
        {
            if (Input.BufferedCount > 0 || packetSize > UwsgiHeader.Size)
                LogTruncated($"timeout after {Context.Settings.SocketTimeout.TotalSeconds} seconds", count, packetSize);
            return false;
        }
    }

    private void LogTruncated(string reason, int wanted, int packetSize)
    {
        int got = packetSize - wanted + Input.BufferedCount;
        Context.Log.Write($"read(): {reason} [truncated uwsgi packet: {got} of {packetSize} bytes]");
    }

    private static long ContentLength(Runtime.Gateway.CgiVariables variables) =>
        variables.TryGetValue("CONTENT_LENGTH"u8, out var value) && Utf8Parser.TryParse(value, out long length, out int used)
            && used == value.Length && length > 0
            ? length
            : 0;
}
