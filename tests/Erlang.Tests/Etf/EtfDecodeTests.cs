using IronUwsgi.Erlang.Terms;
using EtfCodec = IronUwsgi.Erlang.Etf.Etf;

namespace IronUwsgi.Erlang.Tests.Etf;

public class EtfDecodeTests
{
    private const string FunBytes =
        "83 70 00000039 01 000102030405060708090A0B0C0D0E0F 00000000 00000001 77016D 6100 6200000100 " +
        "58 770161 00000001 00000000 00000001 612A";

    [Theory]
    [InlineData("83 61 05", "5")]
    [InlineData("83 62 FFFFFFFF", "-1")]
    [InlineData("83 62 00000100", "256")]
    [InlineData("83 6E 04 00 00000080", "2147483648")]
    [InlineData("83 6E 04 01 01000080", "-2147483649")]
    [InlineData("83 6E 00 00", "0")]
    [InlineData("83 6F 00000001 00 07", "7")]
    [InlineData("83 63 332E3530303030303030303030303030303030303030652B3030 0000000000", "3.5")]
    [InlineData("83 46 400C000000000000", "3.5")]
    [InlineData("83 64 0002 6F6B", "ok")]
    [InlineData("83 64 0001 E9", "'é'")]
    [InlineData("83 73 02 6F6B", "ok")]
    [InlineData("83 76 0002 C3A9", "'é'")]
    [InlineData("83 77 02 6F6B", "ok")]
    [InlineData("83 67 770161 0000002A 00000007 03", "#Pid<a.42.7.3>")]
    [InlineData("83 58 770161 0000002A 00000007 00000003", "#Pid<a.42.7.3>")]
    [InlineData("83 66 770161 00000005 02", "#Port<a.5.2>")]
    [InlineData("83 59 770161 00000005 00000002", "#Port<a.5.2>")]
    [InlineData("83 78 770161 0000010000000000 00000002", "#Port<a.1099511627776.2>")]
    [InlineData("83 65 770161 00000009 01", "#Ref<a.1.9>")]
    [InlineData("83 72 0002 770161 01 00000009 0000000A", "#Ref<a.1.9.10>")]
    [InlineData("83 5A 0003 770161 00000004 00000001 00000002 00000003", "#Ref<a.4.1.2.3>")]
    [InlineData("83 68 02 6101 6A", "{1,[]}")]
    [InlineData("83 68 00", "{}")]
    [InlineData("83 69 00000001 6101", "{1}")]
    [InlineData("83 6A", "[]")]
    [InlineData("83 6B 0002 6162", "\"ab\"")]
    [InlineData("83 6B 0000", "[]")]
    [InlineData("83 6C 00000002 6101 6102 6103", "[1,2|3]")]
    [InlineData("83 6C 00000001 6101 6A", "[1]")]
    [InlineData("83 6D 00000003 010203", "<<1,2,3>>")]
    [InlineData("83 4D 00000002 03 0140", "<<1,2:3>>")]
    [InlineData("83 4D 00000001 08 FF", "<<255>>")]
    [InlineData("83 74 00000001 770161 6101", "#{a => 1}")]
    [InlineData("83 74 00000000", "#{}")]
    [InlineData("83 71 77056C69737473 77036D6170 6102", "fun lists:map/2")]
    [InlineData("83 50 00000021 789CCB6690 63C00B00 118E008A", "[0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0]")]
    public void DecodesEachTag(string hex, string expected)
    {
        var term = EtfCodec.Decode(Hex.Bytes(hex));
        Assert.Equal(ErlTerm.Parse(expected), term);
    }

    [Fact]
    public void DecodesNewFunWithItsFields()
    {
        var fun = Assert.IsType<ErlFun>(EtfCodec.Decode(Hex.Bytes(FunBytes)));
        Assert.Equal("m", fun.Module.Name);
        Assert.Equal(1, fun.Arity);
        Assert.Equal(Enumerable.Range(0, 16).Select(i => (byte)i).ToArray(), fun.Uniq.ToArray());
        Assert.Equal(0u, fun.Index);
        Assert.Equal(0L, fun.OldIndex);
        Assert.Equal(256L, fun.OldUniq);
        Assert.Equal(ErlTerm.Parse("#Pid<a.1.0.1>"), fun.Pid);
        Assert.Equal([new ErlInteger(42)], fun.FreeVars.ToArray());
        Assert.Equal("#Fun<m.0.256>", fun.ToString());
        Assert.Equal(Hex.Bytes(FunBytes), EtfCodec.Encode(fun));
    }

    [Fact]
    public void StringExtEqualsTheSameListOfIntegers()
    {
        var fromString = EtfCodec.Decode(Hex.Bytes("83 6B 0002 6162"));
        var fromList = EtfCodec.Decode(Hex.Bytes("83 6C 00000002 6161 6162 6A"));
        Assert.Equal(fromList, fromString);
        Assert.Equal(fromList.GetHashCode(), fromString.GetHashCode());
        Assert.True(((ErlList)fromString).TryGetString(out var text));
        Assert.Equal("ab", text);
    }

    [Fact]
    public void ReadReportsTheBytesOfEachTermInAPacket()
    {
        // A distribution packet body: a control term, then a payload term, each with its version byte.
        var packet = Hex.Bytes("83 68 02 6102 6A 83 77 02 6869");
        var control = EtfCodec.Read(packet, out int first);
        Assert.Equal(6, first);
        var payload = EtfCodec.Read(packet.AsSpan(first), out int second);
        Assert.Equal(5, second);
        Assert.Equal(ErlTerm.Parse("{2,[]}"), control);
        Assert.Equal(new ErlAtom("hi"), payload);
    }
}
