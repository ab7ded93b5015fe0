using System.Text;

namespace IronUwsgi.Runtime.Tests.Wsgi;

public class InputTests
{
    private static string Run(string expression, string body, int perRead = 7)
    {
        using var app = new WsgiApp($$"""
            def application(environ, start_response):
                stream = environ["wsgi.input"]
                start_response("200 OK", [])
                return [repr({{expression}}).encode()]
            """);
        var request = new FakeRequest(new TrickleStream(Encoding.ASCII.GetBytes(body), perRead), ("REQUEST_METHOD", "POST"), ("CONTENT_LENGTH", body.Length.ToString()));
        return app.Serve(request).BodyText;
    }

    [Fact]
    public void ReadWithSizeFillsUpToSizeAcrossSocketReads() =>
        Assert.Equal("(b'abcdefghijkl', b'mnop', b'')", Run("(stream.read(12), stream.read(100), stream.read(5))", "abcdefghijklmnop"));

    [Fact]
    public void ReadWithoutSizeReturnsTheRest() =>
        Assert.Equal("(b'ab', b'cdefghijklmnop')", Run("(stream.read(2), stream.read())", "abcdefghijklmnop"));

    [Fact]
    public void ReadNoneOrNegativeReturnsTheRest() =>
        Assert.Equal("(b'abc', b'', b'')", Run("(stream.read(None), stream.read(-1), stream.read())", "abc"));

    [Fact]
    public void ReadlineStopsAfterNewlineOrSize() =>
        Assert.Equal("(b'one\\n', b'tw', b'o\\n', b'three')", Run("(stream.readline(), stream.readline(2), stream.readline(), stream.readline())", "one\ntwo\nthree"));

    [Fact]
    public void ReadlinesAndIterationYieldLines()
    {
        Assert.Equal("[b'a\\n', b'bb\\n', b'c']", Run("stream.readlines()", "a\nbb\nc"));
        Assert.Equal("[b'a\\n', b'bb\\n', b'c']", Run("[line for line in stream]", "a\nbb\nc"));
        Assert.Equal("[b'a\\n', b'bb\\n']", Run("stream.readlines(3)", "a\nbb\nc"));
    }

    [Fact]
    public void BodyIsReadFromTheStreamOnlyAsTheAppAsks()
    {
        var data = new byte[1 << 20];
        var stream = new TrickleStream(data, 64 * 1024);
        using var app = new WsgiApp("""
            def application(environ, start_response):
                first = environ["wsgi.input"].read(10)
                start_response("200 OK", [])
                return [str(len(first)).encode()]
            """);
        var response = app.Serve(new FakeRequest(stream, ("REQUEST_METHOD", "POST"), ("CONTENT_LENGTH", data.Length.ToString())));
        Assert.Equal("10", response.BodyText);
        Assert.True(stream.Consumed < data.Length, $"consumed {stream.Consumed} of {data.Length} bytes");
    }

    [Fact]
    public void LargeBodyStreamsThroughInChunks()
    {
        var data = new byte[5 << 20];
        new Random(7).NextBytes(data);
        using var app = new WsgiApp("""
            def application(environ, start_response):
                stream = environ["wsgi.input"]
                start_response("200 OK", [])
                while True:
                    chunk = stream.read(65536)
                    if not chunk:
                        break
                    yield chunk
            """);
        var response = app.Serve(new FakeRequest(new TrickleStream(data, 50_000), ("REQUEST_METHOD", "POST"), ("CONTENT_LENGTH", data.Length.ToString())));
        Assert.Equal(data, response.Body);
    }
}
