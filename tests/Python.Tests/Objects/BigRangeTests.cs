using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Objects;

// range past 64 bits: expected values are what CPython 3.11 prints.
public class BigRangeTests
{
    [Theory]
    [InlineData("range(0, 10 ** 20, 3)[-1]", "99999999999999999999")]
    [InlineData("range(0, 10 ** 20, 3)[10 ** 18]", "3000000000000000000")]
    [InlineData("range(0, 10 ** 20, 3)[2:5]", "range(6, 15, 3)")]
    [InlineData("range(0, 10 ** 20, 3)[::-1][:2]", "range(99999999999999999999, 99999999999999999993, -3)")]
    [InlineData("3 * 10 ** 18 in range(0, 10 ** 20, 3)", "True")]
    [InlineData("10 ** 19 + 1 in range(0, 10 ** 20, 3)", "False")]
    [InlineData("range(0, 10 ** 20, 3).index(3 * 10 ** 18)", "1000000000000000000")]
    [InlineData("range(0, 10 ** 20, 3).count(6)", "1")]
    [InlineData("list(range(2 ** 64, 2 ** 64 + 3))", "[18446744073709551616, 18446744073709551617, 18446744073709551618]")]
    [InlineData("len(range(2 ** 64, 2 ** 64 + 3))", "3")]
    [InlineData("list(reversed(range(2 ** 64, 2 ** 64 + 3)))", "[18446744073709551618, 18446744073709551617, 18446744073709551616]")]
    [InlineData("range(-2 ** 63, 2 ** 63)[-1]", "9223372036854775807")]
    [InlineData("range(0, 10 ** 20, 3) == range(0, 10 ** 20 - 1, 3)", "False")]
    [InlineData("hash(range(10 ** 30, 10 ** 30 + 1)) == hash(range(10 ** 30, 10 ** 30 + 1, 7))", "True")]
    [InlineData("range(10)[2 ** 70:]", "range(10, 10)")]
    [InlineData("list(range(9223372036854775806, 9223372036854775809))", "[9223372036854775806, 9223372036854775807, 9223372036854775808]")]
    [InlineData("repr(range(10 ** 20, 0, -10 ** 19))", "'range(100000000000000000000, 0, -10000000000000000000)'")]
    [InlineData("type(iter(range(10 ** 20))).__name__", "'longrange_iterator'")]
    [InlineData("next(iter(reversed(range(0, 10 ** 20, 3))))", "99999999999999999999")]
    public void BigRangesBehaveLikeCPython(string expression, string expected)
    {
        Assert.Equal(expected + "\n", PythonRunner.Run($"print(repr({expression}))"));
    }

    [Theory]
    [InlineData("len(range(0, 10 ** 20, 3))", "OverflowError: Python int too large to convert to C ssize_t")]
    [InlineData("range(0, 10 ** 20, 3)[10 ** 20]", "IndexError: range object index out of range")]
    [InlineData("range(0, 10 ** 20, 3).index(1)", "ValueError: 1 is not in range")]
    [InlineData("range(10 ** 20)[::0]", "ValueError: slice step cannot be zero")]
    [InlineData("range(0, 10 ** 20, 0)", "ValueError: range() arg 3 must not be zero")]
    public void BigRangeErrorsMatchCPython(string expression, string expected)
    {
        Assert.Equal(expected, PythonRunner.RunExpectingError(expression));
    }
}
