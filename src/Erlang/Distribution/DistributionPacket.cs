using System.Buffers.Binary;
using IronUwsgi.Erlang.Etf;
using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Erlang.Distribution;

/// <summary>
/// Frames of the connected phase without the atom cache: length (4), pass-through byte 112,
/// the control tuple as a versioned term, then the message as a versioned term when there is one.
/// </summary>
internal static class DistributionPacket
{
    public const byte PassThrough = 112;
    private const byte Version = 131;

    /// <summary>Encodes control and message straight into one frame, measured first so nothing is copied twice.</summary>
    public static byte[] Frame(ErlTuple control, ErlTerm? message)
    {
        long controlSize = EtfEncoder.Measure(control);
        long messageSize = message is null ? 0 : EtfEncoder.Measure(message) + 1;
        long total = 1 + 1 + controlSize + messageSize;
        if (total > int.MaxValue - 4)
            throw new ArgumentException($"the message takes {total} bytes, more than one distribution packet can carry", nameof(message));
        var frame = new byte[4 + total];
        BinaryPrimitives.WriteUInt32BigEndian(frame, (uint)total);
        frame[4] = PassThrough;
        frame[5] = Version;
        int position = 6 + EtfEncoder.Write(control, frame.AsSpan(6));
        if (message is not null)
        {
            frame[position] = Version;
            EtfEncoder.Write(message, frame.AsSpan(position + 1));
        }
        return frame;
    }

    /// <summary>Splits a packet body into its control tuple and optional message; malformed bytes are a <see cref="DistributionProtocolException"/>.</summary>
    public static (ErlTuple Control, ErlTerm? Message) Parse(ReadOnlySpan<byte> body, string peer)
    {
        if (body.IsEmpty || body[0] != PassThrough)
            throw new DistributionProtocolException($"packet from {peer} does not start with the pass-through byte 112 (got {(body.IsEmpty ? "nothing" : body[0].ToString(System.Globalization.CultureInfo.InvariantCulture))})");
        try
        {
            var rest = body[1..];
            var control = EtfDecoder.Decode(rest, out int consumed);
            if (control is not ErlTuple { Arity: > 0 } tuple)
                throw new DistributionProtocolException($"packet from {peer} has a control message that is not a tuple: {control}");
            rest = rest[consumed..];
            if (rest.IsEmpty)
                return (tuple, null);
            var message = EtfDecoder.Decode(rest, out consumed);
            if (consumed != rest.Length)
                throw new DistributionProtocolException($"packet from {peer} has {rest.Length - consumed} bytes after its message");
            return (tuple, message);
        }
        catch (EtfException error)
        {
            throw new DistributionProtocolException($"packet from {peer} holds a malformed term: {error.Message}", error);
        }
    }
}
