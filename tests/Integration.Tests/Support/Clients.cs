namespace IronUwsgi.Integration.Tests.Support;

/// <summary>HttpClient set up for many parallel connections to one server.</summary>
internal static class Clients
{
    public static HttpClient Create(Uri baseAddress) =>
        new(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(1) })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
}
