using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Modules;

public class UrllibParseTests
{
    private static string Run(string source) => PythonRunner.Run("from urllib.parse import *\n" + source);

    [Fact]
    public void UrlsplitGivesComponentsAndNetlocAttributes()
    {
        Assert.Equal(
            "SplitResult(scheme='https', netloc='u:pw@Example.COM:8443', path='/a', query='x=1', fragment='f') example.com 8443 u pw\n",
            Run("u = urlsplit('https://u:pw@Example.COM:8443/a?x=1#f')\nprint(u, u.hostname, u.port, u.username, u.password)"));
    }

    [Fact]
    public void PortThatIsNotANumberRaisesValueError()
    {
        Assert.Equal(
            "Port could not be cast to integer value as 'x'\n",
            Run("try:\n    urlsplit('http://h:x/').port\nexcept ValueError as e:\n    print(e)"));
    }

    [Fact]
    public void UrljoinResolvesRelativeReferencesAsRfc3986()
    {
        Assert.Equal(
            "http://a/b/c/g http://a/g http://a/b/c/d;p?y http://g\n",
            Run("b = 'http://a/b/c/d;p?q'\nprint(urljoin(b, './g'), urljoin(b, '../../g'), urljoin(b, '?y'), urljoin(b, '//g'))"));
    }

    [Fact]
    public void QuoteKeepsSafeCharactersAndEncodesUtf8()
    {
        Assert.Equal("a%20b/c h%C3%A9llo a+b%26c\n", Run("print(quote('a b/c'), quote('héllo'), quote_plus('a b&c'))"));
    }

    [Fact]
    public void UnquoteDecodesUtf8AndLeavesBadEscapes()
    {
        Assert.Equal("héllo 100% %zz a b\n", Run("print(unquote('h%C3%A9llo'), unquote('100%'), unquote('%zz'), unquote_plus('a+b'))"));
    }

    [Fact]
    public void UrlencodeExpandsSequencesWithDoseq()
    {
        Assert.Equal("tags=x&tags=y tags=%5B%27x%27%5D\n", Run("print(urlencode({'tags': ['x', 'y']}, doseq=True), urlencode({'tags': ['x']}))"));
    }

    [Fact]
    public void ParseQsKeepsBlankValuesOnlyWhenAsked()
    {
        Assert.Equal(
            "{'a': ['1', '3']} [('a', '1'), ('e', ''), ('a', '3')]\n",
            Run("print(parse_qs('a=1&e=&a=3'), parse_qsl('a=1&e=&a=3', keep_blank_values=True))"));
    }

    [Fact]
    public void MaxNumFieldsLimitsParsing()
    {
        Assert.Equal("Max number of fields exceeded\n", Run("try:\n    parse_qsl('a=1&b=2', max_num_fields=1)\nexcept ValueError as e:\n    print(e)"));
    }
}
