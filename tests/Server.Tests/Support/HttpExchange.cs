using System.Net;
using System.Net.Sockets;
using System.Text;

namespace IronUwsgi.Server.Tests.Support;

/// <summary>A raw HTTP connection that reads one response at a time (by Content-Length, chunks, or close).</summary>
internal sealed class HttpExchange : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { ReceiveTimeout = 20000 };
    private readonly List<byte> _pending = [];

    public HttpExchange(IPEndPoint endPoint) => _socket.Connect(endPoint);

    public void Send(string text) => _socket.Send(Encoding.Latin1.GetBytes(text));

    public void Send(byte[] bytes) => _socket.Send(bytes);

    /// <summary>Reads a head, then the body as the head frames it; returns the head and the decoded body.</summary>
    public (string Head, string Body) ReadResponse(bool noBody = false)
    {
        string head = ReadUntil("\r\n\r\n");
        if (noBody)
            return (head, "");
        var lengthMatch = System.Text.RegularExpressions.Regex.Match(head, @"(?im)^Content-Length: *(\d+)\r$");
        if (lengthMatch.Success)
            return (head, Take(int.Parse(lengthMatch.Groups[1].Value)));
        if (head.Contains("Transfer-Encoding: chunked", StringComparison.OrdinalIgnoreCase))
        {
            var body = new StringBuilder();
            while (true)
            {
                int size = Convert.ToInt32(ReadUntil("\r\n").TrimEnd(), 16);
                body.Append(Take(size));
                ReadUntil("\r\n");
                if (size == 0)
                    return (head, body.ToString());
            }
        }
        return (head, ReadToClose());
    }

    public string ReadToClose()
    {
        var rest = Encoding.Latin1.GetString([.. _pending]);
        _pending.Clear();
        return rest + Encoding.Latin1.GetString(RawClient.ReadToEnd(_socket));
    }

    /// <summary>True when the server closed the connection (reads end).</summary>
    public bool IsClosedByServer() => _pending.Count == 0 && RawClient.ReadToEnd(_socket).Length == 0;

    public void Dispose() => _socket.Dispose();

    private string ReadUntil(string marker)
    {
        while (true)
        {
            var text = Encoding.Latin1.GetString([.. _pending]);
            int at = text.IndexOf(marker, StringComparison.Ordinal);
            if (at >= 0)
            {
                _pending.RemoveRange(0, at + marker.Length);
                return text[..(at + marker.Length)];
            }
            Fill();
        }
    }

    private string Take(int count)
    {
        while (_pending.Count < count)
            Fill();
        var text = Encoding.Latin1.GetString([.. _pending.GetRange(0, count)]);
        _pending.RemoveRange(0, count);
        return text;
    }

    private void Fill()
    {
        var buffer = new byte[8192];
        int read = _socket.Receive(buffer);
        if (read == 0)
            throw new IOException("server closed the connection");
        _pending.AddRange(buffer.AsSpan(0, read));
    }
}
