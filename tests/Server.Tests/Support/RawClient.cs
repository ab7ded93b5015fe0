using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace IronUwsgi.Server.Tests.Support;

/// <summary>Raw socket exchanges: send bytes, read until the server closes.</summary>
internal static class RawClient
{
    public static byte[] Exchange(IPEndPoint endPoint, byte[] request, bool halfClose = false)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveTimeout = 20000 };
        socket.Connect(endPoint);
        socket.Send(request);
        if (halfClose)
            socket.Shutdown(SocketShutdown.Send);
        return ReadToEnd(socket);
    }

    public static string ExchangeText(IPEndPoint endPoint, string request, bool halfClose = false) =>
        Encoding.Latin1.GetString(Exchange(endPoint, Encoding.Latin1.GetBytes(request), halfClose));

    public static byte[] ReadToEnd(Socket socket)
    {
        var all = new MemoryStream();
        var buffer = new byte[8192];
        int read;
        while ((read = socket.Receive(buffer)) > 0)
            all.Write(buffer, 0, read);
        return all.ToArray();
    }

    /// <summary>A uwsgi packet: header, the vars block of <paramref name="vars"/>, then <paramref name="body"/>.</summary>
    public static byte[] Packet(byte modifier1, IEnumerable<(string Key, string Value)> vars, byte[]? body = null, byte modifier2 = 0)
    {
        var block = Vars(vars);
        var packet = new byte[4 + block.Length + (body?.Length ?? 0)];
        packet[0] = modifier1;
        BinaryPrimitives.WriteUInt16LittleEndian(packet.AsSpan(1), (ushort)block.Length);
        packet[3] = modifier2;
        block.CopyTo(packet, 4);
        body?.CopyTo(packet, 4 + block.Length);
        return packet;
    }

    public static byte[] Vars(IEnumerable<(string Key, string Value)> vars)
    {
        var block = new MemoryStream();
        Span<byte> size = stackalloc byte[2];
        foreach (var (key, value) in vars)
        {
            foreach (var text in new[] { key, value })
            {
                var bytes = Encoding.Latin1.GetBytes(text);
                BinaryPrimitives.WriteUInt16LittleEndian(size, (ushort)bytes.Length);
                block.Write(size);
                block.Write(bytes);
            }
        }
        return block.ToArray();
    }

    public static (string Key, string Value)[] Get(string path, string query = "", string contentLength = "") =>
    [
        ("QUERY_STRING", query), ("REQUEST_METHOD", "GET"), ("CONTENT_TYPE", ""), ("CONTENT_LENGTH", contentLength),
        ("REQUEST_URI", query.Length > 0 ? path + "?" + query : path), ("PATH_INFO", path), ("SERVER_PROTOCOL", "HTTP/1.1"),
        ("REMOTE_ADDR", "127.0.0.1"), ("REMOTE_PORT", "5555"), ("SERVER_PORT", "80"), ("SERVER_NAME", "localhost"),
        ("HTTP_HOST", "localhost"),
    ];
}
