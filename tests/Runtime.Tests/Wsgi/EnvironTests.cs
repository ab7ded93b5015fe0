using System.Text;

namespace IronUwsgi.Runtime.Tests.Wsgi;

public class EnvironTests
{
    private const string EchoKeys = """
        def application(environ, start_response):
            start_response("200 OK", [("Content-Type", "text/plain")])
            keys = environ["QUERY_STRING"].split(",")
            return ["|".join(k + "=" + repr(environ.get(k)) for k in keys).encode("utf-8")]
        """;

    private static string Echo(string keys, int threads = 1, int processes = 1, params (string, string)[] extra)
    {
        using var app = new WsgiApp(EchoKeys, threads, processes);
        return app.Serve(FakeRequest.Get("/", [("QUERY_STRING", keys), .. extra])).BodyText;
    }

    [Fact]
    public void CgiVariablesArriveAsNativeStrDecodedAsLatin1()
    {
        var body = Echo("PATH_INFO,HTTP_X_NAME,REQUEST_METHOD", extra: [("HTTP_X_NAME", "caf\u00e9")]);
        Assert.Equal("PATH_INFO='/'|HTTP_X_NAME='café'|REQUEST_METHOD='GET'", body);
    }

    [Fact]
    public void WsgiKeysHavePep3333Values()
    {
        var body = Echo("wsgi.version,wsgi.run_once,wsgi.multithread,wsgi.multiprocess,wsgi.url_scheme,SCRIPT_NAME");
        Assert.Equal("wsgi.version=(1, 0)|wsgi.run_once=False|wsgi.multithread=False|wsgi.multiprocess=False|wsgi.url_scheme='http'|SCRIPT_NAME=''", body);
    }

    [Fact]
    public void MultithreadAndMultiprocessFollowTheWorkerShape()
    {
        Assert.Equal("wsgi.multithread=True|wsgi.multiprocess=True", Echo("wsgi.multithread,wsgi.multiprocess", threads: 4, processes: 2));
    }

    [Theory]
    [InlineData("HTTPS", "on", "https")]
    [InlineData("HTTPS", "1", "https")]
    [InlineData("HTTPS", "off", "http")]
    [InlineData("UWSGI_SCHEME", "https", "https")]
    public void UrlSchemeFollowsUwsgiRules(string key, string value, string scheme)
    {
        Assert.Equal($"wsgi.url_scheme='{scheme}'", Echo("wsgi.url_scheme", extra: [(key, value)]));
    }

    [Fact]
    public void UwsgiVersionAndNodeAreBytes()
    {
        Assert.Equal("uwsgi.version=b'2.0.30'|uwsgi.node=b'testnode'", Echo("uwsgi.version,uwsgi.node"));
    }

    [Fact]
    public void LaterDuplicateVariableWins()
    {
        Assert.Equal("HTTP_X='second'", Echo("HTTP_X", extra: [("HTTP_X", "first"), ("HTTP_X", "second")]));
    }

    [Fact]
    public void WsgiErrorsWritesWholeLinesToTheLog()
    {
        using var app = new WsgiApp("""
            def application(environ, start_response):
                errors = environ["wsgi.errors"]
                errors.write("first line\nsecond ")
                errors.writelines(["part\n", "tail"])
                errors.flush()
                start_response("200 OK", [])
                return [b""]
            """);
        app.Serve();
        Assert.Equal(["first line", "second part", "tail"], app.Log.Lines.Where(l => !l.StartsWith("WSGI app", StringComparison.Ordinal)));
    }

    [Fact]
    public void FileWrapperReadsTheFileInBlocksAndClosesIt()
    {
        using var app = new WsgiApp("""
            class Source:
                def __init__(self):
                    self.data = b"abcdefghij"
                    self.closed = False
                def read(self, n):
                    chunk, self.data = self.data[:n], self.data[n:]
                    return chunk
                def close(self):
                    self.closed = True
            last = []
            def application(environ, start_response):
                if environ["PATH_INFO"] == "/closed":
                    start_response("200 OK", [])
                    return [repr(last[0].closed).encode()]
                source = Source()
                last[:] = [source]
                start_response("200 OK", [])
                return environ["wsgi.file_wrapper"](source, 4)
            """);
        var first = app.Serve();
        Assert.Equal("abcdefghij", first.BodyText);
        Assert.Equal([4, 4, 2], first.ChunkSizes);
        Assert.Equal("True", app.Serve(FakeRequest.Get("/closed")).BodyText);
    }

    [Fact]
    public void LatinOneBytesBeyondAsciiRoundTripThroughEncode()
    {
        using var app = new WsgiApp("""
            def application(environ, start_response):
                start_response("200 OK", [])
                return [environ["PATH_INFO"].encode("latin-1")]
            """);
        var body = app.Serve(FakeRequest.Get("/\u00ff\u00e9")).Body;
        Assert.Equal(Encoding.Latin1.GetBytes("/\u00ff\u00e9"), body);
    }
}
