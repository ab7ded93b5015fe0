using System.Buffers.Binary;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace IronUwsgi.Erlang.Epmd;

/// <summary>Client of the Erlang Port Mapper Daemon: register a node, look up ports, list names.</summary>
public sealed class EpmdClient
{
    /// <summary>The port EPMD listens on unless ERL_EPMD_PORT says otherwise.</summary>
    public const int DefaultPort = 4369;

    private const byte Alive2Request = 120;
    private const byte Alive2ExtendedResponse = 118;
    private const byte PortPlease2Request = 122;
    private const byte Port2Response = 119;
    private const byte NamesRequest = 110;

    // 'h' is what erl_interface registers; whether the node is hidden is decided by the handshake flags.
    private const byte HiddenNodeType = 104;
    private const byte TcpIpV4 = 0;
    private const ushort HighestVersion = 6;
    private const ushort LowestVersion = 5;

    private readonly string _host;
    private readonly int _port;

    public EpmdClient(string host, int port = DefaultPort)
    {
        ArgumentException.ThrowIfNullOrEmpty(host);
        _host = host;
        _port = port;
    }

    /// <summary>The EPMD port from ERL_EPMD_PORT, else 4369, as Erlang nodes pick it.</summary>
    public static int PortFromEnvironment()
        => int.TryParse(Environment.GetEnvironmentVariable("ERL_EPMD_PORT"), out int port) && port is > 0 and < 65536
            ? port
            : DefaultPort;

