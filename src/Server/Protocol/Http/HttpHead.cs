namespace IronUwsgi.Server.Protocol.Http;

/// <summary>What the server needs from a parsed HTTP request head besides its CGI variables.</summary>
internal struct HttpHead
{
    /// <summary>Bytes of the head, terminating blank line included.</summary>
    public int Length;
    public bool Http11;
    public bool KeepAlive;
    public bool IsHead;
    public bool Chunked;
    public bool ExpectContinue;

    /// <summary>The declared body length; -1 when there is none (or the body is chunked).</summary>
    public long ContentLength;
}
