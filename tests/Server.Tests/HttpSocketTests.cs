using System.Text;
using IronUwsgi.Runtime.Gateway;
using IronUwsgi.Server.Tests.Support;

namespace IronUwsgi.Server.Tests;

public class HttpSocketTests
{
    private static void Chunks(IGatewayRequest request, IResponseWriter response)
    {
        response.Start("200 OK", [new("Content-Type", "text/plain")]);
        response.Write("hello "u8);
        response.Write("world"u8);
    }

    [Fact]
    public void KeepAliveCarriesSeveralRequests()
    {
        var server = TestServer.Start(Handlers.Echo);
        using var _ = new Disposer(server);
        using var http = new HttpExchange(server.Http);
        http.Send("GET /one HTTP/1.1\r\nHost: x\r\n\r\n");
        var (head1, body1) = http.ReadResponse();
        http.Send("GET /two HTTP/1.1\r\nHost: x\r\n\r\n");
        var (head2, body2) = http.ReadResponse();
        Assert.StartsWith("HTTP/1.1 200 OK\r\n", head1);
        Assert.DoesNotContain("Connection:", head1);
        Assert.Contains("PATH_INFO=/one\n", body1);
        Assert.Contains("PATH_INFO=/two\n", body2);
        Assert.NotNull(server.Log.WaitFor("req: 2/2"));
    }

    [Fact]
    public void PipelinedRequestsAreAnsweredInOrder()
    {
        var server = TestServer.Start(Handlers.Echo);
        using var _ = new Disposer(server);
        using var http = new HttpExchange(server.Http);
        http.Send("GET /a HTTP/1.1\r\nHost: x\r\n\r\nPOST /b HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nxyzGET /c HTTP/1.1\r\nConnection: close\r\n\r\n");
        Assert.Contains("PATH_INFO=/a\n", http.ReadResponse().Body);
        var b = http.ReadResponse().Body;
        Assert.Contains("PATH_INFO=/b\n", b);
        Assert.EndsWith("BODY=xyz", b);
        var (headC, bodyC) = http.ReadResponse();
        Assert.Contains("Connection: close\r\n", headC);
        Assert.Contains("PATH_INFO=/c\n", bodyC);
        Assert.True(http.IsClosedByServer());
    }

    [Fact]
    public void ChunkedRequestBodyIsDecoded()
    {
        var server = TestServer.Start(Handlers.Echo);
        using var _ = new Disposer(server);
        using var http = new HttpExchange(server.Http);
        http.Send("POST /up HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5;ext=1\r\nhello\r\n6\r\n world\r\n0\r\nTrailer: t\r\n\r\n");
        Assert.EndsWith("BODY=hello world", http.ReadResponse().Body);
        http.Send("GET /after HTTP/1.1\r\nHost: x\r\n\r\n");
        Assert.Contains("PATH_INFO=/after\n", http.ReadResponse().Body);
    }

    [Fact]
    public void MalformedChunkedBodyFailsTheRequestNotTheServer()
    {
        var server = TestServer.Start(Handlers.Echo);
        using var _ = new Disposer(server);
        using var http = new HttpExchange(server.Http);
        http.Send("POST /up HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n");
        var (head, _) = http.ReadResponse();
        Assert.StartsWith("HTTP/1.1 500 Internal Server Error\r\n", head);
        Assert.NotNull(server.Log.WaitFor("malformed chunk size line in the request body"));
        using var again = new HttpExchange(server.Http);
        again.Send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        Assert.StartsWith("HTTP/1.1 200 OK", again.ReadResponse().Head);
    }

    [Fact]
    public void ResponseWithoutLengthIsChunkedForHttp11()
    {
        var server = TestServer.Start(Chunks);
        using var _ = new Disposer(server);
        using var http = new HttpExchange(server.Http);
        http.Send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        var (head, body) = http.ReadResponse();
        Assert.Contains("Transfer-Encoding: chunked\r\n", head);
        Assert.Equal("hello world", body);
        var line = server.Log.WaitFor("=> generated");
        Assert.Contains("generated 11 bytes", line);
        Assert.Contains("2 headers in", line);
        Assert.Contains("(2 switches on core 0)", line);
    }

