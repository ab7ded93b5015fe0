using System.Buffers.Binary;
using System.Text;

namespace IronUwsgi.Erlang.Handshake;

/// <summary>Byte layouts of the version 6 handshake messages ('N' send_name and challenge, 'r', 'a', 's').</summary>
internal static class HandshakeMessages
{
    public const byte NameTag = (byte)'N';
    public const byte OldNameTag = (byte)'n';
    public const byte StatusTag = (byte)'s';
    public const byte ReplyTag = (byte)'r';
    public const byte AckTag = (byte)'a';

    public static byte[] SendName(DistributionFlags flags, uint creation, string name)
    {
        byte[] nameBytes = Encoding.UTF8.GetBytes(name);
        var body = new byte[15 + nameBytes.Length];
        body[0] = NameTag;
        BinaryPrimitives.WriteUInt64BigEndian(body.AsSpan(1), (ulong)flags);
        BinaryPrimitives.WriteUInt32BigEndian(body.AsSpan(9), creation);
        BinaryPrimitives.WriteUInt16BigEndian(body.AsSpan(13), (ushort)nameBytes.Length);
        nameBytes.CopyTo(body, 15);
        return body;
    }

    /// <summary>Parses send_name: 'N', flags (8), creation (4), name length (2), name; trailing bytes are ignored.</summary>
    public static (DistributionFlags Flags, uint Creation, string Name)? ParseSendName(ReadOnlySpan<byte> body)
    {
        if (body.Length < 15 || body[0] != NameTag)
            return null;
        int length = BinaryPrimitives.ReadUInt16BigEndian(body[13..]);
        if (body.Length < 15 + length)
            return null;
        return ((DistributionFlags)BinaryPrimitives.ReadUInt64BigEndian(body[1..]),
            BinaryPrimitives.ReadUInt32BigEndian(body[9..]),
            Encoding.UTF8.GetString(body.Slice(15, length)));
    }

    public static byte[] Challenge(DistributionFlags flags, uint challenge, uint creation, string name)
    {
        byte[] nameBytes = Encoding.UTF8.GetBytes(name);
        var body = new byte[19 + nameBytes.Length];
        body[0] = NameTag;
        BinaryPrimitives.WriteUInt64BigEndian(body.AsSpan(1), (ulong)flags);
        BinaryPrimitives.WriteUInt32BigEndian(body.AsSpan(9), challenge);
        BinaryPrimitives.WriteUInt32BigEndian(body.AsSpan(13), creation);
        BinaryPrimitives.WriteUInt16BigEndian(body.AsSpan(17), (ushort)nameBytes.Length);
        nameBytes.CopyTo(body, 19);
        return body;
    }

    /// <summary>Parses the challenge: 'N', flags (8), challenge (4), creation (4), name length (2), name.</summary>
    public static (DistributionFlags Flags, uint Challenge, uint Creation, string Name)? ParseChallenge(ReadOnlySpan<byte> body)
    {
        if (body.Length < 19 || body[0] != NameTag)
            return null;
        int length = BinaryPrimitives.ReadUInt16BigEndian(body[17..]);
        if (body.Length < 19 + length)
            return null;
        return ((DistributionFlags)BinaryPrimitives.ReadUInt64BigEndian(body[1..]),
            BinaryPrimitives.ReadUInt32BigEndian(body[9..]),
            BinaryPrimitives.ReadUInt32BigEndian(body[13..]),
            Encoding.UTF8.GetString(body.Slice(19, length)));
    }

    public static byte[] Status(string status)
    {
        var body = new byte[1 + status.Length];
        body[0] = StatusTag;
        Encoding.ASCII.GetBytes(status, body.AsSpan(1));
        return body;
    }

    public static byte[] ChallengeReply(uint challenge, byte[] digest)
    {
        var body = new byte[21];
        body[0] = ReplyTag;
        BinaryPrimitives.WriteUInt32BigEndian(body.AsSpan(1), challenge);
        digest.CopyTo(body, 5);
        return body;
    }

    public static byte[] ChallengeAck(byte[] digest)
    {
        var body = new byte[17];
        body[0] = AckTag;
        digest.CopyTo(body, 1);
        return body;
    }

    /// <summary>The mandatory OTP 25 capabilities the peer lacks, by name, for the error message.</summary>
    public static string MissingMandatory(DistributionFlags peer)
    {
        if ((peer & DistributionFlags.Mandatory25Digest) != 0)
            return string.Empty;
        var missing = DistributionFlags.Mandatory25 & ~peer;
        return missing == 0 ? string.Empty : missing.ToString();
    }
}
