using System.Buffers;
using System.Net.Sockets;
using System.Text;
using IronUwsgi.Server.Protocol;
using IronUwsgi.Server.Protocol.Http;

namespace IronUwsgi.Server.Connections;

/// <summary>
/// A connection on an <c>--http-socket</c>: HTTP/1.0 and 1.1 requests one after another (keep-alive,
/// pipelining), heads limited to <c>--buffer-size</c>, malformed ones answered with a 4xx/5xx and closed.
/// </summary>
internal sealed class HttpConnection(Socket socket, ServerContext context) : Connection(socket, context)
{
    private readonly CgiBlockWriter _writer = new();
    private readonly ConnectionFacts _facts = new(socket.RemoteEndPoint, socket.LocalEndPoint);
    private byte[] _block = [];

    protected override async Task ServeAsync()
    {
        while (true)
        {
            StartTimeout();
            int headLength;
            while ((headLength = HttpHeadParser.FindHeadEnd(Input.Buffered)) < 0)
            {
                if (Input.BufferedCount >= Context.Settings.BufferSize || Input.IsFull)
                {
                    await RejectAsync(HttpHeadError.HeaderTooLarge).ConfigureAwait(false);
                    return;
                }
                if (!await Input.FillAsync(Timeout.Token).ConfigureAwait(false))
                    return;
            }
            if (headLength > Context.Settings.BufferSize)
            {
                await RejectAsync(HttpHeadError.HeaderTooLarge).ConfigureAwait(false);
                return;
            }
            EnsureBlock(HttpHeadParser.BlockCapacity(headLength));
            _writer.Start(_block, Request.Variables);
            var error = HttpHeadParser.Parse(Input.Buffered[..headLength], _facts, Context.Settings.MaxVars * 2, _writer, out var head);
            if (error != HttpHeadError.None)
            {
                await RejectAsync(error).ConfigureAwait(false);
                return;
            }
            Input.Consume(headLength);
            Request.Reset();
            Action? sendContinue = head.ExpectContinue && head.Http11 ? Response.SendContinue : null;
            if (head.Chunked)
                Body.ResetChunked(sendContinue);
            else
                Body.ResetLength(Math.Max(head.ContentLength, 0), sendContinue);
            Response.ResetHttp(head.Http11, head.KeepAlive && !Context.Stopping.IsCancellationRequested, head.IsHead);
            if (!await Context.Pool.Dispatch(Job).ConfigureAwait(false) || Job.Abandoned)
                return;
        }
    }

    protected override void ReturnBuffers()
    {
        if (_block.Length > 0)
            ArrayPool<byte>.Shared.Return(_block);
    }

    private void EnsureBlock(int size)
    {
        if (_block.Length >= size)
            return;
        if (_block.Length > 0)
            ArrayPool<byte>.Shared.Return(_block);
        _block = ArrayPool<byte>.Shared.Rent(size);
    }

    private async Task RejectAsync(HttpHeadError error)
    {
        string reason = error switch
        {
            HttpHeadError.HeaderTooLarge => "Request Header Fields Too Large",
            HttpHeadError.NotImplemented => "Not Implemented",
            HttpHeadError.VersionNotSupported => "HTTP Version Not Supported",
            _ => "Bad Request",
        };
        var response = Encoding.ASCII.GetBytes(
            $"HTTP/1.1 {(int)error} {reason}\r\nContent-Type: text/plain\r\nContent-Length: {reason.Length}\r\nConnection: close\r\n\r\n{reason}");
        await Socket.SendAsync(response, SocketFlags.None, Timeout.Token).ConfigureAwait(false);
    }
}
