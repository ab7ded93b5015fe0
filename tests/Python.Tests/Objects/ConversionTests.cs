using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Tests.Objects;

// Expected values were produced by CPython 3.11 (repr of the result, or "Type: message").
public class ConversionTests
{
    [Theory]
    [InlineData("('42',)", "42")]
    [InlineData("('  -42  ',)", "-42")]
    [InlineData("('1_000_000',)", "1000000")]
    [InlineData("('0x1f', 16)", "31")]
    [InlineData("('0x1f', 0)", "31")]
    [InlineData("('0b101', 0)", "5")]
    [InlineData("('0o17', 0)", "15")]
    [InlineData("('010', 0)", "ValueError: invalid literal for int() with base 0: '010'")]
    [InlineData("('ff', 16)", "255")]
    [InlineData("('z', 36)", "35")]
    [InlineData("('12a',)", "ValueError: invalid literal for int() with base 10: '12a'")]
    [InlineData("('',)", "ValueError: invalid literal for int() with base 10: ''")]
    [InlineData("('1__0',)", "ValueError: invalid literal for int() with base 10: '1__0'")]
    [InlineData("('_1',)", "ValueError: invalid literal for int() with base 10: '_1'")]
    [InlineData("('999999999999999999999999999999',)", "999999999999999999999999999999")]
    [InlineData("(3.99,)", "3")]
    [InlineData("(-3.99,)", "-3")]
    [InlineData("('\u0661\u0662',)", "12")]
    [InlineData("('+7',)", "7")]
    [InlineData("(True,)", "1")]
    [InlineData("('12', 1)", "ValueError: int() base must be >= 2 and <= 36, or 0")]
    [InlineData("(12, 10)", "TypeError: int() can't convert non-string with explicit base")]
    [InlineData("('0', 0)", "0")]
    [InlineData("('00', 0)", "0")]
    public void IntConstructorParsesLikeCPython(string args, string expected) =>
        Assert.Equal(expected, PyLiteral.Outcome(() => Ops.Call(Py.IntType, ((PyTuple)PyLiteral.Parse(args)).Items)));

    [Theory]
    [InlineData("'3.14'", "3.14")]
    [InlineData("'  -1.5e3 '", "-1500.0")]
    [InlineData("'inf'", "inf")]
    [InlineData("'-Infinity'", "-inf")]
    [InlineData("'nan'", "nan")]
    [InlineData("'1_000.5'", "1000.5")]
    [InlineData("'abc'", "ValueError: could not convert string to float: 'abc'")]
    [InlineData("'1e'", "ValueError: could not convert string to float: '1e'")]
    [InlineData("'.5'", "0.5")]
    [InlineData("'5.'", "5.0")]
    [InlineData("'1__0'", "ValueError: could not convert string to float: '1__0'")]
    [InlineData("'0x10'", "ValueError: could not convert string to float: '0x10'")]
    [InlineData("''", "ValueError: could not convert string to float: ''")]
    [InlineData("10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "OverflowError: int too large to convert to float")]
    [InlineData("'1e400'", "inf")]
    public void FloatConstructorParsesLikeCPython(string arg, string expected) =>
        Assert.Equal(expected, PyLiteral.Outcome(() => Ops.Call(Py.FloatType, PyLiteral.Parse(arg))));
}
