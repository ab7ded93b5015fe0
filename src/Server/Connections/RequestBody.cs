using System.Buffers.Text;
using System.Net.Sockets;
using IronUwsgi.Runtime.Gateway;

namespace IronUwsgi.Server.Connections;

/// <summary>
/// The request body as a read-only stream straight off the socket: CONTENT_LENGTH bytes, or HTTP
/// chunks decoded as they arrive. Nothing is buffered beyond the connection's receive buffer.
/// </summary>
internal sealed class RequestBody(ConnectionInput input) : Stream
{
    private const int MaxChunkLine = 1024;

    private long _remaining;
    private bool _chunked;
    private bool _done;
    private long _consumed;
    private Action? _beforeFirstRead;

    /// <summary>Whether the body was read to its end, so the connection can carry another request.</summary>
    public bool Completed => _done;

    /// <summary>Starts a body of <paramref name="length"/> bytes (0 for none).</summary>
    public void ResetLength(long length, Action? beforeFirstRead = null) => Reset(false, length, beforeFirstRead);

    /// <summary>Starts a chunked body.</summary>
    public void ResetChunked(Action? beforeFirstRead = null) => Reset(true, 0, beforeFirstRead);

    /// <summary>Reads and drops what the handler left unread, up to <paramref name="limit"/> bytes; true when the body ended.</summary>
    public bool TryDrain(long limit)
    {
        // A client waiting for "100 Continue" that never came has not sent the body.
        if (_beforeFirstRead is not null)
            return false;
        Span<byte> scratch = stackalloc byte[4096];
        try
        {
            long dropped = 0;
            while (!_done && dropped <= limit)
                dropped += Read(scratch);
            return _done;
        }
        catch (Exception e) when (e is IOException or InvalidDataException)
        {
            return false;
        }
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> destination)
    {
        if (_done || destination.IsEmpty)
            return 0;
        if (_beforeFirstRead is { } notify)
        {
            _beforeFirstRead = null;
            notify();
        }
        try
        {
            if (_chunked && _remaining == 0 && !NextChunk())
                return 0;
            int read = input.Read(destination[..(int)Math.Min(destination.Length, _remaining)]);
            if (read == 0)
                throw new ClientDisconnectedException($"client closed the connection after {_consumed} request body bytes");
            _remaining -= read;
            _consumed += read;
            if (_remaining == 0)
            {
                if (_chunked)
                    ExpectLineEnd();
                else
                    _done = true;
            }
            return read;
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException)
        {
            throw new ClientDisconnectedException($"error reading the request body after {_consumed} bytes: {e.Message}", e);
        }
    }

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        Task.FromResult(Read(buffer.AsSpan(offset, count)));

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException("the request body is a stream");
    public override long Position
    {
        get => _consumed;
        set => throw new NotSupportedException("the request body is a stream");
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("the request body is a stream");
    public override void SetLength(long value) => throw new NotSupportedException("the request body is a stream");
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("the request body is read-only");

    private void Reset(bool chunked, long length, Action? beforeFirstRead)
    {
        _chunked = chunked;
        _remaining = length;
        _consumed = 0;
        _done = !chunked && length == 0;
        _beforeFirstRead = _done ? null : beforeFirstRead;
    }

    /// <summary>Reads a chunk-size line; false (and the body done) at the last chunk, after its trailers.</summary>
    private bool NextChunk()
    {
        var line = ReadLine();
        int semicolon = line.IndexOf((byte)';');
        var digits = (semicolon < 0 ? line : line[..semicolon]).Trim(" \t"u8);
        if (digits.IsEmpty || !Utf8Parser.TryParse(digits, out ulong size, out int used, 'x') || used != digits.Length || size > long.MaxValue)
            throw new InvalidDataException("malformed chunk size line in the request body");
        input.Consume(LineLength());
        if (size > 0)
        {
            _remaining = (long)size;
            return true;
        }
        while (ReadLine().Length > 0)
            input.Consume(LineLength());
        input.Consume(LineLength());
        _done = true;
        return false;
    }

    private void ExpectLineEnd()
    {
        if (ReadLine().Length != 0)
            throw new InvalidDataException("chunk data longer than its declared size in the request body");
        input.Consume(LineLength());
    }

    /// <summary>The next line in the buffer without its line end, filling the buffer until it holds one.</summary>
    private ReadOnlySpan<byte> ReadLine()
    {
        int newline;
        while ((newline = input.Buffered.IndexOf((byte)'\n')) < 0)
        {
            if (input.BufferedCount > MaxChunkLine)
                throw new InvalidDataException("chunk line too long in the request body");
            if (input.Fill() == 0)
                throw new ClientDisconnectedException($"client closed the connection after {_consumed} request body bytes");
        }
        var line = input.Buffered[..newline];
        return line.Length > 0 && line[^1] == '\r' ? line[..^1] : line;
    }

    private int LineLength() => input.Buffered.IndexOf((byte)'\n') + 1;
}
