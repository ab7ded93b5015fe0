using System.Buffers.Binary;
using System.Net.Sockets;
using IronUwsgi.Erlang.Distribution;
using IronUwsgi.Erlang.Handshake;
using IronUwsgi.Erlang.Terms;
using IronUwsgi.Erlang.Tests.Fixtures;
using static IronUwsgi.Erlang.Tests.Nodes.ErlHelper;

namespace IronUwsgi.Erlang.Tests.Nodes;

/// <summary>A raw peer with only the OTP 25 mandatory flags (no DIST_MONITOR, no UNLINK_ID), as a minimal C-node would connect.</summary>
[Collection(ErlangCollection.Name)]
public class SmallPeerTests(ErlangFixture fixture)
{
    private const DistributionFlags Minimal = DistributionFlags.Mandatory25 | DistributionFlags.Mandatory25Digest;

    [Fact]
    public async Task PeerWithoutMonitorsGetsNoMonitorRequestsAndItsLossFiresNoconnection()
    {
        await using var node = await NodeFactory.StartAsync(fixture);
        string peer = ErlangFixture.UniqueAlive("small") + "@127.0.0.1";
        using var raw = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await raw.ConnectAsync("127.0.0.1", node.Port);
        Assert.NotNull(await HandshakeInitiator.RunAsync(raw, peer, 1, fixture.Cookie, node.Name, Minimal, default));

        var remote = new ErlPid(Atom(peer), 1, 0, 1);
        using var mailbox = node.CreateMailbox();
        var reference = mailbox.Monitor(remote);
        mailbox.Link(remote);
        mailbox.Unlink(remote);
        mailbox.Send(remote, Atom("hello"));

        // Signals arrive in order: the link, the old-style unlink, then the message; no MONITOR_P before them.
        Assert.Equal(Term("{1," + mailbox.Pid + "," + remote + "}"), (await ReadPacketAsync(raw)).Control);
        Assert.Equal(Term("{4," + mailbox.Pid + "," + remote + "}"), (await ReadPacketAsync(raw)).Control);
        var send = await ReadPacketAsync(raw);
        Assert.Equal(new ErlTuple(new ErlInteger(2), new ErlAtom(string.Empty), remote), send.Control);
        Assert.Equal(Atom("hello"), send.Message);

        raw.Close();
        Assert.Equal(new ErlTuple(Atom("DOWN"), reference, Atom("process"), remote, Atom("noconnection")),
            await mailbox.ReceiveAsync(TimeSpan.FromSeconds(10)));
    }

    private static async Task<(ErlTuple Control, ErlTerm? Message)> ReadPacketAsync(Socket socket)
    {
        using var stream = new NetworkStream(socket, ownsSocket: false);
        var header = new byte[4];
        int length;
        do
        {
            await stream.ReadExactlyAsync(header);
            length = BinaryPrimitives.ReadInt32BigEndian(header);
        }
        while (length == 0);
        var body = new byte[length];
        await stream.ReadExactlyAsync(body);
        return DistributionPacket.Parse(body, "our node");
    }
}