    [Fact]
    public void ResponseWithoutLengthClosesForHttp10()
    {
        var server = TestServer.Start(Chunks);
        using var _ = new Disposer(server);
        var response = RawClient.ExchangeText(server.Http, "GET / HTTP/1.0\r\n\r\n");
        Assert.StartsWith("HTTP/1.0 200 OK\r\n", response);
        Assert.DoesNotContain("chunked", response);
        Assert.EndsWith("\r\n\r\nhello world", response);
    }

    [Fact]
    public void Http10KeepAliveIsHonouredWithContentLength()
    {
        var server = TestServer.Start(Handlers.Echo);
        using var _ = new Disposer(server);
        using var http = new HttpExchange(server.Http);
        http.Send("GET /k HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
        var (head, _) = http.ReadResponse();
        Assert.StartsWith("HTTP/1.0 200 OK\r\n", head);
        Assert.Contains("Connection: keep-alive\r\n", head);
        http.Send("GET /k2 HTTP/1.0\r\n\r\n");
        Assert.Contains("PATH_INFO=/k2\n", http.ReadResponse().Body);
        Assert.True(http.IsClosedByServer());
    }

    [Fact]
    public void HeadResponseHasNoBody()
    {
        var server = TestServer.Start((_, response) => Handlers.Text(response, "twelve bytes"));
        using var _ = new Disposer(server);
        using var http = new HttpExchange(server.Http);
        http.Send("HEAD / HTTP/1.1\r\nHost: x\r\n\r\n");
        var (head, _) = http.ReadResponse(noBody: true);
        Assert.Contains("Content-Length: 12\r\n", head);
        http.Send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        Assert.Equal("twelve bytes", http.ReadResponse().Body);
    }

    [Fact]
    public void ExpectContinueGetsInterimResponseWhenTheBodyIsRead()
    {
        var server = TestServer.Start(Handlers.Echo);
        using var _ = new Disposer(server);
        using var http = new HttpExchange(server.Http);
        http.Send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n");
        var (interim, _) = http.ReadResponse(noBody: true);
        Assert.Equal("HTTP/1.1 100 Continue\r\n\r\n", interim);
        http.Send("data");
        Assert.EndsWith("BODY=data", http.ReadResponse().Body);
    }

    [Theory]
    [InlineData("garbage\r\n\r\n", "HTTP/1.1 400 Bad Request")]
    [InlineData("GET / HTTP/3.0\r\n\r\n", "HTTP/1.1 505 HTTP Version Not Supported")]
    [InlineData("POST / HTTP/1.1\r\nTransfer-Encoding: gzip\r\n\r\n", "HTTP/1.1 501 Not Implemented")]
    public void MalformedRequestsGetAnErrorAndClose(string request, string statusLine)
    {
        var server = TestServer.Start(Handlers.Echo);
        using var _ = new Disposer(server);
        var response = RawClient.ExchangeText(server.Http, request);
        Assert.StartsWith(statusLine + "\r\n", response);
        Assert.Contains("Connection: close\r\n", response);
        Assert.StartsWith("HTTP/1.1 200 OK", RawClient.ExchangeText(server.Http, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n"));
    }

    [Fact]
    public void HeadLargerThanBufferSizeGets431()
    {
        var server = TestServer.Start(Handlers.Echo, s => s with { BufferSize = 1024 });
        using var _ = new Disposer(server);
        var response = RawClient.ExchangeText(server.Http, $"GET / HTTP/1.1\r\nX-Big: {new string('a', 2000)}\r\n\r\n");
        Assert.StartsWith("HTTP/1.1 431 Request Header Fields Too Large\r\n", response);
    }

    [Fact]
    public void HandlerExceptionGives500AndIsLogged()
    {
        var server = TestServer.Start((request, _) => throw new InvalidOperationException("app exploded at " + request.Variables["PATH_INFO"]));
        using var _ = new Disposer(server);
        var response = RawClient.ExchangeText(server.Http, "GET /boom HTTP/1.1\r\nHost: x\r\n\r\n", halfClose: true);
        Assert.StartsWith("HTTP/1.1 500 Internal Server Error\r\n", response);
        Assert.EndsWith("Internal Server Error", response);
        Assert.NotNull(server.Log.WaitFor("System.InvalidOperationException: app exploded at /boom"));
        Assert.NotNull(server.Log.WaitFor("(HTTP/1.1 500)"));
    }

    [Fact]
    public void ExceptionAfterHeadersClosesTheConnection()
    {
        var server = TestServer.Start((_, response) =>
        {
            response.Start("200 OK", [new("Content-Length", "100")]);
            response.Write("partial"u8);
            throw new InvalidOperationException("midway");
        }, s => s with { SocketTimeout = TimeSpan.FromSeconds(120) });
        using var _ = new Disposer(server);
        var response = RawClient.ExchangeText(server.Http, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        Assert.StartsWith("HTTP/1.1 200 OK\r\n", response);
        Assert.EndsWith("partial", response);
        Assert.NotNull(server.Log.WaitFor("midway"));
    }

    [Fact]
    public void BodyShorterThanItsContentLengthClosesTheConnection()
    {
        var server = TestServer.Start((_, response) =>
        {
            response.Start("200 OK", [new("Content-Length", "10")]);
            response.Write("abc"u8);
        }, s => s with { SocketTimeout = TimeSpan.FromSeconds(120) });
        using var _ = new Disposer(server);
        var response = RawClient.ExchangeText(server.Http, "GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        Assert.StartsWith("HTTP/1.1 200 OK\r\n", response);
        Assert.EndsWith("\r\n\r\nabc", response);
    }

    [Fact]
    public void StartBeforeHeadersAreSentCanReplaceStatus()
    {
        var server = TestServer.Start((_, response) =>
        {
            response.Start("200 OK", [new("X-First", "1")]);
            response.Start("503 Service Unavailable", [new("Content-Length", "0")]);
            response.Write([]);
            Assert.True(response.HeadersSent);
            Assert.Throws<InvalidOperationException>(() => response.Start("200 OK", []));
        });
        using var _ = new Disposer(server);
        var response = RawClient.ExchangeText(server.Http, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n");
        Assert.StartsWith("HTTP/1.1 503 Service Unavailable\r\n", response);
        Assert.DoesNotContain("X-First", response);
    }

    [Fact]
    public void HandlerThatNeverStartsGets500()
    {
        var server = TestServer.Start((_, _) => { });
        using var _ = new Disposer(server);
        Assert.StartsWith("HTTP/1.1 500 ", RawClient.ExchangeText(server.Http, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n"));
        Assert.NotNull(server.Log.WaitFor("the handler returned without setting a status"));
    }

    [Fact]
    public void HeaderInjectionIsRefused()
    {
        var server = TestServer.Start((_, response) => response.Start("200 OK", [new("X-Evil", "a\r\nSet-Cookie: x")]));
        using var _ = new Disposer(server);
        var response = RawClient.ExchangeText(server.Http, "GET / HTTP/1.1\r\nConnection: close\r\n\r\n");
        Assert.StartsWith("HTTP/1.1 500 ", response);
        Assert.DoesNotContain("Set-Cookie", response);
    }

    [Fact]
    public void UnreadBodyIsDrainedSoKeepAliveContinues()
    {
        var server = TestServer.Start((_, response) => Handlers.Text(response, "ignored body"));
        using var _ = new Disposer(server);
        using var http = new HttpExchange(server.Http);
        http.Send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nabcde");
        Assert.Equal("ignored body", http.ReadResponse().Body);
        http.Send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
        Assert.Equal("ignored body", http.ReadResponse().Body);
    }
}
