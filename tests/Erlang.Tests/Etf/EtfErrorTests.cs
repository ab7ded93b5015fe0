using IronUwsgi.Erlang.Etf;
using IronUwsgi.Erlang.Terms;
using EtfCodec = IronUwsgi.Erlang.Etf.Etf;

namespace IronUwsgi.Erlang.Tests.Etf;

public class EtfErrorTests
{
    [Theory]
    [InlineData("", "empty input")]
    [InlineData("82 61 05", "bad version byte 130")]
    [InlineData("83", "truncated")]
    [InlineData("83 FF", "unknown tag 255")]
    [InlineData("83 62 0000", "INTEGER_EXT at offset 1: truncated")]
    [InlineData("83 6C FFFFFFFF 6A", "LIST_EXT at offset 1")]
    [InlineData("83 69 7FFFFFFF", "LARGE_TUPLE_EXT at offset 1")]
    [InlineData("83 74 FFFFFFFF", "MAP_EXT at offset 1")]
    [InlineData("83 6D 00000010 0102", "BINARY_EXT at offset 1: declares 16 more bytes of content but only 2 remain")]
    [InlineData("83 68 02 6101", "truncated")]
    [InlineData("83 52 00", "atom cache references")]
    [InlineData("83 75 00000000", "FUN_EXT was removed")]
    [InlineData("83 79 00", "LOCAL_EXT")]
    [InlineData("83 68 01 50 00000001 00", "compressed term may only appear right after the version byte")]
    [InlineData("83 74 00000002 770161 6101 770161 6102", "MAP_EXT: duplicate map key a")]
    [InlineData("83 76 0001 FF", "not valid UTF-8")]
    [InlineData("83 46 7FF8000000000000", "not an Erlang float")]
    [InlineData("83 5A 0000 770161 00000001", "0 id words")]
    [InlineData("83 5A 0006 770161 00000001", "6 id words")]
    [InlineData("83 58 6101 00000001 00000000 00000001", "NEW_PID_EXT: expected an atom, found SMALL_INTEGER_EXT")]
    [InlineData("83 4D 00000001 09 FF", "9 bits used in the last byte")]
    [InlineData("83 6E 01 02 05", "sign byte 2")]
    [InlineData("83 71 77016D 770166 6200000001", "arity must be a SMALL_INTEGER_EXT")]
    [InlineData("83 63 61626300000000000000000000000000000000000000000000000000000000", "'abc' is not a float")]
    [InlineData("83 50 000000FF 789CCB6690 63C00B00 118E008A", "not the declared 255")]
    [InlineData("83 50 00000005 789CCB6690 63C00B00 118E008A", "more than the declared 5")]
    [InlineData("83 50 00000021 0102030405", "corrupt zlib data")]
    [InlineData("83 6A 6A", "1 bytes left over after the term")]
    public void MalformedInputFailsWithAMessageNamingTheProblem(string hex, string expected)
    {
        var error = Assert.Throws<EtfException>(() => EtfCodec.Decode(Hex.Bytes(hex)));
        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void FunWhoseSizeFieldIsWrongIsRejected()
    {
        var bytes = Hex.Bytes(
            "83 70 00000040 01 000102030405060708090A0B0C0D0E0F 00000000 00000001 77016D 6100 6200000100 " +
            "58 770161 00000001 00000000 00000001 612A");
        var error = Assert.Throws<EtfException>(() => EtfCodec.Decode(bytes));
        Assert.Contains("NEW_FUN_EXT: Size says 64 bytes but the fun takes 57", error.Message);
    }

    [Fact]
    public void EveryTruncationOfARichTermFailsWithEtfException()
    {
        var term = ErlTerm.Parse(
            "{ok, [1,2,\"ab\"|x], #{a => <<1,2>>, <<1:3>> => 3.5}, 'Quoted atom', -12345678901234567890, " +
            "#Pid<'a@b'.1.2.3>, #Ref<'a@b'.1.2.3.4>, #Port<'a@b'.5.6>, fun m:f/1, [256, 257], {}}");
        var bytes = EtfCodec.Encode(term);
        for (int length = 0; length < bytes.Length; length++)
        {
            var prefix = bytes[..length];
            Assert.Throws<EtfException>(() => EtfCodec.Decode(prefix));
        }
        Assert.Equal(term, EtfCodec.Decode(bytes));
    }

    [Fact]
    public void CorruptedBytesDecodeOrFailOnlyWithEtfException()
    {
        var term = ErlTerm.Parse(
            "{ok, [1,2,\"ab\"|x], #{a => <<1,2>>, b => [{c, 1.5}]}, 'Quoted', 123456789012345678901234567890, " +
            "#Pid<'a@b'.1.2.3>, #Ref<'a@b'.1.2.3.4>, #Port<'a@b'.5.6>, fun m:f/1, [256, 257], <<1:5>>}");
        var original = EtfCodec.Encode(term);
        var random = new Random(1234);
        int decoded = 0, rejected = 0;
        for (int round = 0; round < 20_000; round++)
        {
            var bytes = (byte[])original.Clone();
            for (int flips = random.Next(1, 4); flips > 0; flips--)
                bytes[random.Next(1, bytes.Length)] = (byte)random.Next(256);
            try
            {
                EtfCodec.Decode(bytes);
                decoded++;
            }
            catch (EtfException)
            {
                rejected++;
            }
        }
        Assert.Equal(20_000, decoded + rejected);
        Assert.InRange(rejected, 1, 19_999);
    }
}
