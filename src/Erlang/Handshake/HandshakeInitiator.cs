using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace IronUwsgi.Erlang.Handshake;

/// <summary>The dialing side (A) of the version 6 handshake.</summary>
internal static class HandshakeInitiator
{
    /// <summary>
    /// Runs the handshake on a connected socket. Returns null when the peer answered <c>nok</c>
    /// (its own simultaneous attempt wins); throws <see cref="HandshakeException"/> on any failure.
    /// </summary>
    public static Task<HandshakeResult?> RunAsync(
        Socket socket, string ourName, uint ourCreation, string cookie, string peerName, CancellationToken cancellationToken)
        => RunAsync(socket, ourName, ourCreation, cookie, peerName, DistributionFlags.Ours, cancellationToken);

    /// <summary>The same with other advertised flags, so tests can play an older or smaller peer.</summary>
    public static async Task<HandshakeResult?> RunAsync(
        Socket socket, string ourName, uint ourCreation, string cookie, string peerName, DistributionFlags flags, CancellationToken cancellationToken)
    {
        await HandshakeFraming.WriteAsync(socket, HandshakeMessages.SendName(flags, ourCreation, ourName), cancellationToken).ConfigureAwait(false);

        byte[] status = await ReadAsync(socket, peerName, "status", cancellationToken).ConfigureAwait(false);
        if (status.Length < 2 || status[0] != HandshakeMessages.StatusTag)
            throw new HandshakeException($"handshake with {peerName}: malformed status message");
        string text = Encoding.ASCII.GetString(status, 1, status.Length - 1);
        switch (text)
        {
            case "ok":
            case "ok_simultaneous":
                break;
            case "nok":
                return null;
            case "alive":
                // The peer still holds a connection from an earlier incarnation of us; we are the live one.
                await HandshakeFraming.WriteAsync(socket, HandshakeMessages.Status("true"), cancellationToken).ConfigureAwait(false);
                break;
            case "not_allowed":
                throw new HandshakeException($"handshake with {peerName}: the peer refused the connection (not_allowed)");
            default:
                throw new HandshakeException($"handshake with {peerName}: unexpected status '{text}'");
        }

        byte[] challengeBody = await ReadAsync(socket, peerName, "challenge", cancellationToken).ConfigureAwait(false);
        var challenge = HandshakeMessages.ParseChallenge(challengeBody)
            ?? throw new HandshakeException($"handshake with {peerName}: malformed challenge message");
        if (challenge.Name != peerName)
            throw new HandshakeException($"handshake with {peerName}: the peer calls itself '{challenge.Name}'");
        string missing = HandshakeMessages.MissingMandatory(challenge.Flags);
        if (missing.Length > 0)
            throw new HandshakeException($"handshake with {peerName}: the peer cannot handle {missing}");

        uint ourChallenge = (uint)RandomNumberGenerator.GetInt32(int.MinValue, int.MaxValue);
        byte[] reply = HandshakeMessages.ChallengeReply(ourChallenge, CookieDigest.Compute(challenge.Challenge, cookie));
        await HandshakeFraming.WriteAsync(socket, reply, cancellationToken).ConfigureAwait(false);

        // An Erlang acceptor that rejects our digest just closes the socket.
        byte[] ack = await HandshakeFraming.ReadAsync(socket, cancellationToken).ConfigureAwait(false)
            ?? throw new HandshakeException($"handshake with {peerName}: the peer closed the connection after our challenge reply; the cookie is wrong");
        if (ack.Length != 17 || ack[0] != HandshakeMessages.AckTag)
            throw new HandshakeException($"handshake with {peerName}: malformed challenge ack");
        if (!CookieDigest.Matches(ack.AsSpan(1), ourChallenge, cookie))
            throw new HandshakeException($"handshake with {peerName}: the peer's digest does not match; the cookie is wrong");

        return new HandshakeResult(peerName, challenge.Flags, challenge.Creation);
    }

    private static async Task<byte[]> ReadAsync(Socket socket, string peerName, string what, CancellationToken cancellationToken)
        => await HandshakeFraming.ReadAsync(socket, cancellationToken).ConfigureAwait(false)
            ?? throw new HandshakeException($"handshake with {peerName}: the peer closed the connection before sending its {what}");
}
