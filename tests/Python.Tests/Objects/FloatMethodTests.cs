using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Tests.Objects;

// Expected values were produced by CPython 3.11 (repr of the result, or "Type: message").
public class FloatMethodTests
{
    [Theory]
    [InlineData("0.1", "__add__", "(0.2,)", "0.30000000000000004")]
    [InlineData("1.0", "__truediv__", "(0.0,)", "ZeroDivisionError: float division by zero")]
    [InlineData("1.0", "__floordiv__", "(0.0,)", "ZeroDivisionError: float floor division by zero")]
    [InlineData("1.0", "__mod__", "(0.0,)", "ZeroDivisionError: float modulo")]
    [InlineData("-7.5", "__mod__", "(2.0,)", "0.5")]
    [InlineData("7.5", "__mod__", "(-2.0,)", "-0.5")]
    [InlineData("-7.5", "__floordiv__", "(2.0,)", "-4.0")]
    [InlineData("2.0", "__pow__", "(0.5,)", "1.4142135623730951")]
    [InlineData("-8.0", "__pow__", "(0.5,)", "(1.7319121124709868e-16+2.8284271247461903j)")]
    [InlineData("0.0", "__pow__", "(-1.0,)", "ZeroDivisionError: 0.0 cannot be raised to a negative power")]
    [InlineData("2.5", "__round__", "()", "2")]
    [InlineData("3.5", "__round__", "()", "4")]
    [InlineData("2.675", "__round__", "(2,)", "2.67")]
    [InlineData("1234.5678", "__round__", "(-2,)", "1200.0")]
    [InlineData("0.125", "__round__", "(2,)", "0.12")]
    [InlineData("3.0", "is_integer", "()", "True")]
    [InlineData("0.5", "as_integer_ratio", "()", "(1, 2)")]
    [InlineData("0.1", "as_integer_ratio", "()", "(3602879701896397, 36028797018963968)")]
    [InlineData("1.5", "hex", "()", "'0x1.8000000000000p+0'")]
    [InlineData("0.1", "hex", "()", "'0x1.999999999999ap-4'")]
    [InlineData("-0.0", "hex", "()", "'-0x0.0p+0'")]
    [InlineData("1e+308", "__mul__", "(10.0,)", "inf")]
    [InlineData("10.0", "__pow__", "(400.0,)", "OverflowError: (34, 'Numerical result out of range')")]
    [InlineData("2.0", "__eq__", "(2,)", "True")]
    [InlineData("1.5", "__trunc__", "()", "1")]
    [InlineData("-1.5", "__floor__", "()", "-2")]
    [InlineData("1e+300", "__int__", "()", "1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160")]
    [InlineData("7.0", "__divmod__", "(-2.0,)", "(-4.0, -1.0)")]
    [InlineData("1.0", "__divmod__", "(0.0,)", "ZeroDivisionError: float divmod()")]
    [InlineData("5.0", "__rsub__", "(1,)", "-4.0")]
    [InlineData("1e+300", "__round__", "(-300,)", "1e+300")]
    [InlineData("1.0", "__getformat__", "('double',)", "'IEEE, little-endian'")]
    [InlineData("1.0", "__getformat__", "('x',)", "ValueError: __getformat__() argument 1 must be 'double' or 'float'")]
    [InlineData("1e+308", "__round__", "(-308,)", "1e+308")]
    [InlineData("1.0", "__add__", "(1000000000000000000000000000000,)", "1e+30")]
    [InlineData("0.0", "__add__", "(18446744073709553665,)", "1.8446744073709556e+19")]
    public void FloatMethodsBehaveLikeCPython(string receiver, string method, string args, string expected)
    {
        var self = PyLiteral.Parse(receiver);
        var arguments = ((PyTuple)PyLiteral.Parse(args)).Items;
        Assert.Equal(expected, PyLiteral.Outcome(() => Ops.CallMethod(self, method, arguments, null)));
    }
}
