using IronUwsgi.Runtime.Gateway;
using IronUwsgi.Server.Protocol.Uwsgi;
using IronUwsgi.Server.Tests.Support;

namespace IronUwsgi.Server.Tests;

public class UwsgiVarsParserTests
{
    private static (string? Error, CgiVariables Vars) Parse(byte[] block, int maxPairs = 128, int offset = 0)
    {
        var buffer = new byte[offset + block.Length];
        block.CopyTo(buffer, offset);
        var vars = new CgiVariables();
        return (UwsgiVarsParser.Parse(buffer, offset, block.Length, maxPairs, vars), vars);
    }

    [Fact]
    public void ParsesPairsInPlaceAtAnyOffset()
    {
        var (error, vars) = Parse(RawClient.Vars([("REQUEST_METHOD", "GET"), ("PATH_INFO", "/a b"), ("EMPTY", "")]), offset: 7);
        Assert.Null(error);
        Assert.Equal(3, vars.Count);
        Assert.Equal("GET", vars["REQUEST_METHOD"]);
        Assert.Equal("/a b", vars["PATH_INFO"]);
        Assert.Equal("", vars["EMPTY"]);
        Assert.Null(vars["MISSING"]);
        Assert.Equal("PATH_INFO", vars.KeyStringAt(1));
    }

    [Fact]
    public void LaterDuplicateKeyWins()
    {
        var (_, vars) = Parse(RawClient.Vars([("A", "1"), ("A", "2")]));
        Assert.Equal("2", vars["A"]);
    }

    [Fact]
    public void ValuesDecodeAsLatin1()
    {
        var (_, vars) = Parse(RawClient.Vars([("K", "caf\u00e9")]));
        Assert.Equal("caf\u00e9", vars["K"]);
    }

    [Fact]
    public void EmptyKeyIsRejected()
    {
        var (error, _) = Parse(RawClient.Vars([("", "x")]));
        Assert.Equal("uwsgi key cannot be null. skip this var.", error);
    }

    [Fact]
    public void KeyLengthPastTheEndIsRejected()
    {
        var (error, _) = Parse([10, 0, (byte)'A', (byte)'B']);
        Assert.Equal("invalid uwsgi request (current strsize: 10). skip.", error);
    }

    [Fact]
    public void ValueLengthPastTheEndIsRejected()
    {
        var (error, _) = Parse([1, 0, (byte)'A', 200, 1, (byte)'x']);
        Assert.Equal("invalid uwsgi request (current strsize: 456). skip.", error);
    }

    [Fact]
    public void MissingValueLengthIsRejected()
    {
        var (error, _) = Parse([1, 0, (byte)'A', 5]);
        Assert.Equal("invalid uwsgi request (current strsize: 1). skip.", error);
    }

    [Fact]
    public void TooManyPairsAreRejected()
    {
        var (error, _) = Parse(RawClient.Vars([("A", "1"), ("B", "2"), ("C", "3")]), maxPairs: 2);
        Assert.Equal("max vec size reached. skip this var.", error);
    }

    [Fact]
    public void HeaderReadsLittleEndianSize()
    {
        var header = UwsgiHeader.Read([0, 0x34, 0x12, 7]);
        Assert.Equal(new UwsgiHeader(0, 0x1234, 7), header);
        var bytes = new byte[4];
        new UwsgiHeader(100, 0, 1).Write(bytes);
        Assert.Equal([100, 0, 0, 1], bytes);
    }

    [Fact]
    public void HttpRequestLineReadAsHeaderGivesUwsgisClassicSize()
    {
        Assert.Equal(21573, UwsgiHeader.Read("GET "u8).DataSize);
    }

    [Fact]
    public void UrlSchemeFollowsUwsgiSchemeThenHttps()
    {
        Assert.Equal("http", Parse(RawClient.Vars([("A", "1")])).Vars.UrlScheme);
        Assert.Equal("https", Parse(RawClient.Vars([("HTTPS", "on")])).Vars.UrlScheme);
        Assert.Equal("https", Parse(RawClient.Vars([("HTTPS", "1")])).Vars.UrlScheme);
        Assert.Equal("http", Parse(RawClient.Vars([("HTTPS", "off")])).Vars.UrlScheme);
        Assert.Equal("ws", Parse(RawClient.Vars([("HTTPS", "on"), ("UWSGI_SCHEME", "ws")])).Vars.UrlScheme);
    }
}
