using System.Net.Sockets;
using IronUwsgi.Erlang.Distribution;
using IronUwsgi.Erlang.Epmd;
using IronUwsgi.Erlang.Handshake;

namespace IronUwsgi.Erlang.Nodes;

/// <summary>Connection management: dialing and accepting, simultaneous connects, ticks and node-down.</summary>
public sealed partial class ErlangNode : IConnectionOwner
{
    /// <summary>The open connection to <paramref name="node"/>, set up first if needed (blocking only then).</summary>
    internal DistributionConnection Connection(string node)
    {
        var slot = _peers.GetOrAdd(node, static _ => new PeerSlot());
        var connection = slot.Connection;
        if (connection is { IsOpen: true })
            return connection;
        return ConnectSlowAsync(node, slot).GetAwaiter().GetResult();
    }

    internal ValueTask<DistributionConnection> ConnectionAsync(string node)
    {
        var slot = _peers.GetOrAdd(node, static _ => new PeerSlot());
        var connection = slot.Connection;
        return connection is { IsOpen: true } ? new(connection) : new(ConnectSlowAsync(node, slot));
    }

    /// <summary>The open connection to <paramref name="node"/> if there is one; never dials.</summary>
    internal DistributionConnection? OpenConnection(string node)
        => _peers.TryGetValue(node, out var slot) && slot.Connection is { IsOpen: true } connection ? connection : null;

    private Task<DistributionConnection> ConnectSlowAsync(string node, PeerSlot slot)
    {
        if (node == Name)
            throw new ErlangConnectionException(node, $"{node} is this node; it needs no connection");
        lock (slot.Gate)
        {
            if (slot.Connection is { IsOpen: true } connection)
                return Task.FromResult(connection);
            return slot.Dialing ??= Task.Run(() => DialAsync(node, slot));
        }
    }

    private async Task<DistributionConnection> DialAsync(string node, PeerSlot slot)
    {
        Socket? socket = null;
        try
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
            var name = NodeName.Parse(node);
            using var setup = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            setup.CancelAfter(_options.SetupTime);
            var info = await new EpmdClient(name.Host, _options.EpmdPort).LookupAsync(name.Alive, setup.Token).ConfigureAwait(false)
                ?? throw new ErlangConnectionException(node, $"cannot connect to {node}: no node '{name.Alive}' is registered with EPMD on {name.Host}");
            if (info.HighestVersion < 6)
                throw new ErlangConnectionException(node, $"cannot connect to {node}: it only speaks distribution version {info.HighestVersion}");
            socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            await socket.ConnectAsync(name.Host, info.Port, setup.Token).ConfigureAwait(false);
            var result = await HandshakeInitiator.RunAsync(socket, Name, Creation, _cookie, node, setup.Token).ConfigureAwait(false);
            if (result is null)
            {
                // The peer's name is greater and its own connection to us wins; wait for it to arrive.
                socket.Dispose();
                socket = null;
                Task<DistributionConnection> established;
                lock (slot.Gate)
                    established = slot.Established.Task;
                return await established.WaitAsync(setup.Token).ConfigureAwait(false);
            }
            var connection = Attach(slot, socket, result);
            socket = null;
            return connection;
        }
        catch (Exception error) when (error is EpmdException or HandshakeException or SocketException or OperationCanceledException or FormatException)
        {
            string cause = error is OperationCanceledException ? $"no connection within {_options.SetupTime.TotalSeconds} s" : error.Message;
            Log($"cannot connect to {node}: {cause}");
            throw new ErlangConnectionException(node, $"cannot connect to {node}: {cause}", error);
        }
        finally
        {
            socket?.Dispose();
            lock (slot.Gate)
                slot.Dialing = null;
        }
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptAsync(_stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            catch (SocketException error)
            {
                Log($"accept failed: {error.Message}");
                continue;
            }
            _ = AcceptOneAsync(socket);
        }
    }

    private async Task AcceptOneAsync(Socket socket)
    {
        try
        {
            socket.NoDelay = true;
            using var setup = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            setup.CancelAfter(_options.SetupTime);
            var result = await HandshakeAcceptor.RunAsync(socket, Name, Creation, _cookie, DecideAccept, setup.Token).ConfigureAwait(false);
            if (result is null)
            {
                socket.Dispose();
                return;
            }
            Attach(_peers.GetOrAdd(result.PeerName, static _ => new PeerSlot()), socket, result);
        }
        catch (Exception error) when (error is HandshakeException or SocketException or OperationCanceledException or ObjectDisposedException)
        {
            Log(error is OperationCanceledException ? "incoming handshake timed out" : error.Message);
            socket.Dispose();
        }
    }

    /// <summary>Simultaneous connects are settled as OTP does: the attempt from the greater node name wins.</summary>
    private AcceptStatus DecideAccept(string peer)
    {
        var slot = _peers.GetOrAdd(peer, static _ => new PeerSlot());
        lock (slot.Gate)
        {
            if (slot.Dialing is { IsCompleted: false } && slot.Connection is not { IsOpen: true })
                return string.CompareOrdinal(peer, Name) > 0 ? AcceptStatus.OkSimultaneous : AcceptStatus.Nok;
            return AcceptStatus.Ok;
        }
    }

    private DistributionConnection Attach(PeerSlot slot, Socket socket, HandshakeResult result)
    {
        var connection = new DistributionConnection(socket, result, this);
        DistributionConnection? previous;
        lock (slot.Gate)
        {
            previous = slot.Connection;
            slot.Connection = connection;
            slot.Established.TrySetResult(connection);
        }
        connection.Start();
        previous?.Close($"replaced by a new connection from {result.PeerName}");
        return connection;
    }

    void IConnectionOwner.OnPacket(DistributionConnection connection, ReadOnlySpan<byte> body)
        => ControlDispatcher.Dispatch(this, connection, body);

    void IConnectionOwner.OnClosed(DistributionConnection connection, string reason)
    {
        if (_peers.TryGetValue(connection.PeerName, out var slot))
        {
            lock (slot.Gate)
            {
                if (slot.Connection == connection)
                    slot.Connection = null;
                if (slot.Established.Task.IsCompleted)
                    slot.Established = PeerSlot.NewSignal();
            }
        }
        Log($"connection to {connection.PeerName} closed: {reason}");
        _calls.FailAll(connection, reason);
        foreach (var process in Processes.All)
            process.NodeDown(connection.PeerAtom);
        try
        {
            NodeDown?.Invoke(connection.PeerName, reason);
        }
        catch (Exception error)
        {
            // A failing subscriber must not take the node's connection handling down with it.
            Log($"a NodeDown handler failed: {error.Message}");
        }
    }

    private void Tick()
    {
        foreach (var slot in _peers.Values)
        {
            if (slot.Connection is { IsOpen: true } connection && connection.CheckTick())
                connection.Close($"net_tick_timeout: nothing heard from {connection.PeerName} for {_options.NetTickTime.TotalSeconds} s");
        }
    }

    private void Log(string line) => _options.Log?.Invoke(line);
}
