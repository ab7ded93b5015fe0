using IronUwsgi.Runtime.Gateway;

namespace IronUwsgi.Runtime.Tests.Wsgi;

public class ResultTests
{
    private const string ClosingApp = """
        closed = []
        class Body:
            def __init__(self, fail):
                self.fail = fail
            def __iter__(self):
                yield b"one"
                if self.fail:
                    raise RuntimeError("broken body")
                yield b"two"
            def close(self):
                closed.append(1)
        def application(environ, start_response):
            if environ["PATH_INFO"] == "/count":
                start_response("200 OK", [])
                return [str(len(closed)).encode()]
            start_response("200 OK", [])
            return Body(environ["PATH_INFO"] == "/fail")
        """;

    [Fact]
    public void GeneratorResultIsStreamedChunkByChunk()
    {
        using var app = new WsgiApp("""
            def application(environ, start_response):
                start_response("200 OK", [("Content-Type", "text/plain")])
                for i in range(3):
                    yield ("chunk%d;" % i).encode()
            """);
        var response = app.Serve();
        Assert.Equal("chunk0;chunk1;chunk2;", response.BodyText);
        Assert.Equal([7, 7, 7], response.ChunkSizes);
    }

    [Fact]
    public void StrChunksAreEncodedAsUtf8()
    {
        using var app = new WsgiApp("""
            def application(environ, start_response):
                start_response("200 OK", [])
                yield "héllo "
                yield b"bytes"
            """);
        Assert.Equal("héllo bytes", app.Serve().BodyText);
    }

    [Fact]
    public void NonBytesChunkIsAnAppError()
    {
        using var app = new WsgiApp("""
            def application(environ, start_response):
                start_response("200 OK", [])
                return [42]
            """);
        Assert.Equal("500 Internal Server Error", app.Serve().Status);
        Assert.Contains("TypeError: response body chunks must be bytes, not int", app.Log.Text);
    }

    [Fact]
    public void CloseIsCalledAfterANormalResponse()
    {
        using var app = new WsgiApp(ClosingApp);
        Assert.Equal("onetwo", app.Serve().BodyText);
        Assert.Equal("1", app.Serve(FakeRequest.Get("/count")).BodyText);
    }

    [Fact]
    public void CloseIsCalledWhenIterationRaises()
    {
        using var app = new WsgiApp(ClosingApp);
        var response = new FakeResponse();
        Assert.Throws<ResponseAbortedException>(() => app.Serve(FakeRequest.Get("/fail"), response));
        Assert.Equal("one", response.BodyText);
        Assert.Contains("RuntimeError: broken body", app.Log.Text);
        Assert.Equal("1", app.Serve(FakeRequest.Get("/count")).BodyText);
    }

    [Fact]
    public void CloseIsCalledWhenTheClientDisconnects()
    {
        using var app = new WsgiApp(ClosingApp);
        Assert.Throws<ClientDisconnectedException>(() => app.Serve(response: new FakeResponse { DisconnectAfter = 1 }));
        Assert.Equal("1", app.Serve(FakeRequest.Get("/count")).BodyText);
    }

    [Fact]
    public void AppExceptionIsLoggedWithItsTracebackAndAnswered500ThenTheNextRequestWorks()
    {
        using var app = new WsgiApp("""
            def helper(path):
                if path == "/boom":
                    return 1 / 0
                return b"fine"

            def application(environ, start_response):
                body = helper(environ["PATH_INFO"])
                start_response("200 OK", [])
                return [body]
            """);
        var failed = app.Serve(FakeRequest.Get("/boom"));
        Assert.Equal("500 Internal Server Error", failed.Status);
        Assert.Equal("Internal Server Error", failed.BodyText);
        var lines = app.Log.Lines.ToList();
        int start = lines.IndexOf("Traceback (most recent call last):");
        Assert.True(start >= 0, app.Log.Text);
        Assert.Matches("^  File \".*app.py\", line 7, in application$", lines[start + 1]);
        Assert.Equal("    body = helper(environ[\"PATH_INFO\"])", lines[start + 2]);
        Assert.Matches("^  File \".*app.py\", line 3, in helper$", lines[start + 3]);
        Assert.Equal("    return 1 / 0", lines[start + 4]);
        Assert.Equal("ZeroDivisionError: division by zero", lines[start + 5]);
        var next = app.Serve(FakeRequest.Get("/ok"));
        Assert.Equal("200 OK", next.Status);
        Assert.Equal("fine", next.BodyText);
    }

    [Fact]
    public void BytesResultIsSentAsOneChunk()
    {
        using var app = new WsgiApp("""
            def application(environ, start_response):
                start_response("200 OK", [])
                return b"whole"
            """);
        var response = app.Serve();
        Assert.Equal("whole", response.BodyText);
        Assert.Equal([5], response.ChunkSizes);
    }

    [Fact]
    public void ReturningWithoutStartResponseIsAnError()
    {
        using var app = new WsgiApp("""
            def application(environ, start_response):
                return []
            """);
        Assert.Equal("500 Internal Server Error", app.Serve().Status);
        Assert.Contains("RuntimeError: the application returned without calling start_response()", app.Log.Text);
    }

    [Fact]
    public void RequestIsMarkedAsServedByAppZero()
    {
        using var app = new WsgiApp("""
            def application(environ, start_response):
                start_response("200 OK", [])
                return [b""]
            """);
        var request = FakeRequest.Get();
        app.Serve(request);
        Assert.Equal(0, request.AppId);
    }
}