    /// <summary>Registers <paramref name="alive"/> at <paramref name="distributionPort"/> (ALIVE2, version 6) and keeps the socket open.</summary>
    public async Task<EpmdRegistration> RegisterAsync(string alive, int distributionPort, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(alive);
        byte[] name = Encoding.UTF8.GetBytes(alive);
        if (name.Length > 255)
            throw new ArgumentException($"node name '{alive}' is longer than the 255 bytes EPMD accepts", nameof(alive));

        var body = new byte[13 + name.Length];
        body[0] = Alive2Request;
        BinaryPrimitives.WriteUInt16BigEndian(body.AsSpan(1), (ushort)distributionPort);
        body[3] = HiddenNodeType;
        body[4] = TcpIpV4;
        BinaryPrimitives.WriteUInt16BigEndian(body.AsSpan(5), HighestVersion);
        BinaryPrimitives.WriteUInt16BigEndian(body.AsSpan(7), LowestVersion);
        BinaryPrimitives.WriteUInt16BigEndian(body.AsSpan(9), (ushort)name.Length);
        name.CopyTo(body, 11);
        BinaryPrimitives.WriteUInt16BigEndian(body.AsSpan(11 + name.Length), 0);

        Socket socket = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await SendRequestAsync(socket, body, cancellationToken).ConfigureAwait(false);
            var reply = new byte[6];
            int got = await ReadAtLeastAsync(socket, reply, reply.Length, cancellationToken).ConfigureAwait(false);
            if (got < 2 || reply[0] != Alive2ExtendedResponse)
                throw new EpmdException($"EPMD at {_host}:{_port} sent an unexpected reply to the registration of '{alive}'");
            if (reply[1] != 0)
                throw new EpmdException($"EPMD at {_host}:{_port} refused to register '{alive}' (result {reply[1]}): the name is probably already taken");
            if (got < 6)
                throw new EpmdException($"EPMD at {_host}:{_port} sent a truncated registration reply for '{alive}'");
            uint creation = BinaryPrimitives.ReadUInt32BigEndian(reply.AsSpan(2));
            return new EpmdRegistration(socket, alive, distributionPort, creation);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Looks up where <paramref name="alive"/> listens (PORT_PLEASE2); null when the name is not registered.</summary>
    public async Task<EpmdNodeInfo?> LookupAsync(string alive, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(alive);
        byte[] name = Encoding.UTF8.GetBytes(alive);
        var body = new byte[1 + name.Length];
        body[0] = PortPlease2Request;
        name.CopyTo(body, 1);

        using Socket socket = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await SendRequestAsync(socket, body, cancellationToken).ConfigureAwait(false);
        byte[] reply = await ReadToEndAsync(socket, cancellationToken).ConfigureAwait(false);
        if (reply.Length < 2 || reply[0] != Port2Response)
            throw new EpmdException($"EPMD at {_host}:{_port} sent an unexpected reply when looking up '{alive}'");
        if (reply[1] != 0)
            return null;
        if (reply.Length < 12)
            throw new EpmdException($"EPMD at {_host}:{_port} sent a truncated port reply for '{alive}'");
        var span = reply.AsSpan();
        int nameLength = BinaryPrimitives.ReadUInt16BigEndian(span[10..]);
        if (reply.Length < 12 + nameLength)
            throw new EpmdException($"EPMD at {_host}:{_port} sent a truncated port reply for '{alive}'");
        return new EpmdNodeInfo(
            Encoding.UTF8.GetString(span.Slice(12, nameLength)),
            BinaryPrimitives.ReadUInt16BigEndian(span[2..]),
            span[4],
            span[5],
            BinaryPrimitives.ReadUInt16BigEndian(span[6..]),
            BinaryPrimitives.ReadUInt16BigEndian(span[8..]));
    }

    /// <summary>Lists the registered alive names and their ports (NAMES_REQ), as <c>net_adm:names()</c> does.</summary>
    public async Task<IReadOnlyList<(string Alive, int Port)>> NamesAsync(CancellationToken cancellationToken = default)
    {
        using Socket socket = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        await SendRequestAsync(socket, [NamesRequest], cancellationToken).ConfigureAwait(false);
        byte[] reply = await ReadToEndAsync(socket, cancellationToken).ConfigureAwait(false);
        if (reply.Length < 4)
            throw new EpmdException($"EPMD at {_host}:{_port} sent a truncated names reply");
        var names = new List<(string, int)>();
        foreach (string line in Encoding.UTF8.GetString(reply, 4, reply.Length - 4).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            // Each line reads "name <alive> at port <N>".
            string[] words = line.Split(' ');
            if (words.Length == 5 && words[0] == "name" && int.TryParse(words[4], out int port))
                names.Add((words[1], port));
        }
        return names;
    }

    private async Task<Socket> ConnectAsync(CancellationToken cancellationToken)
    {
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(_host, _port, cancellationToken).ConfigureAwait(false);
            return socket;
        }
        catch (SocketException error)
        {
            socket.Dispose();
            throw new EpmdException($"cannot reach EPMD at {_host}:{_port} (is epmd running?): {error.Message}", error);
        }
    }

    private static async Task SendRequestAsync(Socket socket, byte[] body, CancellationToken cancellationToken)
    {
        var packet = new byte[2 + body.Length];
        BinaryPrimitives.WriteUInt16BigEndian(packet, (ushort)body.Length);
        body.CopyTo(packet, 2);
        await socket.SendAsync(packet, SocketFlags.None, cancellationToken).ConfigureAwait(false);
    }

    private static async Task<int> ReadAtLeastAsync(Socket socket, byte[] buffer, int count, CancellationToken cancellationToken)
    {
        int total = 0;
        while (total < count)
        {
            int read = await socket.ReceiveAsync(buffer.AsMemory(total), SocketFlags.None, cancellationToken).ConfigureAwait(false);
            if (read == 0)
                break;
            total += read;
        }
        return total;
    }

    private static async Task<byte[]> ReadToEndAsync(Socket socket, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream();
        var buffer = new byte[4096];
        while (true)
        {
            int read = await socket.ReceiveAsync(buffer, SocketFlags.None, cancellationToken).ConfigureAwait(false);
            if (read == 0)
                return stream.ToArray();
            stream.Write(buffer, 0, read);
        }
    }
}
