using System.Net;
using System.Text;
using IronUwsgi.Runtime.Gateway;
using IronUwsgi.Server.Protocol;
using IronUwsgi.Server.Protocol.Http;

namespace IronUwsgi.Server.Tests;

public class HttpHeadParserTests
{
    private static readonly ConnectionFacts Facts =
        new(new IPEndPoint(IPAddress.Parse("10.0.0.9"), 40000), new IPEndPoint(IPAddress.Parse("127.0.0.1"), 8080));

    private static (HttpHeadError Error, HttpHead Head, CgiVariables Vars) Parse(string text, int maxPairs = 128)
    {
        var bytes = Encoding.Latin1.GetBytes(text);
        int length = HttpHeadParser.FindHeadEnd(bytes);
        Assert.True(length > 0, "head is complete");
        var vars = new CgiVariables();
        var writer = new CgiBlockWriter();
        writer.Start(new byte[HttpHeadParser.BlockCapacity(length)], vars);
        var error = HttpHeadParser.Parse(bytes.AsSpan(0, length), Facts, maxPairs, writer, out var head);
        return (error, head, vars);
    }

    [Fact]
    public void GetBecomesCgiVariables()
    {
        var (error, head, vars) = Parse("GET /a%20b/c?x=1&y=%20 HTTP/1.1\r\nHost: example.org:8080\r\nUser-Agent: t\r\nX-Dash-Name: v\r\n\r\n");
        Assert.Equal(HttpHeadError.None, error);
        Assert.Equal("GET", vars["REQUEST_METHOD"]);
        Assert.Equal("/a%20b/c?x=1&y=%20", vars["REQUEST_URI"]);
        Assert.Equal("/a b/c", vars["PATH_INFO"]);
        Assert.Equal("x=1&y=%20", vars["QUERY_STRING"]);
        Assert.Equal("HTTP/1.1", vars["SERVER_PROTOCOL"]);
        Assert.Equal("example.org", vars["SERVER_NAME"]);
        Assert.Equal("8080", vars["SERVER_PORT"]);
        Assert.Equal("10.0.0.9", vars["REMOTE_ADDR"]);
        Assert.Equal("40000", vars["REMOTE_PORT"]);
        Assert.Equal("example.org:8080", vars["HTTP_HOST"]);
        Assert.Equal("t", vars["HTTP_USER_AGENT"]);
        Assert.Equal("v", vars["HTTP_X_DASH_NAME"]);
        Assert.True(head.Http11);
        Assert.True(head.KeepAlive);
        Assert.Equal(-1, head.ContentLength);
        Assert.False(head.Chunked);
    }

    [Fact]
    public void BlockIsUwsgiEncodedAndSized()
    {
        var (_, _, vars) = Parse("GET / HTTP/1.0\r\n\r\n");
        int expected = 0;
        for (int i = 0; i < vars.Count; i++)
            expected += 4 + vars.KeyAt(i).Length + vars.ValueAt(i).Length;
        Assert.Equal(expected, vars.BlockSize);
        Assert.Equal("127.0.0.1", vars["SERVER_NAME"]);
    }

    [Fact]
    public void ContentHeadersHaveNoHttpPrefix()
    {
        var (_, head, vars) = Parse("POST /p HTTP/1.1\r\nContent-Type: text/plain\r\nContent-Length: 12\r\n\r\n");
        Assert.Equal("text/plain", vars["CONTENT_TYPE"]);
        Assert.Equal("12", vars["CONTENT_LENGTH"]);
        Assert.Null(vars["HTTP_CONTENT_TYPE"]);
        Assert.Equal(12, head.ContentLength);
    }

    [Fact]
    public void RepeatedHeadersAreJoinedCookiesWithSemicolons()
    {
        var (_, _, vars) = Parse("GET / HTTP/1.1\r\nAccept: a\r\nCookie: x=1\r\naccept: b\r\nCookie: y=2\r\n\r\n");
        Assert.Equal("a, b", vars["HTTP_ACCEPT"]);
        Assert.Equal("x=1; y=2", vars["HTTP_COOKIE"]);
    }

    [Fact]
    public void BareLineFeedsAndValueWhitespaceAreAccepted()
    {
        var (error, _, vars) = Parse("GET / HTTP/1.1\nHost:   h  \n\n");
        Assert.Equal(HttpHeadError.None, error);
        Assert.Equal("h", vars["HTTP_HOST"]);
    }

