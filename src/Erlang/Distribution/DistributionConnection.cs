using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net.Sockets;
using IronUwsgi.Erlang.Handshake;
using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Erlang.Distribution;

/// <summary>
/// One connected peer after the handshake: 4-byte framed packets, a reader loop that hands
/// every packet to the owner, and a lock-free write queue that any thread may feed.
/// </summary>
internal sealed class DistributionConnection
{
    private const int InitialBufferSize = 64 * 1024;
    private const int CoalesceLimit = 64 * 1024;
    private const int MaxPacketSize = 1 << 30;
    private static readonly byte[] TickFrame = new byte[4];

    private readonly Socket _socket;
    private readonly IConnectionOwner _owner;
    private readonly ConcurrentQueue<byte[]> _outgoing = new();
    private readonly byte[] _coalesceBuffer = new byte[CoalesceLimit];
    private int _writing;
    private int _closed;
    private int _silentIntervals;
    private volatile bool _readSinceCheck;
    private volatile bool _wroteSinceCheck;

    public DistributionConnection(Socket socket, HandshakeResult handshake, IConnectionOwner owner)
    {
        _socket = socket;
        _owner = owner;
        PeerName = handshake.PeerName;
        PeerAtom = new ErlAtom(handshake.PeerName);
        Flags = handshake.Effective;
    }

    public string PeerName { get; }

    public ErlAtom PeerAtom { get; }

    /// <summary>The capabilities both sides have; decides which forms of the link and monitor signals the peer understands.</summary>
    public DistributionFlags Flags { get; }

    public bool IsOpen => Volatile.Read(ref _closed) == 0;

    public void Start() => _ = ReadLoopAsync();

    /// <summary>Queues one complete frame (length prefix included); the first idle caller becomes the writer.</summary>
    public void Enqueue(byte[] frame)
    {
        if (!IsOpen)
            return;
        _outgoing.Enqueue(frame);
        if (Interlocked.CompareExchange(ref _writing, 1, 0) == 0)
            _ = FlushAsync();
    }

    /// <summary>
    /// Called every tick interval (net_ticktime / 4): sends a tick when nothing was written since the last
    /// call, and reports true when nothing was read for four intervals in a row (the peer is dead).
    /// </summary>
    public bool CheckTick()
    {
        if (!_wroteSinceCheck)
            Enqueue(TickFrame);
        _wroteSinceCheck = false;
        if (_readSinceCheck)
            _silentIntervals = 0;
        else
            _silentIntervals++;
        _readSinceCheck = false;
        return _silentIntervals >= 4;
    }

    public void Close(string reason)
    {
        if (Interlocked.Exchange(ref _closed, 1) != 0)
            return;
        try
        {
            _owner.OnClosed(this, reason);
        }
        finally
        {
            // The socket goes last, so whoever sees it close also sees the node's bookkeeping done.
            ShutDownSocket();
        }
    }

    private void ShutDownSocket()
    {
        try
        {
            _socket.Shutdown(SocketShutdown.Both);
        }
        catch (SocketException)
        {
            // The peer may already be gone; the socket is disposed either way.
        }
        catch (ObjectDisposedException)
        {
            // Same: nothing left to shut down.
        }
        _socket.Dispose();
    }

    private async Task FlushAsync()
    {
        try
        {
            while (true)
            {
                while (_outgoing.TryDequeue(out byte[]? frame))
                {
                    _wroteSinceCheck = true;
                    if (frame.Length >= CoalesceLimit || !_outgoing.TryPeek(out _))
                    {
                        await _socket.SendAsync(frame, SocketFlags.None).ConfigureAwait(false);
                        continue;
                    }
                    // Several frames waiting: copy them into one buffer so one syscall carries them all.
                    frame.CopyTo(_coalesceBuffer, 0);
                    int used = frame.Length;
                    while (_outgoing.TryPeek(out byte[]? next) && used + next.Length <= CoalesceLimit && _outgoing.TryDequeue(out next))
                    {
                        next.CopyTo(_coalesceBuffer, used);
                        used += next.Length;
                    }
                    await _socket.SendAsync(_coalesceBuffer.AsMemory(0, used), SocketFlags.None).ConfigureAwait(false);
                }
                Volatile.Write(ref _writing, 0);
                if (_outgoing.IsEmpty || Interlocked.CompareExchange(ref _writing, 1, 0) != 0)
                    return;
            }
        }
        catch (SocketException error)
        {
            Close($"write failed: {error.Message}");
        }
        catch (ObjectDisposedException)
        {
            Close("connection closed");
        }
    }

    private async Task ReadLoopAsync()
    {
        string reason = "connection closed by peer";
        byte[] buffer = new byte[InitialBufferSize];
        int start = 0;
        int end = 0;
        try
        {
            while (IsOpen)
            {
                while (end - start >= 4)
                {
                    int length = BinaryPrimitives.ReadInt32BigEndian(buffer.AsSpan(start));
                    if (length == 0)
                    {
                        // Answer a tick unless we already wrote this interval: that keeps any peer's timer happy
                        // whatever its net_ticktime, and two nodes that both answer cannot ping-pong forever.
                        if (!_wroteSinceCheck)
                            Enqueue(TickFrame);
                        start += 4;
                        continue;
                    }
                    if (length < 0 || length > MaxPacketSize)
                        throw new DistributionProtocolException($"packet length {(uint)length} from {PeerName} is out of range");
                    if (end - start - 4 < length)
                        break;
                    _owner.OnPacket(this, buffer.AsSpan(start + 4, length));
                    start += 4 + length;
                }

                int pending = end - start;
                int needed = pending >= 4 ? 4 + BinaryPrimitives.ReadInt32BigEndian(buffer.AsSpan(start)) : 4;
                // Grow by doubling as bytes arrive, so a bogus length costs no more memory than the peer really sent.
                if (needed > buffer.Length && pending >= buffer.Length / 2)
                {
                    var bigger = new byte[Math.Min(needed, buffer.Length * 2)];
                    buffer.AsSpan(start, pending).CopyTo(bigger);
                    buffer = bigger;
                }
                else if (pending == 0 && buffer.Length > InitialBufferSize)
                {
                    buffer = new byte[InitialBufferSize];
                }
                else if (start > 0)
                {
                    buffer.AsSpan(start, pending).CopyTo(buffer);
                }
                start = 0;
                end = pending;

                int read = await _socket.ReceiveAsync(buffer.AsMemory(end), SocketFlags.None).ConfigureAwait(false);
                if (read == 0)
                {
                    reason = end > 0 ? $"connection closed by {PeerName} in the middle of a packet" : $"connection closed by {PeerName}";
                    break;
                }
                _readSinceCheck = true;
                end += read;
            }
        }
        catch (DistributionProtocolException error)
        {
            reason = error.Message;
        }
        catch (SocketException error)
        {
            reason = $"read from {PeerName} failed: {error.Message}";
        }
        catch (ObjectDisposedException)
        {
            reason = "connection closed";
        }
        Close(reason);
    }
}
