using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Tests.Objects;

// Expected values were produced by CPython 3.11 (repr of the result, or "Type: message").
public class IntMethodTests
{
    [Theory]
    [InlineData("255", "bit_length", "()", "8")]
    [InlineData("-255", "bit_length", "()", "8")]
    [InlineData("0", "bit_length", "()", "0")]
    [InlineData("7", "bit_count", "()", "3")]
    [InlineData("1024", "to_bytes", "(2, 'big')", "b'\\x04\\x00'")]
    [InlineData("1024", "to_bytes", "(2, 'little')", "b'\\x00\\x04'")]
    [InlineData("-1", "to_bytes", "(2, 'big')", "OverflowError: can't convert negative int to unsigned")]
    [InlineData("256", "to_bytes", "(1, 'big')", "OverflowError: int too big to convert")]
    [InlineData("10", "__truediv__", "(4,)", "2.5")]
    [InlineData("10", "__floordiv__", "(0,)", "ZeroDivisionError: integer division or modulo by zero")]
    [InlineData("-7", "__floordiv__", "(2,)", "-4")]
    [InlineData("-7", "__mod__", "(2,)", "1")]
    [InlineData("7", "__mod__", "(-2,)", "-1")]
    [InlineData("2", "__pow__", "(100,)", "1267650600228229401496703205376")]
    [InlineData("2", "__pow__", "(-2,)", "0.25")]
    [InlineData("3", "__pow__", "(4, 5)", "1")]
    [InlineData("3", "__pow__", "(-1, 7)", "5")]
    [InlineData("1", "__lshift__", "(70,)", "1180591620717411303424")]
    [InlineData("-5", "__rshift__", "(1,)", "-3")]
    [InlineData("5", "__and__", "(3,)", "1")]
    [InlineData("123", "__round__", "(-1,)", "120")]
    [InlineData("125", "__round__", "(-1,)", "120")]
    [InlineData("135", "__round__", "(-1,)", "140")]
    [InlineData("10", "__divmod__", "(-3,)", "(-4, -2)")]
    [InlineData("-10", "__invert__", "()", "9")]
    [InlineData("9223372036854775807", "__add__", "(1,)", "9223372036854775808")]
    [InlineData("-9223372036854775808", "__neg__", "()", "9223372036854775808")]
    [InlineData("3037000500", "__mul__", "(3037000500,)", "9223372037000250000")]
    [InlineData("1", "__truediv__", "(0,)", "ZeroDivisionError: division by zero")]
    [InlineData("100000000000000000000", "__floordiv__", "(7,)", "14285714285714285714")]
    [InlineData("-100000000000000000000", "__mod__", "(7,)", "5")]
    [InlineData("100000000000000000000", "__truediv__", "(3,)", "3.333333333333333e+19")]
    [InlineData("7", "as_integer_ratio", "()", "(7, 1)")]
    [InlineData("5", "__lt__", "(5.5,)", "NotImplemented")]
    public void IntMethodsBehaveLikeCPython(string receiver, string method, string args, string expected)
    {
        var self = PyLiteral.Parse(receiver);
        var arguments = ((PyTuple)PyLiteral.Parse(args)).Items;
        Assert.Equal(expected, PyLiteral.Outcome(() => Ops.CallMethod(self, method, arguments, null)));
    }
}
