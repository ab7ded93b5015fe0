using System.Buffers.Binary;
using System.Net.Sockets;

namespace IronUwsgi.Erlang.Handshake;

/// <summary>Handshake messages travel as a 2-byte big-endian length followed by the body.</summary>
internal static class HandshakeFraming
{
    public static async Task WriteAsync(Socket socket, byte[] body, CancellationToken cancellationToken)
    {
        var packet = new byte[2 + body.Length];
        BinaryPrimitives.WriteUInt16BigEndian(packet, (ushort)body.Length);
        body.CopyTo(packet, 2);
        await socket.SendAsync(packet, SocketFlags.None, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads one message; null when the peer closed the connection first.</summary>
    public static async Task<byte[]?> ReadAsync(Socket socket, CancellationToken cancellationToken)
    {
        var header = new byte[2];
        if (!await ReadExactlyAsync(socket, header, cancellationToken).ConfigureAwait(false))
            return null;
        var body = new byte[BinaryPrimitives.ReadUInt16BigEndian(header)];
        if (!await ReadExactlyAsync(socket, body, cancellationToken).ConfigureAwait(false))
            return null;
        return body;
    }

    private static async Task<bool> ReadExactlyAsync(Socket socket, byte[] buffer, CancellationToken cancellationToken)
    {
        int total = 0;
        while (total < buffer.Length)
        {
            int read = await socket.ReceiveAsync(buffer.AsMemory(total), SocketFlags.None, cancellationToken).ConfigureAwait(false);
            if (read == 0)
                return false;
            total += read;
        }
        return true;
    }
}
