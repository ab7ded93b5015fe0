using System.Text;
using IronUwsgi.Runtime.Gateway;
using IronUwsgi.Server.Options;
using IronUwsgi.Server.Tests.Support;

namespace IronUwsgi.Server.Tests;

/// <summary>The uwsgi socket next to an HTTP socket: async accept loops queue its connections for the worker threads.</summary>
public class UwsgiSocketTests
{
    /// <summary>Starts the server the tests talk to; the derived class runs them with worker threads accepting themselves.</summary>
    private protected virtual TestServer Start(Action<IGatewayRequest, IResponseWriter> handle, Func<ServerSettings, ServerSettings>? configure = null) =>
        TestServer.Start(handle, configure);

    private protected static string Answer(TestServer server, byte[] packet) => Encoding.Latin1.GetString(RawClient.Exchange(server.Uwsgi, packet));

    private protected static void AssertStillServes(TestServer server) =>
        Assert.StartsWith("HTTP/1.1 200 OK\r\n", Answer(server, RawClient.Packet(0, RawClient.Get("/again"))));

    [Fact]
    public void RequestGetsPlainHttpResponseThenClose()
    {
        var server = Start(Handlers.Echo);
        using var _ = new Disposer(server);
        var response = Answer(server, RawClient.Packet(0, RawClient.Get("/hello", "a=1")));
        Assert.StartsWith("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: ", response);
        Assert.Contains("\nPATH_INFO=/hello\n", response);
        Assert.Contains("\nQUERY_STRING=a=1\n", response);
        Assert.EndsWith("BODY=", response);
        Assert.DoesNotContain("Transfer-Encoding", response);
    }

    [Fact]
    public void BodyIsStreamedByContentLength()
    {
        var server = Start(Handlers.Echo);
        using var _ = new Disposer(server);
        var vars = RawClient.Get("/up", contentLength: "11");
        var response = Answer(server, RawClient.Packet(0, vars, Encoding.ASCII.GetBytes("hello world")));
        Assert.EndsWith("BODY=hello world", response);
    }

    [Fact]
    public void StatusLineUsesServerProtocolOrHttp10()
    {
        var server = Start(Handlers.Echo);
        using var _ = new Disposer(server);
        Assert.StartsWith("HTTP/1.0 200 OK", Answer(server, RawClient.Packet(0, [("PATH_INFO", "/")])));
    }

    [Fact]
    public void PingIsAnsweredWithPong()
    {
        var server = Start(Handlers.Echo);
        using var _ = new Disposer(server);
        Assert.Equal([100, 0, 0, 1], RawClient.Exchange(server.Uwsgi, [100, 0, 0, 0]));
        Assert.NotNull(server.Log.WaitFor(l => l == "PING"));
        AssertStillServes(server);
    }

    [Fact]
    public void UnknownModifierIsLoggedAndClosed()
    {
        var server = Start(Handlers.Echo);
        using var _ = new Disposer(server);
        Assert.Empty(RawClient.Exchange(server.Uwsgi, RawClient.Packet(5, RawClient.Get("/"))));
        Assert.NotNull(server.Log.WaitFor(l => l == "-- unavailable modifier requested: 5 --"));
        AssertStillServes(server);
    }

