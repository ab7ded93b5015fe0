using System.Net.Sockets;

namespace IronUwsgi.Erlang.Epmd;

/// <summary>
/// A live EPMD registration. EPMD unregisters the name the moment this socket closes,
/// so the node keeps it open for its whole life and disposes it to unregister.
/// </summary>
public sealed class EpmdRegistration : IDisposable
{
    private readonly Socket _socket;

    internal EpmdRegistration(Socket socket, string alive, int port, uint creation)
    {
        _socket = socket;
        Alive = alive;
        Port = port;
        Creation = creation;
    }

    /// <summary>The registered alive name (the part before '@').</summary>
    public string Alive { get; }

    /// <summary>The distribution port announced to EPMD.</summary>
    public int Port { get; }

    /// <summary>The 32-bit creation EPMD assigned; every pid and reference of the node carries it.</summary>
    public uint Creation { get; }

    public void Dispose() => _socket.Dispose();
}
