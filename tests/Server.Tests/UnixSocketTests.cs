using System.Net.Sockets;
using System.Text;
using IronUwsgi.Server.Hosting;
using IronUwsgi.Server.Logging;
using IronUwsgi.Server.Options;
using IronUwsgi.Server.Sockets;
using IronUwsgi.Server.Tests.Support;

namespace IronUwsgi.Server.Tests;

public class UnixSocketTests
{
    [Fact]
    public async Task UwsgiAndHttpWorkOverUnixSockets()
    {
        Assert.True(Socket.OSSupportsUnixDomainSockets, "this system has UNIX sockets");
        var dir = Directory.CreateTempSubdirectory("ironuwsgi-unix-").FullName;
        var uwsgiPath = Path.Combine(dir, "app.sock");
        var httpPath = Path.Combine(dir, "http.sock");
        File.WriteAllText(uwsgiPath, "stale");
        var settings = new ServerSettings
        {
            Sockets = [new ListenSpec(BindAddress.Parse(uwsgiPath), SocketProtocol.Uwsgi), new ListenSpec(BindAddress.Parse(httpPath), SocketProtocol.Http)],
        };
        var log = new CapturedLog();
        await using (var host = new ServerHost(settings, new RecordingFactory(Handlers.Echo), new ServerLog(log)))
        {
            host.Start();
            Assert.NotNull(log.WaitFor(l => l.StartsWith($"uwsgi socket 0 bound to UNIX address {uwsgiPath} fd ", StringComparison.Ordinal)));

            var uwsgi = Exchange(uwsgiPath, RawClient.Packet(0, RawClient.Get("/over-unix")));
            Assert.StartsWith("HTTP/1.1 200 OK\r\n", uwsgi);
            Assert.Contains("PATH_INFO=/over-unix\n", uwsgi);

            var http = Exchange(httpPath, Encoding.ASCII.GetBytes("GET /h HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"));
            Assert.StartsWith("HTTP/1.1 200 OK\r\n", http);
            Assert.Contains("PATH_INFO=/h\n", http);
        }
        Directory.Delete(dir, recursive: true);
    }

    private static string Exchange(string path, byte[] request)
    {
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified) { ReceiveTimeout = 20000 };
        socket.Connect(new UnixDomainSocketEndPoint(path));
        socket.Send(request);
        return Encoding.Latin1.GetString(RawClient.ReadToEnd(socket));
    }
}
