using System.Buffers;
using System.Numerics;
using IronUwsgi.Erlang.Terms;
using EtfCodec = IronUwsgi.Erlang.Etf.Etf;

namespace IronUwsgi.Erlang.Tests.Etf;

public class EtfEncodeTests
{
    [Theory]
    [InlineData("ok", "83 77 02 6F6B")]
    [InlineData("'é'", "83 77 02 C3A9")]
    [InlineData("5", "83 61 05")]
    [InlineData("255", "83 61 FF")]
    [InlineData("256", "83 62 00000100")]
    [InlineData("-1", "83 62 FFFFFFFF")]
    [InlineData("-2147483648", "83 62 80000000")]
    [InlineData("2147483648", "83 6E 04 00 00000080")]
    [InlineData("-9223372036854775808", "83 6E 08 01 0000000000000080")]
    [InlineData("18446744073709551616", "83 6E 09 00 000000000000000001")]
    [InlineData("3.5", "83 46 400C000000000000")]
    [InlineData("#Pid<a.42.7.3>", "83 58 770161 0000002A 00000007 00000003")]
    [InlineData("#Port<a.5.2>", "83 59 770161 00000005 00000002")]
    [InlineData("#Port<a.1099511627776.2>", "83 78 770161 0000010000000000 00000002")]
    [InlineData("#Ref<a.4.1.2.3>", "83 5A 0003 770161 00000004 00000001 00000002 00000003")]
    [InlineData("{}", "83 68 00")]
    [InlineData("{1,[]}", "83 68 02 6101 6A")]
    [InlineData("[]", "83 6A")]
    [InlineData("\"ab\"", "83 6B 0002 6162")]
    [InlineData("[256]", "83 6C 00000001 6200000100 6A")]
    [InlineData("[1|2]", "83 6C 00000001 6101 6102")]
    [InlineData("[1,2|[3]]", "83 6B 0003 010203")]
    [InlineData("<<1,2,3>>", "83 6D 00000003 010203")]
    [InlineData("<<1,2:3>>", "83 4D 00000002 03 0140")]
    [InlineData("#{b => 1, a => 2}", "83 74 00000002 770162 6101 770161 6102")]
    [InlineData("fun lists:map/2", "83 71 77056C69737473 77036D6170 6102")]
    public void EncodesAsOtp25Does(string text, string hex)
    {
        Assert.Equal(Hex.Bytes(hex), EtfCodec.Encode(ErlTerm.Parse(text)));
    }

    [Fact]
    public void EncodesLongUtf8AtomsAsAtomUtf8Ext()
    {
        var atom = new ErlAtom(new string('é', 200));
        var bytes = EtfCodec.Encode(atom);
        Assert.Equal(Hex.Bytes("83 76 0190"), bytes[..4]);
        Assert.Equal(4 + 400, bytes.Length);
        Assert.Equal(atom, EtfCodec.Decode(bytes));
    }

    [Fact]
    public void EncodesBignumsOver255BytesAsLargeBig()
    {
        var value = BigInteger.One << 2048;
        var bytes = EtfCodec.Encode(new ErlInteger(-value));
        Assert.Equal(Hex.Bytes("83 6F 00000101 01"), bytes[..7]);
        Assert.Equal(7 + 257, bytes.Length);
        Assert.Equal(1, bytes[^1]);
        Assert.Equal(new ErlInteger(-value), EtfCodec.Decode(bytes));
    }

    [Fact]
    public void EncodesTuplesOver255ElementsAsLargeTuple()
    {
        var tuple = new ErlTuple(Enumerable.Range(0, 300).Select(i => (ErlTerm)ErlAtom.Ok));
        var bytes = EtfCodec.Encode(tuple);
        Assert.Equal(Hex.Bytes("83 69 0000012C 77026F6B"), bytes[..10]);
        Assert.Equal(tuple, EtfCodec.Decode(bytes));
    }

    [Fact]
    public void EncodesByteListsLongerThan65535AsListExt()
    {
        var list = new ErlList(Enumerable.Range(0, 65536).Select(i => (ErlTerm)new ErlInteger(i % 256)));
        var bytes = EtfCodec.Encode(list);
        Assert.Equal(Hex.Bytes("83 6C 00010000 6100 6101"), bytes[..10]);
        Assert.Equal(list, EtfCodec.Decode(bytes));
    }

    [Fact]
    public void CompressesLikeTermToBinaryWithCompressed()
    {
        var term = ErlList.FromString(new string('a', 1000));
        var bytes = EtfCodec.Encode(term, compressed: true);
        Assert.Equal(Hex.Bytes("83 50 000003EB"), bytes[..6]);
        Assert.True(bytes.Length < 100, $"1000 equal bytes compressed to {bytes.Length}");
        Assert.Equal(term, EtfCodec.Decode(bytes));
    }

    [Fact]
    public void KeepsThePlainFormWhenCompressingDoesNotHelp()
    {
        Assert.Equal(Hex.Bytes("83 61 05"), EtfCodec.Encode(new ErlInteger(5), compressed: true));
    }

    [Fact]
    public void WriteAppendsTermsToABufferWriter()
    {
        var output = new ArrayBufferWriter<byte>();
        output.Write(new byte[] { 112 });
        int first = EtfCodec.Write(output, ErlTerm.Parse("{2,[]}"));
        int second = EtfCodec.Write(output, new ErlAtom("hi"));
        Assert.Equal(6, first);
        Assert.Equal(5, second);
        Assert.Equal(Hex.Bytes("70 83 68 02 6102 6A 83 77 02 6869"), output.WrittenSpan.ToArray());
        Assert.Equal(output.WrittenCount - 1, EtfCodec.GetEncodedSize(ErlTerm.Parse("{2,[]}")) + EtfCodec.GetEncodedSize(new ErlAtom("hi")));
    }
}
