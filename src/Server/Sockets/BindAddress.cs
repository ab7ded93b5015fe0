using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace IronUwsgi.Server.Sockets;

/// <summary>
/// A socket address in uWSGI's forms: <c>host:port</c>, <c>:port</c> (all interfaces), <c>[ipv6]:port</c>,
/// a UNIX socket path, or <c>@name</c> (Linux abstract namespace).
/// </summary>
internal sealed record BindAddress(string Text, string? Host, int Port, string? UnixPath)
{
    public bool IsUnix => UnixPath is not null;

    public static bool TryParse(string text, out BindAddress address, out string? error)
    {
        address = null!;
        error = null;
        if (text.Length == 0)
        {
            error = "expected an address such as :3031, 127.0.0.1:3031 or a UNIX socket path";
            return false;
        }
        int colon = text.LastIndexOf(':');
        if (colon < 0 || text[0] is '/' or '.' or '@')
            return TryUnix(text, out address, out error);
        string host = text[..colon];
        if (host.StartsWith('[') && host.EndsWith(']'))
            host = host[1..^1];
        if (!int.TryParse(text.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out int port) || port > 65535)
        {
            error = $"invalid port in '{text}'";
            return false;
        }
        address = new BindAddress(text, host.Length == 0 ? null : host, port, null);
        return true;
    }

    public static BindAddress Parse(string text) =>
        TryParse(text, out var address, out var error) ? address : throw new FormatException(error);

    /// <summary>The endpoint to bind; a host name is resolved here, preferring IPv4 as uWSGI does.</summary>
    public EndPoint ToEndPoint()
    {
        if (UnixPath is not null)
            return new UnixDomainSocketEndPoint(UnixPath);
        if (Host is null)
            return new IPEndPoint(IPAddress.Any, Port);
        if (IPAddress.TryParse(Host, out var ip))
            return new IPEndPoint(ip, Port);
        var addresses = Dns.GetHostAddresses(Host);
        var chosen = Array.Find(addresses, a => a.AddressFamily == AddressFamily.InterNetwork) ?? addresses.FirstOrDefault()
            ?? throw new SocketException((int)SocketError.HostNotFound);
        return new IPEndPoint(chosen, Port);
    }

    private static bool TryUnix(string text, out BindAddress address, out string? error)
    {
        address = null!;
        if (!Socket.OSSupportsUnixDomainSockets)
        {
            error = $"'{text}' is a UNIX socket path and this system has no UNIX sockets";
            return false;
        }
        if (text[0] == '@' && !OperatingSystem.IsLinux())
        {
            error = $"'{text}' is an abstract UNIX socket, which only Linux has";
            return false;
        }
        error = null;
        address = new BindAddress(text, null, 0, text[0] == '@' ? "\0" + text[1..] : text);
        return true;
    }
}
