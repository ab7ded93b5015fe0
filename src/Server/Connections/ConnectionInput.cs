using System.Net.Sockets;

namespace IronUwsgi.Server.Connections;

/// <summary>
/// The receive side of a connection over one buffer: HTTP heads are read asynchronously, uwsgi
/// packets and bodies synchronously on the worker thread; bytes already buffered come first.
/// A worker thread's uwsgi session attaches each accepted socket to the same input and buffer.
/// </summary>
internal sealed class ConnectionInput(byte[] buffer)
{
    private Socket _socket = null!;
    private int _start;
    private int _end;

    /// <summary>Starts over on <paramref name="socket"/> with an empty buffer; called before any I/O.</summary>
    public void Attach(Socket socket)
    {
        _socket = socket;
        _start = _end = 0;
    }

    public byte[] Buffer => buffer;

    public int Start => _start;

    public ReadOnlySpan<byte> Buffered => buffer.AsSpan(_start, _end - _start);

    public int BufferedCount => _end - _start;

    /// <summary>Whether the buffer has no room left after compaction (a head larger than it).</summary>
    public bool IsFull => _start == 0 && _end == buffer.Length;

    public void Consume(int count) => _start += count;

    /// <summary>Receives more bytes after the buffered ones; false when the peer closed.</summary>
    public async ValueTask<bool> FillAsync(CancellationToken cancel)
    {
        Compact();
        int read = await _socket.ReceiveAsync(buffer.AsMemory(_end), SocketFlags.None, cancel).ConfigureAwait(false);
        _end += read;
        return read > 0;
    }

    /// <summary>Copies buffered bytes, or blocks for the socket (bounded by its receive timeout); 0 when the peer closed.</summary>
    public int Read(Span<byte> destination)
    {
        if (destination.IsEmpty)
            return 0;
        if (_end > _start)
        {
            int count = Math.Min(destination.Length, _end - _start);
            buffer.AsSpan(_start, count).CopyTo(destination);
            _start += count;
            return count;
        }
        return _socket.Receive(destination, SocketFlags.None);
    }

    /// <summary>Refills the buffer synchronously (chunked bodies parse their framing from it); 0 when the peer closed.</summary>
    public int Fill()
    {
        Compact();
        int read = _socket.Receive(buffer.AsSpan(_end), SocketFlags.None);
        _end += read;
        return read;
    }

    private void Compact()
    {
        if (_start == 0)
            return;
        buffer.AsSpan(_start, _end - _start).CopyTo(buffer);
        _end -= _start;
        _start = 0;
    }
}
