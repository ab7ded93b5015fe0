using IronUwsgi.Erlang.Terms;
using EtfCodec = IronUwsgi.Erlang.Etf.Etf;

namespace IronUwsgi.Erlang.Tests.Etf;

public class LargeTermTests
{
    [Fact]
    public void EightMegabyteBinaryRoundTrips()
    {
        var data = new byte[8 * 1024 * 1024];
        new Random(8).NextBytes(data);
        var binary = new ErlBinary(data);
        var bytes = EtfCodec.Encode(new ErlTuple(ErlAtom.Ok, binary));
        Assert.Equal(3 + 4 + 5 + data.Length, bytes.Length);
        var decoded = (ErlTuple)EtfCodec.Decode(bytes);
        Assert.True(((ErlBinary)decoded[1]).Span.SequenceEqual(data));
        Assert.Equal(binary, decoded[1]);
    }

    [Fact]
    public void HundredThousandElementListsRoundTrip()
    {
        var integers = new ErlList(Enumerable.Range(0, 100_000).Select(i => (ErlTerm)new ErlInteger(i * 1000L)));
        var bytes = EtfCodec.Encode(integers);
        var decoded = (ErlList)EtfCodec.Decode(bytes);
        Assert.Equal(100_000, decoded.Count);
        Assert.Equal(new ErlInteger(99_999_000), decoded[99_999]);
        Assert.Equal(integers, decoded);

        var mixed = new ErlList(Enumerable.Range(0, 100_000).Select(i => i % 2 == 0 ? (ErlTerm)new ErlAtom("a" + (i % 7)) : ErlList.FromString("s" + i)));
        Assert.Equal(mixed, EtfCodec.Decode(EtfCodec.Encode(mixed, compressed: true)));
        Assert.Equal(mixed, ErlTerm.Parse(mixed.ToString()));
    }
}