    [Fact]
    public void HttpSentToUwsgiSocketIsLoggedAsOversizedBlock()
    {
        var server = Start(Handlers.Echo);
        using var _ = new Disposer(server);
        Assert.Empty(RawClient.Exchange(server.Uwsgi, Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: x\r\n\r\n")));
        Assert.NotNull(server.Log.WaitFor(l => l == "invalid request block size: 21573 (max 4096)...skip"));
        AssertStillServes(server);
    }

    [Fact]
    public void VarsBlockLargerThanBufferSizeIsRejected()
    {
        var server = Start(Handlers.Echo, s => s with { BufferSize = 1000 });
        using var _ = new Disposer(server);
        var packet = RawClient.Packet(0, [("PATH_INFO", new string('x', 1200))]);
        Assert.Empty(RawClient.Exchange(server.Uwsgi, packet));
        Assert.NotNull(server.Log.WaitFor(l => l == $"invalid request block size: {packet.Length - 4} (max 1000)...skip"));
        AssertStillServes(server);
    }

    [Fact]
    public void EmptyWsgiRequestIsSkipped()
    {
        var server = Start(Handlers.Echo);
        using var _ = new Disposer(server);
        Assert.Empty(RawClient.Exchange(server.Uwsgi, [0, 0, 0, 0]));
        Assert.NotNull(server.Log.WaitFor(l => l == "Empty python request. skip."));
        AssertStillServes(server);
    }

    [Fact]
    public void MalformedVarsAreLoggedAndClosed()
    {
        var server = Start(Handlers.Echo);
        using var _ = new Disposer(server);
        Assert.Empty(RawClient.Exchange(server.Uwsgi, [0, 4, 0, 0, 0, 0, 1, 0]));
        Assert.NotNull(server.Log.WaitFor(l => l == "uwsgi key cannot be null. skip this var."));
        Assert.Empty(RawClient.Exchange(server.Uwsgi, [0, 3, 0, 0, 9, 0, 65]));
        Assert.NotNull(server.Log.WaitFor(l => l == "invalid uwsgi request (current strsize: 9). skip."));
        AssertStillServes(server);
    }

    [Fact]
    public void TooManyVarsAreRejected()
    {
        var server = Start(Handlers.Echo, s => s with { MaxVars = 2 });
        using var _ = new Disposer(server);
        Assert.Empty(RawClient.Exchange(server.Uwsgi, RawClient.Packet(0, [("A", "1"), ("B", "2"), ("C", "3"), ("D", "4"), ("E", "5")])));
        Assert.NotNull(server.Log.WaitFor(l => l == "max vec size reached. skip this var."));
    }

    [Fact]
    public void TruncatedPacketIsLoggedWhenThePeerCloses()
    {
        var server = Start(Handlers.Echo);
        using var _ = new Disposer(server);
        var packet = RawClient.Packet(0, RawClient.Get("/"));
        Assert.Empty(RawClient.Exchange(server.Uwsgi, packet[..20], halfClose: true));
        Assert.NotNull(server.Log.WaitFor($"read(): client closed the connection [truncated uwsgi packet: 20 of {packet.Length} bytes]"));
        Assert.Empty(RawClient.Exchange(server.Uwsgi, packet[..2], halfClose: true));
        Assert.NotNull(server.Log.WaitFor("[truncated uwsgi packet: 2 of 4 bytes]"));
        AssertStillServes(server);
    }

    [Fact]
    public void TruncatedPacketIsLoggedAfterSocketTimeout()
    {
        var server = Start(Handlers.Echo, s => s with { SocketTimeout = TimeSpan.FromSeconds(1) });
        using var _ = new Disposer(server);
        var packet = RawClient.Packet(0, RawClient.Get("/"));
        Assert.Empty(RawClient.Exchange(server.Uwsgi, packet[..10]));
        Assert.NotNull(server.Log.WaitFor($"read(): timeout after 1 seconds [truncated uwsgi packet: 10 of {packet.Length} bytes]"));
    }

    [Fact]
    public void AfterIdlingPastTheSocketTimeoutRequestsAreServedAndStillTimedOut()
    {
        // On Linux the listener carries the socket timeout for the sockets it accepts; it must neither break an idle accept() nor get lost.
        var server = Start(Handlers.Echo, s => s with { SocketTimeout = TimeSpan.FromSeconds(1) });
        using var _ = new Disposer(server);
        Thread.Sleep(2500);
        AssertStillServes(server);
        var packet = RawClient.Packet(0, RawClient.Get("/"));
        Assert.Empty(RawClient.Exchange(server.Uwsgi, packet[..10]));
        Assert.NotNull(server.Log.WaitFor($"read(): timeout after 1 seconds [truncated uwsgi packet: 10 of {packet.Length} bytes]"));
        Assert.DoesNotContain(server.Log.Lines, l => l.Contains("accept()", StringComparison.Ordinal));
    }

    [Fact]
    public void ConnectionClosedWithoutDataLogsNothing()
    {
        var server = Start(Handlers.Echo);
        using var _ = new Disposer(server);
        Assert.Empty(RawClient.Exchange(server.Uwsgi, [], halfClose: true));
        AssertStillServes(server);
        Assert.DoesNotContain(server.Log.Lines, l => l.StartsWith("read()", StringComparison.Ordinal));
    }

    [Fact]
    public void RequestLineHasUwsgisShape()
    {
        var server = Start(Handlers.Echo);
        using var _ = new Disposer(server);
        var vars = RawClient.Get("/logged", "q=1");
        Answer(server, RawClient.Packet(0, vars));
        int size = RawClient.Vars(vars).Length;
        var line = server.Log.WaitFor("/logged");
        Assert.Matches(
            $@"^\[pid: {Environment.ProcessId}\|app: 0\|req: 1/1\] 127\.0\.0\.1 \(\) \{{24 vars in {size} bytes\}} \[\w{{3}} \w{{3}} [ \d]\d \d\d:\d\d:\d\d \d{{4}}\] GET /logged\?q=1 => generated \d+ bytes in \d+ msecs \(HTTP/1\.1 200\) 2 headers in \d+ bytes \(1 switches on core 0\)$",
            line);
    }
}
