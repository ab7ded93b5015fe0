using System.Numerics;
using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Erlang.Tests.Terms;

public class TermEqualityTests
{
    [Theory]
    [InlineData("[97,98]", "\"ab\"")]
    [InlineData("[1|[2,3]]", "[1,2,3]")]
    [InlineData("#{a => 1, b => 2}", "#{b => 2, a => 1}")]
    [InlineData("0.0", "-0.0")]
    [InlineData("16#FF", "255")]
    [InlineData("$a", "97")]
    [InlineData("<<\"ab\">>", "<<97,98>>")]
    [InlineData("<<1:1>>", "<<1:1/integer>>")]
    public void EqualTermsAreEqualAndHashAlike(string left, string right)
    {
        var a = ErlTerm.Parse(left);
        var b = ErlTerm.Parse(right);
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(0, a.CompareTo(b));
    }

    [Theory]
    [InlineData("1", "1.0")]
    [InlineData("[1,2]", "[1,2|3]")]
    [InlineData("{a}", "{a,b}")]
    [InlineData("#{1 => a}", "#{1.0 => a}")]
    [InlineData("<<1>>", "[1]")]
    [InlineData("a", "\"a\"")]
    [InlineData("#Pid<a.1.0.1>", "#Pid<a.1.0.2>")]
    [InlineData("#Ref<a.1.1.2>", "#Ref<a.1.1.2.0>")]
    public void DifferentTermsAreNotEqual(string left, string right)
    {
        var a = ErlTerm.Parse(left);
        var b = ErlTerm.Parse(right);
        Assert.NotEqual(a, b);
        Assert.True(a != b);
        Assert.NotEqual(0, a.CompareTo(b));
    }

    [Fact]
    public void LongAndBigIntegerFormsOfOneValueAreEqual()
    {
        var fromBig = new ErlInteger(new BigInteger(42));
        Assert.True(fromBig.IsLong);
        Assert.Equal(new ErlInteger(42), fromBig);
        Assert.Equal(new ErlInteger(42).GetHashCode(), fromBig.GetHashCode());
        var huge = new ErlInteger(BigInteger.Pow(10, 30));
        Assert.False(huge.IsLong);
        Assert.Throws<OverflowException>(() => huge.LongValue);
    }

    [Fact]
    public void TermsSortInErlangTermOrder()
    {
        // number < atom < reference < fun < port < pid < tuple < map < nil < list < bitstring
        var sorted = new[]
        {
            "1", "1.5", "2", "a", "b", "#Ref<n.1.1>", "fun m:f/1", "#Port<n.1.1>", "#Pid<n.1.0.1>",
            "{z}", "{a,a}", "#{}", "#{a => 1}", "[]", "[1|x]", "[1]", "[1,2]", "[2]", "<<>>", "<<0>>", "<<1>>",
        }.Select(ErlTerm.Parse).ToArray();
        var shuffled = sorted.Reverse().ToList();
        shuffled.Sort();
        Assert.Equal(sorted.Select(t => t.ToString()), shuffled.Select(t => t.ToString()));
    }

    [Fact]
    public void IntegersOrderBeforeEqualFloatsAndBigIntegersCompareExactlyWithFloats()
    {
        Assert.True(ErlTerm.Parse("1").CompareTo(ErlTerm.Parse("1.0")) < 0);
        Assert.True(ErlTerm.Parse("9007199254740993").CompareTo(ErlTerm.Parse("9007199254740992.0")) > 0);
        // -1.0e23 is really -99999999999999991611392.
        Assert.True(ErlTerm.Parse("-100000000000000000000000").CompareTo(ErlTerm.Parse("-1.0e23")) < 0);
    }

    [Fact]
    public void MapsLookUpKeysByExactEquality()
    {
        var map = (ErlMap)ErlTerm.Parse("#{1 => int, 1.0 => float, \"ab\" => str, {a, [b]} => tuple}");
        Assert.Equal(new ErlAtom("int"), map[new ErlInteger(1)]);
        Assert.Equal(new ErlAtom("float"), map[new ErlFloat(1.0)]);
        Assert.Equal(new ErlAtom("str"), map[ErlTerm.Parse("[97,98]")]);
        Assert.Equal(new ErlAtom("tuple"), map[ErlTerm.Parse("{a,[b]}")]);
        Assert.False(map.TryGetValue(new ErlInteger(2), out _));
        Assert.Equal(["1", "1.0", "\"ab\"", "{a,[b]}"], map.Entries.ToArray().Select(e => e.Key.ToString()));
    }

    [Fact]
    public void ConstructorsRejectInvalidValues()
    {
        Assert.Throws<ArgumentException>(() => new ErlMap((ErlAtom.Ok, ErlAtom.Ok), (new ErlAtom("ok"), ErlAtom.Error)));
        Assert.Throws<ArgumentException>(() => new ErlAtom(new string('a', 256)));
        Assert.Throws<ArgumentException>(() => new ErlFloat(double.NaN));
        Assert.Throws<ArgumentException>(() => new ErlList([], ErlAtom.Ok));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ErlBitstring([1], 8));
        Assert.Throws<ArgumentException>(() => new ErlRef(ErlAtom.Ok, 1, []));
    }

    [Fact]
    public void BitstringsClearTheUnusedBitsOfTheLastByte()
    {
        Assert.Equal(new ErlBitstring([0b1011_0000], 3), new ErlBitstring([0b1011_1111], 3));
        Assert.Equal(4L + 8, new ErlBitstring([1, 0xF0], 4).BitLength);
    }
}
