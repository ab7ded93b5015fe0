using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Tests.Objects;

// Expected values were produced by CPython 3.11 (repr of the result, or "Type: message").
public class OperatorTests
{
    [Theory]
    [InlineData("1", "+", "'a'", "TypeError: unsupported operand type(s) for +: 'int' and 'str'")]
    [InlineData("'a'", "+", "1", "TypeError: can only concatenate str (not \"int\") to str")]
    [InlineData("[1]", "+", "(1,)", "TypeError: can only concatenate list (not \"tuple\") to list")]
    [InlineData("(1,)", "+", "[1]", "TypeError: can only concatenate tuple (not \"list\") to tuple")]
    [InlineData("None", "+", "None", "TypeError: unsupported operand type(s) for +: 'NoneType' and 'NoneType'")]
    [InlineData("'ab'", "*", "3", "'ababab'")]
    [InlineData("3", "*", "'ab'", "'ababab'")]
    [InlineData("[1]", "*", "2.0", "TypeError: can't multiply sequence by non-int of type 'float'")]
    [InlineData("'a'", "-", "'b'", "TypeError: unsupported operand type(s) for -: 'str' and 'str'")]
    [InlineData("1", "/", "0", "ZeroDivisionError: division by zero")]
    [InlineData("1", "//", "0", "ZeroDivisionError: integer division or modulo by zero")]
    [InlineData("1", "%", "0", "ZeroDivisionError: integer modulo by zero")]
    [InlineData("1.0", "/", "0", "ZeroDivisionError: float division by zero")]
    [InlineData("5", "/", "2", "2.5")]
    [InlineData("True", "+", "True", "2")]
    [InlineData("True", "&", "False", "False")]
    [InlineData("True", "|", "1", "1")]
    [InlineData("1", "<", "'a'", "TypeError: '<' not supported between instances of 'int' and 'str'")]
    [InlineData("'a'", "<", "'b'", "True")]
    [InlineData("[1, 2]", "<", "[1, 3]", "True")]
    [InlineData("(1, 'a')", "<", "(1, 2)", "TypeError: '<' not supported between instances of 'str' and 'int'")]
    [InlineData("1", "==", "1.0", "True")]
    [InlineData("1", "==", "'1'", "False")]
    [InlineData("None", "<", "None", "TypeError: '<' not supported between instances of 'NoneType' and 'NoneType'")]
    [InlineData("9007199254740993", "==", "9007199254740992.0", "False")]
    [InlineData("9007199254740993", ">", "9007199254740992.0", "True")]
    [InlineData("nan", "==", "nan", "False")]
    [InlineData("'a'", "in", "'cat'", "True")]
    [InlineData("1", "in", "'cat'", "TypeError: 'in <string>' requires string as left operand, not int")]
    [InlineData("2", "in", "[1, 2]", "True")]
    [InlineData("3", "in", "{1: 2}", "False")]
    [InlineData("5", "in", "range(0, 10, 2)", "False")]
    [InlineData("4", "in", "range(0, 10, 2)", "True")]
    [InlineData("1", "in", "5", "TypeError: argument of type 'int' is not iterable")]
    [InlineData("{1, 2}", "|", "{3}", "{1, 2, 3}")]
    [InlineData("{'a': 1}", "|", "{'a': 2}", "{'a': 2}")]
    [InlineData("2", "**", "-1", "0.5")]
    [InlineData("-8", "**", "0.3333333333333333", "(1.0000000000000002+1.7320508075688772j)")]
    [InlineData("10", "%", "3.5", "3.0")]
    [InlineData("-9223372036854775808", "//", "-1", "9223372036854775808")]
    [InlineData("7", "@", "7", "TypeError: unsupported operand type(s) for @: 'int' and 'int'")]
    [InlineData("'%s'", "%", "(1,)", "'1'")]
    [InlineData("1", "<<", "-1", "ValueError: negative shift count")]
    [InlineData("1.5", "&", "1", "TypeError: unsupported operand type(s) for &: 'float' and 'int'")]
    [InlineData("[]", "<", "()", "TypeError: '<' not supported between instances of 'list' and 'tuple'")]
    [InlineData("{1}", "<", "{1, 2}", "True")]
    [InlineData("{1: 1}", "<", "{1: 1}", "TypeError: '<' not supported between instances of 'dict' and 'dict'")]
    public void BinaryOperatorsAndComparisons(string left, string op, string right, string expected)
    {
        var a = PyLiteral.Parse(left);
        var b = PyLiteral.Parse(right);
        Assert.Equal(expected, PyLiteral.Outcome(() => Apply(a, op, b)));
    }

    private static object Apply(object a, string op, object b) => op switch
    {
        "+" => Ops.Add(a, b),
        "-" => Ops.Subtract(a, b),
        "*" => Ops.Multiply(a, b),
        "/" => Ops.TrueDivide(a, b),
        "//" => Ops.FloorDivide(a, b),
        "%" => Ops.Modulo(a, b),
        "**" => Ops.Power(a, b),
        "<<" => Ops.Binary(a, b, BinaryOp.LShift),
        ">>" => Ops.Binary(a, b, BinaryOp.RShift),
        "&" => Ops.Binary(a, b, BinaryOp.And),
        "|" => Ops.Binary(a, b, BinaryOp.Or),
        "^" => Ops.Binary(a, b, BinaryOp.Xor),
        "@" => Ops.Binary(a, b, BinaryOp.MatMul),
        "<" => Ops.Less(a, b),
        "<=" => Ops.LessEqual(a, b),
        "==" => Ops.Equal(a, b),
        "!=" => Ops.NotEqual(a, b),
        ">" => Ops.Greater(a, b),
        ">=" => Ops.GreaterEqual(a, b),
        "in" => Py.Bool(Ops.Contains(b, a)),
        _ => throw new ArgumentException(op),
    };
}
