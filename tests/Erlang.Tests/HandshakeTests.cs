using System.Net.Sockets;
using IronUwsgi.Erlang.Epmd;
using IronUwsgi.Erlang.Handshake;
using IronUwsgi.Erlang.Tests.Fixtures;

namespace IronUwsgi.Erlang.Tests;

[Collection(ErlangCollection.Name)]
public class HandshakeTests(ErlangFixture fixture)
{
    [Fact]
    public async Task InitiatorCompletesTheHandshakeWithErl()
    {
        using var socket = await DialErlAsync();
        var result = await HandshakeInitiator.RunAsync(socket, ErlangFixture.UniqueAlive("hs") + "@127.0.0.1", 7, fixture.Cookie, fixture.Erl.Name, default);
        Assert.NotNull(result);
        Assert.Equal(fixture.Erl.Name, result.PeerName);
        Assert.True(result.PeerFlags.HasFlag(DistributionFlags.Handshake23));
        Assert.True(result.Effective.HasFlag(DistributionFlags.Spawn));
    }

    [Fact]
    public async Task InitiatorWithWrongCookieFailsNamingTheCookie()
    {
        using var socket = await DialErlAsync();
        var error = await Assert.ThrowsAsync<HandshakeException>(() =>
            HandshakeInitiator.RunAsync(socket, ErlangFixture.UniqueAlive("hs") + "@127.0.0.1", 7, "wrong" + fixture.Cookie, fixture.Erl.Name, default));
        Assert.Contains("cookie is wrong", error.Message);
    }

    [Fact]
    public void DigestIsMd5OfCookieAndDecimalChallenge()
    {
        Assert.Equal(System.Security.Cryptography.MD5.HashData("abc42"u8), CookieDigest.Compute(42, "abc"));
        Assert.Equal(System.Security.Cryptography.MD5.HashData("abc4294967295"u8), CookieDigest.Compute(uint.MaxValue, "abc"));
    }

    private async Task<Socket> DialErlAsync()
    {
        var info = await new EpmdClient("127.0.0.1", fixture.EpmdPort).LookupAsync(fixture.Erl.Alive);
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        await socket.ConnectAsync("127.0.0.1", info!.Port);
        return socket;
    }
}
