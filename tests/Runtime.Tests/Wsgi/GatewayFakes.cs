using System.Collections.Concurrent;
using System.Text;
using IronUwsgi.Runtime.Gateway;

namespace IronUwsgi.Runtime.Tests.Wsgi;

/// <summary>A log that keeps its lines for assertions.</summary>
internal sealed class RecordingLog : IServerLog
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public string Text => string.Join("\n", Lines);

    public void Write(string line) => Lines.Enqueue(line);

    public void AppReady(int appId, string mountpoint, TimeSpan loadTime, string interpreter, bool defaultApp) =>
        Write($"WSGI app {appId} (mountpoint='{mountpoint}') ready in {(int)loadTime.TotalSeconds} seconds on interpreter {interpreter} pid: {Environment.ProcessId}{(defaultApp ? " (default app)" : "")}");
}

/// <summary>A request with CGI variables encoded into one block, as the server's parsers produce them.</summary>
internal sealed class FakeRequest : IGatewayRequest
{
    public FakeRequest(Stream? body = null, params (string Key, string Value)[] variables)
    {
        var block = new MemoryStream();
        var spans = new List<(int, int, int, int)>();
        foreach (var (key, value) in variables)
        {
            var k = Encoding.Latin1.GetBytes(key);
            var v = Encoding.Latin1.GetBytes(value);
            int keyStart = (int)block.Position;
            block.Write(k);
            int valueStart = (int)block.Position;
            block.Write(v);
            spans.Add((keyStart, k.Length, valueStart, v.Length));
        }
        Variables.Reset(block.ToArray(), (int)block.Length);
        foreach (var (ks, kl, vs, vl) in spans)
            Variables.Add(ks, kl, vs, vl);
        Body = body ?? new MemoryStream();
    }

    public CgiVariables Variables { get; } = new();

    public Stream Body { get; }

    public int Core { get; init; }

    public CancellationToken Aborted => CancellationToken.None;

    public int AppId { get; set; } = -1;

    public static FakeRequest Get(string path = "/", params (string Key, string Value)[] extra) =>
        new(null, [("REQUEST_METHOD", "GET"), ("PATH_INFO", path), ("SERVER_NAME", "localhost"), ("SERVER_PORT", "80"), ("SERVER_PROTOCOL", "HTTP/1.1"), .. extra]);
}

/// <summary>Records start_response and body writes; can fail like a client that went away.</summary>
internal sealed class FakeResponse : IResponseWriter
{
    private readonly MemoryStream _body = new();

    /// <summary>Body writes after which the client "disconnects" (-1 = never).</summary>
    public int DisconnectAfter { get; init; } = -1;

    public bool HeadersSent { get; private set; }

    public string? Status { get; private set; }

    public IReadOnlyList<KeyValuePair<string, string>> Headers { get; private set; } = [];

    public List<int> ChunkSizes { get; } = [];

    public byte[] Body => _body.ToArray();

    public string BodyText => Encoding.UTF8.GetString(Body);

    public void Start(string status, IReadOnlyList<KeyValuePair<string, string>> headers)
    {
        if (HeadersSent)
            throw new InvalidOperationException("headers already sent");
        Status = status;
        Headers = headers;
    }

    public void Write(ReadOnlySpan<byte> chunk)
    {
        if (ChunkSizes.Count == DisconnectAfter)
            throw new ClientDisconnectedException("Broken pipe");
        HeadersSent = true;
        ChunkSizes.Add(chunk.Length);
        _body.Write(chunk);
    }
}

/// <summary>A body stream that hands out at most a few bytes per read and remembers how far it was read.</summary>
internal sealed class TrickleStream(byte[] data, int perRead) : Stream
{
    public long Consumed { get; private set; }

    public override int Read(byte[] buffer, int offset, int count)
    {
        int n = (int)Math.Min(Math.Min(count, perRead), data.Length - Consumed);
        Array.Copy(data, Consumed, buffer, offset, n);
        Consumed += n;
        return n;
    }

    public override bool CanRead => true;
    public override bool CanSeek => false;
    public override bool CanWrite => false;
    public override long Length => throw new NotSupportedException();
    public override long Position { get => Consumed; set => throw new NotSupportedException(); }
    public override void Flush() { }
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
    public override void SetLength(long value) => throw new NotSupportedException();
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
