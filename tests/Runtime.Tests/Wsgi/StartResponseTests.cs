namespace IronUwsgi.Runtime.Tests.Wsgi;

public class StartResponseTests
{
    private static (FakeResponse Response, RecordingLog Log) Run(string body)
    {
        using var app = new WsgiApp("def application(environ, start_response):\n" + string.Join("\n", body.Split('\n').Select(l => "    " + l)));
        return (app.Serve(), app.Log);
    }

    [Fact]
    public void StatusAndHeadersReachTheServer()
    {
        var (response, _) = Run("""
            start_response("201 Created", [("Content-Type", "text/plain"), ("X-Thing", "a b")])
            return [b"ok"]
            """);
        Assert.Equal("201 Created", response.Status);
        Assert.Equal([new("Content-Type", "text/plain"), new("X-Thing", "a b")], response.Headers);
        Assert.Equal("ok", response.BodyText);
    }

    [Fact]
    public void SecondCallWithoutExcInfoIsAnError()
    {
        var (response, log) = Run("""
            start_response("200 OK", [])
            start_response("404 Not Found", [])
            return [b"never"]
            """);
        Assert.Equal("500 Internal Server Error", response.Status);
        Assert.Contains("AssertionError: start_response() called again without exc_info", log.Text);
    }

    [Fact]
    public void ExcInfoBeforeHeadersAreSentReplacesTheResponse()
    {
        var (response, _) = Run("""
            import sys
            start_response("200 OK", [("Content-Type", "text/html")])
            try:
                1 / 0
            except ZeroDivisionError:
                start_response("503 Service Unavailable", [("Content-Type", "text/plain")], sys.exc_info())
            return [b"sorry"]
            """);
        Assert.Equal("503 Service Unavailable", response.Status);
        Assert.Equal([new("Content-Type", "text/plain")], response.Headers);
        Assert.Equal("sorry", response.BodyText);
    }

    [Fact]
    public void ExcInfoAfterHeadersAreSentReraisesTheException()
    {
        using var app = new WsgiApp("""
            import sys
            def application(environ, start_response):
                write = start_response("200 OK", [])
                write(b"partial")
                try:
                    raise KeyError("boom")
                except KeyError:
                    start_response("500 Oops", [], sys.exc_info())
                return [b"never"]
            """);
        var response = new FakeResponse();
        var aborted = Assert.Throws<Gateway.ResponseAbortedException>(() => app.Serve(response: response));
        Assert.Contains("KeyError: 'boom'", aborted.Message);
        Assert.Equal("partial", response.BodyText);
        Assert.Equal("200 OK", response.Status);
        Assert.Contains("KeyError: 'boom'", app.Log.Text);
    }

    [Fact]
    public void WriteCallableSendsHeadersAndDataImmediately()
    {
        var (response, _) = Run("""
            write = start_response("200 OK", [("Content-Type", "text/plain")])
            write(b"one ")
            write(b"two ")
            return [b"three"]
            """);
        Assert.Equal("one two three", response.BodyText);
        Assert.Equal([4, 4, 5], response.ChunkSizes);
    }

    [Fact]
    public void BodyBeforeStartResponseIsAnError()
    {
        var (response, log) = Run("""
            return [b"x"]
            """);
        Assert.Equal("500 Internal Server Error", response.Status);
        Assert.Contains("AssertionError: the application yielded a body chunk before calling start_response()", log.Text);
    }

    [Theory]
    [InlineData("start_response(200, [])", "TypeError: status must be a str, not int")]
    [InlineData("start_response(\"OK\", [])", "ValueError: invalid status 'OK'")]
    [InlineData("start_response(\"200 OK\", ((\"A\", \"b\"),))", "TypeError: headers must be a list, not tuple")]
    [InlineData("start_response(\"200 OK\", [(\"A\", 1)])", "TypeError: header values must be str, not int")]
    [InlineData("start_response(\"200 OK\", [(b\"A\", \"b\")])", "TypeError: header names must be str, not bytes")]
    [InlineData("start_response(\"200 OK\", [(\"Connection\", \"close\")])", "ValueError: hop-by-hop header 'Connection' is not allowed")]
    [InlineData("start_response(\"200 OK\", [(\"Transfer-Encoding\", \"chunked\")])", "ValueError: hop-by-hop header 'Transfer-Encoding'")]
    [InlineData("start_response(\"200 OK\", [(\"X-A\", \"b\\r\\nX-Injected: 1\")])", "ValueError: control characters are not allowed in the value of header 'X-A'")]
    [InlineData("start_response(\"200 OK\", [(\"X-A\", \"\u20ac\")])", "ValueError: header 'X-A' has characters outside latin-1")]
    public void InvalidStatusOrHeadersAreRejected(string call, string error)
    {
        var (response, log) = Run(call + "\nreturn [b\"x\"]");
        Assert.Equal("500 Internal Server Error", response.Status);
        Assert.Contains(error, log.Text);
    }

    [Fact]
    public void HeadersWaitForTheFirstNonEmptyChunk()
    {
        var (response, log) = Run("""
            start_response("200 OK", [])
            def body():
                yield b""
                yield b""
                raise ValueError("late")
            return body()
            """);
        Assert.Equal("500 Internal Server Error", response.Status);
        Assert.Contains("ValueError: late", log.Text);
    }
}
