using System.Numerics;
using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Erlang.Tests.Terms;

public class TermTextTests
{
    [Fact]
    public void ParsesTheExampleOfTheBrief()
    {
        var term = ErlTerm.Parse("{ok, [1,2,\"ab\"], #{a => <<1,2>>}, 'Quoted atom', 3.5, -12345678901234567890, <<\"bin\">>}");
        var expected = new ErlTuple(
            ErlAtom.Ok,
            new ErlList(new ErlInteger(1), new ErlInteger(2), new ErlList(new ErlInteger(97), new ErlInteger(98))),
            new ErlMap((new ErlAtom("a"), new ErlBinary([1, 2]))),
            new ErlAtom("Quoted atom"),
            new ErlFloat(3.5),
            new ErlInteger(BigInteger.Parse("-12345678901234567890")),
            new ErlBinary("bin"u8));
        Assert.Equal(expected, term);
        Assert.Equal("{ok,[1,2,\"ab\"],#{a => <<1,2>>},'Quoted atom',3.5,-12345678901234567890,<<\"bin\">>}", term.ToString());
    }

    [Theory]
    [InlineData("ok", "ok")]
    [InlineData("'hello world'", "'hello world'")]
    [InlineData("'it''s'", null)]
    [InlineData("'don\\'t'", "'don\\'t'")]
    [InlineData("'Upper'", "'Upper'")]
    [InlineData("'end'", "'end'")]
    [InlineData("a@b_C1", "a@b_C1")]
    [InlineData("'a@127.0.0.1'", "'a@127.0.0.1'")]
    [InlineData("''", "''")]
    [InlineData("'héllo'", "'héllo'")]
    [InlineData("'tab\\there'", "'tab\\there'")]
    [InlineData("-42", "-42")]
    [InlineData("1_000_000", "1000000")]
    [InlineData("2#1010", "10")]
    [InlineData("36#zz", "1295")]
    [InlineData("$\\n", "10")]
    [InlineData("$A", "65")]
    [InlineData("1.0e10", "1.0e10")]
    [InlineData("100.0", "100.0")]
    [InlineData("123456789.0", "123456789.0")]
    [InlineData("0.0001", "0.0001")]
    [InlineData("1.0e-5", "1.0e-5")]
    [InlineData("-0.0", "-0.0")]
    [InlineData("1.2345678901234568e20", "1.2345678901234568e20")]
    [InlineData("5.0e-324", "5.0e-324")]
    [InlineData("0.1", "0.1")]
    [InlineData("\"a\\\"b\\\\c\\n\"", "\"a\\\"b\\\\c\\n\"")]
    [InlineData("\"ab\" \"cd\"", "\"abcd\"")]
    [InlineData("\"\"", "[]")]
    [InlineData("[1, 2 | 3]", "[1,2|3]")]
    [InlineData("[a | [b | [c]]]", "[a,b,c]")]
    [InlineData("[0,1,2]", "[0,1,2]")]
    [InlineData("[256]", "[256]")]
    [InlineData("{ }", "{}")]
    [InlineData("#{ }", "#{}")]
    [InlineData("#{k => [v], {t} => #{}}", "#{k => [v],{t} => #{}}")]
    [InlineData("<<>>", "<<>>")]
    [InlineData("<<0, 255, -1>>", "<<0,255,255>>")]
    [InlineData("<<1,2:3>>", "<<1,2:3>>")]
    [InlineData("<<300:16>>", "<<1,44>>")]
    [InlineData("<<\"é\"/utf8>>", "<<\"Ã©\">>")]
    [InlineData("<<$a, \"bc\">>", "<<\"abc\">>")]
    [InlineData("fun lists:map/2", "fun lists:map/2")]
    [InlineData("#Pid<'a@b.c'.42.7.3>", "#Pid<'a@b.c'.42.7.3>")]
    [InlineData("#Ref<n@h.1.2.3.4>", "#Ref<n@h.1.2.3.4>")]
    [InlineData("#Port<n@h.1099511627776.2>", "#Port<n@h.1099511627776.2>")]
    [InlineData("{a, % a comment\n b}.", "{a,b}")]
    public void ParsesAndPrintsErlangSyntax(string text, string? printed)
    {
        if (printed is null)
        {
            Assert.Throws<FormatException>(() => ErlTerm.Parse(text));
            return;
        }
        var term = ErlTerm.Parse(text);
        Assert.Equal(printed, term.ToString());
        Assert.Equal(term, ErlTerm.Parse(printed));
    }

    [Fact]
    public void PrintsFunsAsErlangDoes()
    {
        var pid = new ErlPid(new ErlAtom("n@h"), 1, 0, 1);
        var fun = new ErlFun(new ErlAtom("erl_eval"), 1, new byte[16], 6, 6, 12345, pid, ErlAtom.Ok);
        Assert.Equal("#Fun<erl_eval.6.12345>", fun.ToString());
    }

    [Theory]
    [InlineData("{a, b", "position 5: expected ',' or '}'")]
    [InlineData("[a b]", "position 3: expected ',', '|' or ']'")]
    [InlineData("#{a, b}", "position 3: expected '=>'")]
    [InlineData("#{a => 1, a => 2}", "position 0: duplicate map key a")]
    [InlineData("Var", "variables are not terms")]
    [InlineData("{a} b", "unexpected text after the term")]
    [InlineData("'abc", "missing closing '")]
    [InlineData("<<1.5>>", "binary segments hold integers or strings")]
    [InlineData("37#1", "base 37 is not 2..36")]
    [InlineData("2#102", "'2' is not a base 2 digit")]
    [InlineData("#Ref<a.1>", "a reference has 1 to 5 ids")]
    [InlineData("", "the text ends where a term was expected")]
    [InlineData("1.0e400", "the float is out of range")]
    public void SyntaxErrorsNameThePosition(string text, string expected)
    {
        var error = Assert.Throws<FormatException>(() => ErlTerm.Parse(text));
        Assert.Contains(expected, error.Message);
    }
}
