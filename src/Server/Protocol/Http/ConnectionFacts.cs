using System.Net;
using System.Text;

namespace IronUwsgi.Server.Protocol.Http;

/// <summary>The per-connection CGI values (client and server addresses), encoded once per connection rather than per request.</summary>
internal sealed class ConnectionFacts
{
    public ConnectionFacts(EndPoint? remote, EndPoint? local)
    {
        (RemoteAddress, RemotePort) = Split(remote);
        (ServerName, ServerPort) = Split(local);
    }

    public byte[] RemoteAddress { get; }
    public byte[] RemotePort { get; }
    public byte[] ServerName { get; }
    public byte[] ServerPort { get; }

    private static (byte[] Address, byte[] Port) Split(EndPoint? endPoint) => endPoint switch
    {
        IPEndPoint ip => (Encoding.ASCII.GetBytes((ip.Address.IsIPv4MappedToIPv6 ? ip.Address.MapToIPv4() : ip.Address).ToString()),
                          Encoding.ASCII.GetBytes(ip.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        _ => ([], []),
    };
}
