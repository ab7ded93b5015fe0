using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Net.Sockets;
using IronUwsgi.Erlang.Handshake;
using IronUwsgi.Erlang.Nodes;
using IronUwsgi.Erlang.Tests.Fixtures;
using static IronUwsgi.Erlang.Tests.Nodes.ErlHelper;

namespace IronUwsgi.Erlang.Tests.Nodes;

[Collection(ErlangCollection.Name)]
public class ProtocolAbuseTests(ErlangFixture fixture)
{
    [Fact]
    public async Task GarbageBeforeTheHandshakeDropsOnlyThatSocket()
    {
        var log = new ConcurrentQueue<string>();
        await using var node = await NodeFactory.StartAsync(fixture, log: log);
        using var raw = await DialAsync(node);
        await raw.SendAsync(new byte[] { 0, 5, 1, 2, 3, 4, 5 });
        Assert.Equal(0, await ReadUntilClosedAsync(raw));
        Assert.Contains(log, line => line.Contains("malformed send_name"));
        Assert.Equal(Atom("pong"), await node.HelperAsync(fixture.Erl.Name, "ping", Atom(node.Name)));
    }

    [Theory]
    [InlineData(new byte[] { 0, 0, 0, 3, 112, 131, 255 }, "malformed term")]
    [InlineData(new byte[] { 0, 0, 0, 2, 9, 9 }, "pass-through")]
    [InlineData(new byte[] { 0, 0, 0, 5, 112, 131, 100, 0, 1 }, "malformed term")]
    [InlineData(new byte[] { 0, 0, 0, 6, 112, 131, 104, 1, 97, 2 }, "malformed control message {2}")]
    [InlineData(new byte[] { 0, 0, 1, 0, 112, 131 }, "in the middle of a packet")]
    public async Task BadPacketsAfterTheHandshakeDropOnlyThatConnection(byte[] packet, string expectedLog)
    {
        var log = new ConcurrentQueue<string>();
        await using var node = await NodeFactory.StartAsync(fixture, log: log);
        string peer = ErlangFixture.UniqueAlive("raw") + "@127.0.0.1";
        using var raw = await DialAsync(node);
        var result = await HandshakeInitiator.RunAsync(raw, peer, 1, fixture.Cookie, node.Name, default);
        Assert.NotNull(result);
        await raw.SendAsync(packet);
        if (expectedLog == "in the middle of a packet")
            raw.Shutdown(SocketShutdown.Send);
        Assert.Equal(0, await ReadUntilClosedAsync(raw));
        Assert.Contains(log, line => line.Contains(peer) && line.Contains(expectedLog));
        Assert.Equal(Atom("pong"), await node.HelperAsync(fixture.Erl.Name, "ping", Atom(node.Name)));
        Assert.Equal([fixture.Erl.Name], node.ConnectedNodes);
    }

    [Fact]
    public async Task SilentPeerGetsTicksAndIsDroppedAfterTheTickTime()
    {
        var log = new ConcurrentQueue<string>();
        await using var node = await NodeFactory.StartAsync(fixture, log: log, tickTime: TimeSpan.FromSeconds(1));
        string peer = ErlangFixture.UniqueAlive("mute") + "@127.0.0.1";
        using var raw = await DialAsync(node);
        await HandshakeInitiator.RunAsync(raw, peer, 1, fixture.Cookie, node.Name, default);

        var received = new List<byte>();
        var buffer = new byte[64];
        int read;
        while ((read = await raw.ReceiveAsync(buffer)) > 0)
            received.AddRange(buffer.AsSpan(0, read).ToArray());

        Assert.NotEmpty(received);
        Assert.All(received, b => Assert.Equal(0, b));
        Assert.Contains(log, line => line.Contains(peer) && line.Contains("net_tick_timeout"));
    }

    [Fact]
    public async Task AnsweringTicksKeepsTheConnection()
    {
        await using var node = await NodeFactory.StartAsync(fixture, tickTime: TimeSpan.FromSeconds(1));
        string peer = ErlangFixture.UniqueAlive("chatty") + "@127.0.0.1";
        using var raw = await DialAsync(node);
        await HandshakeInitiator.RunAsync(raw, peer, 1, fixture.Cookie, node.Name, default);
        var tick = new byte[4];
        // Eight tick intervals of answering: four silent ones would have dropped us.
        for (int i = 0; i < 8; i++)
        {
            int got = await raw.ReceiveAsync(tick);
            Assert.Equal(4, got);
            Assert.Equal(0, BinaryPrimitives.ReadInt32BigEndian(tick));
            await raw.SendAsync(tick);
        }
        Assert.Contains(peer, node.ConnectedNodes);
    }

    [Fact]
    public async Task ATickIsAnsweredWithATick()
    {
        await using var node = await NodeFactory.StartAsync(fixture);
        using var raw = await DialAsync(node);
        await HandshakeInitiator.RunAsync(raw, ErlangFixture.UniqueAlive("ticker") + "@127.0.0.1", 1, fixture.Cookie, node.Name, default);
        await raw.SendAsync(new byte[4]);
        // With the default 60 s tick time our own tick would come only after 15 s; the answer comes first.
        raw.ReceiveTimeout = 10_000;
        var answer = new byte[4];
        Assert.Equal(4, raw.Receive(answer));
        Assert.Equal(new byte[4], answer);
    }

    private static async Task<Socket> DialAsync(ErlangNode node)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync("127.0.0.1", node.Port);
        return socket;
    }

    private static async Task<int> ReadUntilClosedAsync(Socket socket)
    {
        var buffer = new byte[1024];
        int read;
        while ((read = await socket.ReceiveAsync(buffer)) > 0)
        {
        }
        return read;
    }
}
