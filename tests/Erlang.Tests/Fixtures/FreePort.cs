using System.Net;
using System.Net.Sockets;

namespace IronUwsgi.Erlang.Tests.Fixtures;

/// <summary>Picks an unused loopback port by letting the OS choose one.</summary>
internal static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
