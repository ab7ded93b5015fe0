using System.Numerics;
using IronUwsgi.Python.Parsing.Literals;

namespace IronUwsgi.Python.Tests.Lexing;

public class NumberLiteralTests
{
    [Theory]
    [InlineData("0", 0L)]
    [InlineData("1_000_000", 1_000_000L)]
    [InlineData("0x_FF_ff", 0xFFFFL)]
    [InlineData("0o777", 511L)]
    [InlineData("0b1010_1010", 170L)]
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("0x7fffffffffffffff", long.MaxValue)]
    [InlineData("00_0", 0L)]
    public void IntsThatFitAreLongs(string text, long expected) => Assert.Equal(expected, NumberLiteral.Parse(text));

    [Theory]
    [InlineData("9223372036854775808", "9223372036854775808")]
    [InlineData("0xffff_ffff_ffff_ffff_ff", "4722366482869645213695")]
    [InlineData("0b" + "1111111111111111111111111111111111111111111111111111111111111111", "18446744073709551615")]
    [InlineData("0o1777777777777777777777", "18446744073709551615")]
    [InlineData("123456789012345678901234567890", "123456789012345678901234567890")]
    public void BigIntsAreBigIntegers(string text, string expected) =>
        Assert.Equal(BigInteger.Parse(expected), Assert.IsType<BigInteger>(NumberLiteral.Parse(text)));

    [Theory]
    [InlineData("1.5", 1.5)]
    [InlineData(".5", 0.5)]
    [InlineData("5.", 5.0)]
    [InlineData("1_0.2_5e-1_0", 10.25e-10)]
    [InlineData("1e308", 1e308)]
    [InlineData("0.1", 0.1)]
    [InlineData("2.2250738585072011e-308", 2.2250738585072011e-308)]
    [InlineData("1e500", double.PositiveInfinity)]
    [InlineData("09.5", 9.5)]
    [InlineData("0e0", 0.0)]
    public void FloatsAreCorrectlyRoundedDoubles(string text, double expected) =>
        Assert.Equal(expected, Assert.IsType<double>(NumberLiteral.Parse(text)));

    [Theory]
    [InlineData("1j", 1.0)]
    [InlineData("1.5J", 1.5)]
    [InlineData("1_0e1j", 100.0)]
    [InlineData("0j", 0.0)]
    public void ImaginaryLiteralsAreComplex(string text, double imaginary) =>
        Assert.Equal(new Complex(0, imaginary), Assert.IsType<Complex>(NumberLiteral.Parse(text)));
}
