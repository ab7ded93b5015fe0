using System.Buffers.Binary;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace IronUwsgi.Erlang.Handshake;

/// <summary>The accepting side (B) of the version 6 handshake.</summary>
internal static class HandshakeAcceptor
{
    /// <summary>
    /// Runs the handshake on an accepted socket. <paramref name="decide"/> picks the status from the
    /// node's connection table. Returns null when we answered <c>nok</c>; throws <see cref="HandshakeException"/> on failure.
    /// </summary>
    public static async Task<HandshakeResult?> RunAsync(
        Socket socket, string ourName, uint ourCreation, string cookie, Func<string, AcceptStatus> decide, CancellationToken cancellationToken)
    {
        byte[] first = await HandshakeFraming.ReadAsync(socket, cancellationToken).ConfigureAwait(false)
            ?? throw new HandshakeException("incoming handshake: the peer closed the connection before sending its name");
        if (first.Length > 0 && first[0] == HandshakeMessages.OldNameTag)
            throw new HandshakeException("incoming handshake: the peer uses the old version 5 handshake, which is not supported");
        var sendName = HandshakeMessages.ParseSendName(first)
            ?? throw new HandshakeException("incoming handshake: malformed send_name message");
        string peerName = sendName.Name;
        int at = peerName.IndexOf('@');
        if (at <= 0 || at == peerName.Length - 1)
            throw new HandshakeException($"incoming handshake: invalid node name '{peerName}'");

        string missing = HandshakeMessages.MissingMandatory(sendName.Flags);
        if (missing.Length > 0)
        {
            await HandshakeFraming.WriteAsync(socket, HandshakeMessages.Status("not_allowed"), cancellationToken).ConfigureAwait(false);
            throw new HandshakeException($"incoming handshake from {peerName}: the peer cannot handle {missing}");
        }

        AcceptStatus status = decide(peerName);
        await HandshakeFraming.WriteAsync(socket, HandshakeMessages.Status(status switch
        {
            AcceptStatus.OkSimultaneous => "ok_simultaneous",
            AcceptStatus.Nok => "nok",
            _ => "ok",
        }), cancellationToken).ConfigureAwait(false);
        if (status == AcceptStatus.Nok)
            return null;

        uint ourChallenge = (uint)RandomNumberGenerator.GetInt32(int.MinValue, int.MaxValue);
        await HandshakeFraming.WriteAsync(socket, HandshakeMessages.Challenge(DistributionFlags.Ours, ourChallenge, ourCreation, ourName), cancellationToken).ConfigureAwait(false);

        byte[] reply = await HandshakeFraming.ReadAsync(socket, cancellationToken).ConfigureAwait(false)
            ?? throw new HandshakeException($"incoming handshake from {peerName}: the peer closed the connection after our challenge; the cookie is probably wrong");
        if (reply.Length != 21 || reply[0] != HandshakeMessages.ReplyTag)
            throw new HandshakeException($"incoming handshake from {peerName}: malformed challenge reply");
        if (!CookieDigest.Matches(reply.AsSpan(5, 16), ourChallenge, cookie))
            throw new HandshakeException($"incoming handshake from {peerName}: the digest does not match; the peer's cookie is wrong");

        uint peerChallenge = BinaryPrimitives.ReadUInt32BigEndian(reply.AsSpan(1));
        await HandshakeFraming.WriteAsync(socket, HandshakeMessages.ChallengeAck(CookieDigest.Compute(peerChallenge, cookie)), cancellationToken).ConfigureAwait(false);
        return new HandshakeResult(peerName, sendName.Flags, sendName.Creation);
    }
}
