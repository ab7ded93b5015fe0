using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Compiling;

/// <summary>
/// Operations with an inline path for the common operand types (float arithmetic, ints in
/// f-strings) give CPython's answers for those types and leave every other type to the
/// general rules (python3 gives the expected text at test time).
/// </summary>
public class FastPathTests
{
    private static void SameAsCPython(string code) => Assert.Equal(Python.Run(code), PythonRunner.Run(code));

    [Theory]
    [InlineData("a, b = 1.5, 0.25\nprint(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, -a / 4.0)\nprint(1e308 * 10, -1e308 * 10, 0.1 + 0.2, 1.0 / 3.0)")]
    [InlineData("x = 2.0\nfor z in (0.0, -0.0):\n    try:\n        x / z\n    except ZeroDivisionError as e:\n        print(e)\n    try:\n        x // z\n    except ZeroDivisionError as e:\n        print(e)\n    try:\n        x % z\n    except ZeroDivisionError as e:\n        print(e)")]
    [InlineData("class F(float):\n    def __add__(self, other):\n        return 'F.add'\n    def __truediv__(self, other):\n        return 'F.div'\nf = F(2.0)\nprint(f + 1.0, f / 2.0, 1.0 + f, 2.0 / f)\nt = 1.0\nt /= 4.0\nt += 0.5\nt *= 3.0\nt -= 1.0\nprint(t, 3 / 2.0, 2.0 * 3, True + 0.5)")]
    public void FloatArithmetic(string code) => SameAsCPython(code);

    [Theory]
    [InlineData("class I(int):\n    def __format__(self, spec):\n        return 'custom'\nprint(f'{1}-{-5}-{2**70}-{True}-{I(3)}-{3.5}-{-0.0}-{1e20}-{None}')\nprint(f'{42:5}|{42!r}|{42:x}|{-7:+}|{\"s\"!r}|{[1, 2]}')")]
    public void FormattedValues(string code) => SameAsCPython(code);

    [Fact]
    public void ForwardingCallsPassTheValuesAndUnpackWhenCPythonDoes()
    {
        var output = PythonRunner.Run("""
            def f(*a, **k): return a, sorted(k.items())
            def show(label, value):
                print(label)
                return value
            def numbers():
                print('iterated')
                yield 1
            lst = [1, 2]
            print(f(*lst, **show('mapping', {'x': lst.append(3)})))
            print(f(0, *numbers(), **show('mapping after', {})))
            print(f(*numbers(), **show('mapping before', {'b': 2, 'a': 1})))
            print(f(**{}), f(*()), f(*'ab'))
            try:
                f(**{1: 2})
            except TypeError as e:
                print(e)
            """);
        Assert.Equal(
            "mapping\n((1, 2, 3), [('x', None)])\niterated\nmapping after\n((0, 1), [])\nmapping before\niterated\n"
            + "((1,), [('a', 1), ('b', 2)])\n((), []) ((), []) (('a', 'b'), [])\nkeywords must be strings\n",
            output);
    }
}