    [Theory]
    [InlineData("HTTP/1.1", "", true)]
    [InlineData("HTTP/1.1", "Connection: close\r\n", false)]
    [InlineData("HTTP/1.0", "", false)]
    [InlineData("HTTP/1.0", "Connection: Keep-Alive\r\n", true)]
    [InlineData("HTTP/1.1", "Connection: upgrade, close\r\n", false)]
    public void KeepAliveFollowsVersionAndConnectionHeader(string version, string header, bool keepAlive)
    {
        var (_, head, _) = Parse($"GET / {version}\r\n{header}\r\n");
        Assert.Equal(keepAlive, head.KeepAlive);
    }

    [Fact]
    public void ChunkedExpectAndHeadAreRecognised()
    {
        var (_, head, _) = Parse("PUT / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nExpect: 100-continue\r\n\r\n");
        Assert.True(head.Chunked);
        Assert.True(head.ExpectContinue);
        Assert.True(Parse("HEAD / HTTP/1.1\r\n\r\n").Head.IsHead);
    }

    [Fact]
    public void AbsoluteFormTargetGivesItsPath()
    {
        var (_, _, vars) = Parse("GET http://host:1/x/y?q HTTP/1.1\r\n\r\n");
        Assert.Equal("/x/y", vars["PATH_INFO"]);
        Assert.Equal("q", vars["QUERY_STRING"]);
    }

    [Theory]
    [InlineData("garbage\r\n\r\n", (int)HttpHeadError.BadRequest)]
    [InlineData("GET /\r\n\r\n", (int)HttpHeadError.BadRequest)]
    [InlineData("GET  / HTTP/1.1\r\n\r\n", (int)HttpHeadError.BadRequest)]
    [InlineData("G@T / HTTP/1.1\r\n\r\n", (int)HttpHeadError.BadRequest)]
    [InlineData("GET / HTTP/1.1\r\nNo-Colon\r\n\r\n", (int)HttpHeadError.BadRequest)]
    [InlineData("GET / HTTP/1.1\r\nBad Name: v\r\n\r\n", (int)HttpHeadError.BadRequest)]
    [InlineData("GET / HTTP/1.1\r\nName : v\r\n\r\n", (int)HttpHeadError.BadRequest)]
    [InlineData("GET / HTTP/1.1\r\nA: b\r\n folded\r\n\r\n", (int)HttpHeadError.BadRequest)]
    [InlineData("GET / HTTP/1.1\r\n: v\r\n\r\n", (int)HttpHeadError.BadRequest)]
    [InlineData("GET / HTTP/1.1\r\nA: b\u0001c\r\n\r\n", (int)HttpHeadError.BadRequest)]
    [InlineData("POST / HTTP/1.1\r\nContent-Length: abc\r\n\r\n", (int)HttpHeadError.BadRequest)]
    [InlineData("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n", (int)HttpHeadError.BadRequest)]
    [InlineData("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n", (int)HttpHeadError.BadRequest)]
    [InlineData("POST / HTTP/1.1\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n", (int)HttpHeadError.BadRequest)]
    [InlineData("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n", (int)HttpHeadError.NotImplemented)]
    [InlineData("GET / HTTP/1.1\r\nExpect: something\r\n\r\n", (int)HttpHeadError.BadRequest)]
    [InlineData("GET / HTTP/2.0\r\n\r\n", (int)HttpHeadError.VersionNotSupported)]
    [InlineData("GET / HTTPS/1.1\r\n\r\n", (int)HttpHeadError.BadRequest)]
    public void MalformedHeadsAreRejected(string text, int status) => Assert.Equal((HttpHeadError)status, Parse(text).Error);

    [Fact]
    public void TooManyHeadersAreRejectedAsTooLarge()
    {
        var text = new StringBuilder("GET / HTTP/1.1\r\n");
        for (int i = 0; i < 40; i++)
            text.Append($"H{i}: v\r\n");
        Assert.Equal(HttpHeadError.HeaderTooLarge, Parse(text.Append("\r\n").ToString(), maxPairs: 32).Error);
    }

    [Theory]
    [InlineData("GET / HTTP/1.1\r\nHost: x\r\n", -1)]
    [InlineData("GET / HTTP/1.1\r\n\r", -1)]
    [InlineData("GET / HTTP/1.1\r\n\r\nBODY", 18)]
    [InlineData("GET / HTTP/1.1\n\nBODY", 16)]
    public void HeadEndIsFoundOnlyWhenComplete(string text, int expected) =>
        Assert.Equal(expected, HttpHeadParser.FindHeadEnd(Encoding.ASCII.GetBytes(text)));
}
