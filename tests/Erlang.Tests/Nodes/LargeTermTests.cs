using IronUwsgi.Erlang.Terms;
using IronUwsgi.Erlang.Tests.Fixtures;
using static IronUwsgi.Erlang.Tests.Nodes.ErlHelper;

namespace IronUwsgi.Erlang.Tests.Nodes;

[Collection(ErlangCollection.Name)]
public class LargeTermTests(ErlangFixture fixture)
{
    [Fact]
    public async Task EightMegabyteBinariesCrossTheConnectionBothWays()
    {
        await using var node = await NodeFactory.StartAsync(fixture);
        var data = new byte[8 * 1024 * 1024];
        Random.Shared.NextBytes(data);
        Assert.Equal(new ErlInteger(data.Length), await node.CallAsync(fixture.Erl.Name, "erlang", "byte_size", new ErlBinary(data)));
        var back = (ErlBinary)await node.CallAsync(fixture.Erl.Name, "binary", "copy", new ErlBinary(data.AsSpan(0, 4096)), new ErlInteger(2048));
        Assert.Equal(data.Length, back.Length);
        Assert.True(back.Span[..4096].SequenceEqual(data.AsSpan(0, 4096)));
        Assert.True(back.Span[^4096..].SequenceEqual(data.AsSpan(0, 4096)));
    }

    [Fact]
    public async Task HundredThousandElementListsAndTenThousandDeepNestingCrossTheConnection()
    {
        await using var node = await NodeFactory.StartAsync(fixture);
        var list = (ErlList)await node.CallAsync(fixture.Erl.Name, "lists", "seq", new ErlInteger(1), new ErlInteger(100_000));
        Assert.Equal(100_000, list.Count);
        Assert.Equal(new ErlInteger(100_000), list[^1]);
        Assert.Equal(new ErlInteger(5_000_050_000), await node.CallAsync(fixture.Erl.Name, "lists", "sum", list));

        var nested = await node.HelperAsync(fixture.Erl.Name, "nest", new ErlInteger(10_000));
        Assert.Equal(new ErlInteger(10_000), await node.HelperAsync(fixture.Erl.Name, "depth", nested));
    }
}
