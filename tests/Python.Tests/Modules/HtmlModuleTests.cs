using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Modules;

public class HtmlModuleTests
{
    [Fact]
    public void EscapeQuotesBothQuoteKindsUnlessAskedNotTo()
    {
        Assert.Equal(
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#x27;s&lt;/a&gt; &lt;b&gt;'q'&lt;/b&gt;\n",
            PythonRunner.Run("import html\nprint(html.escape('<a href=\"x\">Tom & Jerry\\'s</a>'), html.escape(\"<b>'q'</b>\", quote=False))"));
    }

    [Fact]
    public void UnescapeHandlesNamedNumericAndLegacyReferences()
    {
        Assert.Equal(
            "'\\xa9 \\U0001f40d &unknown; < \\xacit; \\u20ac \\ufffd'\n",
            PythonRunner.Run("import html\nprint(ascii(html.unescape('&copy; &#x1F40D; &unknown; &lt &notit; &#x80; &#xD800;')))"));
    }

    [Fact]
    public void EntityTablesHaveTheHtml5AndHtml4Sizes()
    {
        Assert.Equal(
            "2231 252 9001 eacute\n",
            PythonRunner.Run("from html import entities\nprint(len(entities.html5), len(entities.name2codepoint), entities.name2codepoint['lang'], entities.codepoint2name[233])"));
    }

    [Fact]
    public void ParserReportsTagsAttributesAndUnescapedData()
    {
        Assert.Equal(
            "[('start', 'a', [('href', '/p?a=1&b=2'), ('disabled', None)]), ('data', 'T & U'), ('end', 'a'), ('startend', 'br', [])]\n",
            PythonRunner.Run(
                "from html.parser import HTMLParser\nclass R(HTMLParser):\n    def __init__(self):\n        super().__init__()\n        self.e = []\n" +
                "    def handle_starttag(self, t, a): self.e.append(('start', t, a))\n    def handle_endtag(self, t): self.e.append(('end', t))\n" +
                "    def handle_startendtag(self, t, a): self.e.append(('startend', t, a))\n    def handle_data(self, d): self.e.append(('data', d))\n" +
                "r = R()\nr.feed('<A HREF=\"/p?a=1&amp;b=2\" disabled>T &amp; U</a><br/>')\nr.close()\nprint(r.e)"));
    }
}
