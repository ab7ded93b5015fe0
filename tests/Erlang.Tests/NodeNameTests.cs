using IronUwsgi.Erlang.Nodes;

namespace IronUwsgi.Erlang.Tests;

public class NodeNameTests
{
    [Fact]
    public void SplitsAliveAndHost()
    {
        var name = NodeName.Parse("testnode@127.0.0.1");
        Assert.Equal("testnode", name.Alive);
        Assert.Equal("127.0.0.1", name.Host);
        Assert.Equal("testnode@127.0.0.1", name.ToString());
    }

    [Theory]
    [InlineData("testnode")]
    [InlineData("@host")]
    [InlineData("node@")]
    [InlineData("a@b@c")]
    [InlineData("bad name@host")]
    public void RejectsMalformedNames(string text)
    {
        var error = Assert.Throws<FormatException>(() => NodeName.Parse(text));
        Assert.Contains(text, error.Message);
    }
}
