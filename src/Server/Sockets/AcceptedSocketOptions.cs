using System.Net.Sockets;

namespace IronUwsgi.Server.Sockets;

/// <summary>
/// The options of an accepted uwsgi connection: the socket timeout both ways, and no Nagle delay on
/// TCP. Linux copies a listening socket's options into each socket it accepts, so there they are set
/// once on the listener, which saves three setsockopt calls per request; elsewhere every accepted
/// socket gets them.
/// </summary>
internal static class AcceptedSocketOptions
{
    public static bool Inherited => OperatingSystem.IsLinux();

    public static void Apply(Socket socket, int timeoutMilliseconds)
    {
        socket.ReceiveTimeout = timeoutMilliseconds;
        socket.SendTimeout = timeoutMilliseconds;
        if (socket.AddressFamily != AddressFamily.Unix)
            socket.NoDelay = true;
    }
}
