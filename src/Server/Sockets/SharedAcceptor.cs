using System.Net.Sockets;

namespace IronUwsgi.Server.Sockets;

/// <summary>
/// Worker threads accepting from the shared listening sockets themselves, as uWSGI workers do:
/// each idle thread blocks in accept(), the kernel hands a new connection to one of them, and that
/// thread serves it start to end, with no hop through another thread. Works the same on Windows.
/// </summary>
internal sealed class SharedAcceptor
{
    private readonly Socket[] _sockets;
    private readonly Func<bool> _stopping;
    private readonly Action<string> _log;

    public SharedAcceptor(IReadOnlyList<Listener> listeners, Func<bool> stopping, Action<string> log)
    {
        _sockets = [.. listeners.Select(l => l.Socket)];
        _stopping = stopping;
        _log = log;
        // With several sockets a thread waits in select(); another thread may take the connection
        // first, so accept() must not block then.
        if (_sockets.Length > 1)
        {
            foreach (var socket in _sockets)
                socket.Blocking = false;
        }
    }

    /// <summary>Blocks until a connection arrives on any of the sockets; null once the server stops (the sockets are closed).</summary>
    public Socket? Accept()
    {
        while (!_stopping())
        {
            try
            {
                if (_sockets.Length == 1)
                    return _sockets[0].Accept();
                if (AcceptAny() is Socket client)
                    return client;
            }
            catch (Exception e) when (e is SocketException or ObjectDisposedException)
            {
                if (_stopping())
                    break;
                _log($"accept(): {e.Message}");
                Thread.Sleep(10);
            }
        }
        return null;
    }

    private Socket? AcceptAny()
    {
        var ready = new List<Socket>(_sockets);
        Socket.Select(ready, null, null, -1);
        foreach (var socket in ready)
        {
            try
            {
                var client = socket.Accept();
                client.Blocking = true;
                return client;
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.WouldBlock)
            {
                // Another worker thread took it.
            }
        }
        return null;
    }
}
