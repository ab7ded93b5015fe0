using System.Net;
using System.Net.Sockets;
using IronUwsgi.Server.Options;

namespace IronUwsgi.Server.Sockets;

/// <summary>A bound, listening socket and the protocol its connections speak.</summary>
internal sealed class Listener : IDisposable
{
    private Listener(Socket socket, ListenSpec spec)
    {
        Socket = socket;
        Spec = spec;
    }

    public Socket Socket { get; }

    public ListenSpec Spec { get; }

    /// <summary>The bound endpoint (with the real port when :0 was asked).</summary>
    public EndPoint EndPoint => Socket.LocalEndPoint!;

    /// <summary>The file descriptor (a handle on Windows), as uWSGI prints it.</summary>
    public long Fd => Socket.SafeHandle.DangerousGetHandle().ToInt64();

    /// <summary>The address as uWSGI logs it: the text given, with the real port when it was 0.</summary>
    public string DisplayAddress
    {
        get
        {
            var address = Spec.Address;
            if (address.IsUnix || address.Port != 0 || EndPoint is not IPEndPoint ip)
                return address.Text;
            return address.Text[..address.Text.LastIndexOf(':')] + ":" + ip.Port;
        }
    }

    private const int IpProtoTcp = 6;
    private const int TcpDeferAccept = 9;

    /// <param name="socketTimeout">
    /// Linux: on uwsgi sockets, as uWSGI does with --socket-timeout, accept() only returns once the
    /// packet started arriving, so the first read never waits (one wake-up less per request); and the
    /// accepted sockets inherit their timeouts from the listener.
    /// </param>
    public static Listener Bind(ListenSpec spec, int backlog, TimeSpan socketTimeout)
    {
        var endPoint = spec.Address.ToEndPoint();
        var socket = spec.Address.IsUnix
            ? new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified)
            : new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            if (spec.Address.IsUnix)
            {
                // uWSGI unlinks a stale socket file before binding.
                if (spec.Address.UnixPath is { } path && path[0] != '\0' && File.Exists(path))
                    File.Delete(path);
            }
            else
            {
                socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
                if (OperatingSystem.IsLinux() && spec.Protocol == SocketProtocol.Uwsgi)
                    socket.SetRawSocketOption(IpProtoTcp, TcpDeferAccept, BitConverter.GetBytes((int)socketTimeout.TotalSeconds));
            }
            if (AcceptedSocketOptions.Inherited && spec.Protocol == SocketProtocol.Uwsgi)
                AcceptedSocketOptions.Apply(socket, (int)socketTimeout.TotalMilliseconds);
            socket.Bind(endPoint);
            socket.Listen(backlog);
            return new Listener(socket, spec);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public void Dispose() => Socket.Dispose();
}
