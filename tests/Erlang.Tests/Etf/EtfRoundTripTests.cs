using IronUwsgi.Erlang.Terms;
using EtfCodec = IronUwsgi.Erlang.Etf.Etf;

namespace IronUwsgi.Erlang.Tests.Etf;

public class EtfRoundTripTests
{
    [Theory]
    [InlineData("{ok, [1,2,\"ab\"], #{a => <<1,2>>}, 'Quoted atom', 3.5, -12345678901234567890, <<\"bin\">>}")]
    [InlineData("[1,2|3]")]
    [InlineData("<<1,2:3>>")]
    [InlineData("#{1 => a, 1.0 => b, [] => {}}")]
    [InlineData("fun lists:map/2")]
    [InlineData("{#Pid<'a@127.0.0.1'.42.7.3>, #Ref<'a@127.0.0.1'.3.1.2.3>, #Port<b@h.5.2>}")]
    public void ParsedTermsSurviveEncodeAndDecode(string text)
    {
        var term = ErlTerm.Parse(text);
        var decoded = EtfCodec.Decode(EtfCodec.Encode(term));
        Assert.Equal(term, decoded);
        Assert.Equal(term.GetHashCode(), decoded.GetHashCode());
        Assert.Equal(term.ToString(), decoded.ToString());
        var compressed = EtfCodec.Decode(EtfCodec.Encode(term, compressed: true));
        Assert.Equal(term, compressed);
    }
}
