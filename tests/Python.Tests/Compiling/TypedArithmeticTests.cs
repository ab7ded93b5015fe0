using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Compiling;

/// <summary>
/// Arithmetic trees, comparisons of arithmetic and augmented assignments are evaluated in unboxed
/// doubles and longs; every value, error, message and side effect must stay CPython's (python3 gives
/// the expected text at test time; a few facts are also asserted literally).
/// </summary>
public class TypedArithmeticTests
{
    private static void SameAsCPython(string code) => Assert.Equal(Python.Run(code), PythonRunner.Run(code));

    [Fact]
    public void FloatTreesGiveCPythonValues()
    {
        SameAsCPython("""
            x, y, z = 1.5, -2.25, 3.0
            print(x*x + y*y + z*z, (x - y) * (z + 1), -x * y + 2, 1 - x / 4, x // 0.7 + 1, x % -0.7 * 2)
            print((x * 2) ** 0.5 + 1, (-x * 2) ** 0.5 * 1, (-8.0 * 1) ** (1/3), 2 ** x * 1, x ** 2 + 1, 10 ** -2 * 1.0)
            print(7.5 // 2 * 1, -7.5 // 2 * 1, -7.5 % 2 + 0, 7 % -2.5 * 1, 7 // -2.5 * 1, +x * -1, -(-(x * 1)), -x ** 2)
            print(0.1 + 0.2 * 3 - 1e-17, 1e308 * 10 + 1, -1e308 * 10 - 1)
            """);
        Assert.Equal("16.3125 15.0\n", PythonRunner.Run("x, y, z = 1.5, -2.25, 3.0\nprint(x*x + y*y + z*z, (x - y) * (z + 1))"));
    }

    [Fact]
    public void IntTreesStayIntsAndOverflowToBigInts()
    {
        SameAsCPython("""
            import sys
            M = sys.maxsize
            a, b = 7, -3
            print(a + b * 2, a * b - 1, a // b + 0, a % b + 0, -a // b * 1, -a % b * 1, a / b + 0, (a + 1) / (b - 1), a ** 2 + 1, a ** -1 + 0)
            print(M + 1 + 0, M * 2 + 1, -M - 2 - 0, (-M - 1) // -1 + 0, (-M - 1) % -1 + 0, -(-M - 1) + 0, (M - 1) * (M - 1) // M, -(M + 1) * 1)
            print(2 ** 70 + 1 - 1, (2**60 + 1) / 3 * 1, 10**20 / 7 * 1, (2**53 + 1) / 1 * 1, type(3 * 2 - 6), (3 * 2 - 6) is 0)
            n = 0
            for i in range(10):
                n += i * i - 3
            print(n, type(n))
            i, j = 5, 9
            print(1.0 / ((i + j) * (i + j + 1) // 2 + i + 1))
            """);
        Assert.Equal("9223372036854775808 <class 'int'>\n", PythonRunner.Run("import sys\nv = sys.maxsize * 1 + 1\nprint(v, type(v))"));
    }

    [Fact]
    public void IntsNextToFloatsConvertAsCPythonDoes()
    {
        SameAsCPython("""
            x = 1.5
            i, j = 3, 4
            print(i * x + j * 2.0, -i * 2 + j, 2 * x + 1, (2**53 + 1) * 1 + 1.0, (2**53) * 1 + 0.5, (2**60 + 1) * 1.0 - 2**60)
            print(10**20 * 1.0 + 1, 2**60 * x * 1, -0 * 1.0 + 0, 0 * -1.0)
            big = 10 ** 400
            try:
                print(big * 1.0 + 1)
            except OverflowError as e:
                print(e)
            """);
    }

    [Fact]
    public void BoolsAndSubclassesTakeTheGenericOperators()
    {
        SameAsCPython("""
            print(True + 1 * 2, True * 2 + 1, -True * 1, -(True + True), (True + 0) * 1.5, 3 * True // 2, True + 1.5 * 2)
            class F(float):
                def __add__(self, o):
                    print("F.add", o)
                    return 42
                def __radd__(self, o):
                    print("F.radd", o)
                    return 43
            f = F(2.0)
            x = 1.5
            print(f + x * 2, x * 2 + f, f * 2 + 1, type(f * 2 + 1))
            class I(int):
                def __add__(self, o):
                    return "I.add"
            print(I(3) + 1 * 2, 2 * 1 + I(3), I(3) * 2 + 1)
            """);
    }

    [Fact]
    public void OperandsAndOperatorsRunInPythonOrder()
    {
        const string code = """
            order = []
            class N:
                def __init__(s, n):
                    s.n = n
                def __add__(s, o):
                    order.append(("add", s.n, o))
                    return 1.5
                def __radd__(s, o):
                    order.append(("radd", s.n, o))
                    return 2.5
                def __rmul__(s, o):
                    order.append(("rmul", s.n, o))
                    return 4.0
            def v(t, val):
                order.append(t)
                return val
            print(v("a", N(1)) + v("b", 2.0) * v("c", 3.0) + v("e", 1.5) * v("d", N(2)))
            print(order)
            order.clear()
            r = [1.0]
            def idx():
                order.append("index")
                return 0
            r[idx()] += v("x", 2.0) * v("y", 3.0)
            print(r, order)
            """;
        SameAsCPython(code);
        var lines = PythonRunner.Run(code).Split('\n');
        Assert.Equal("5.5", lines[0]);
        Assert.Equal("['a', 'b', 'c', ('add', 1, 6.0), 'e', 'd', ('rmul', 2, 1.5)]", lines[1]);
        Assert.Equal("[7.0] ['index', 'x', 'y']", lines[2]);
    }

    [Fact]
    public void DivisionByZeroKeepsCPythonMessages()
    {
        SameAsCPython("""
            x, y, a, b = 1.5, -2.25, 7, -3
            for e in ["x / (y - y)", "x // (y - y)", "x % (y - y)", "(x * 0) ** -1.0", "(x*1e200)**2.0 + 1", "x / 0 + 1",
                      "1 / (x - x) * 2", "a // (b - b)", "a % (b - b)", "a / (b - b) + 1", "(a - a) ** -1 + 1",
                      "x * 'a' + 1", "(x + 1) + 'a'", "-(x * 1) + 'a'", "a * [1] + [2]"]:
                try:
                    print(eval(e))
                except Exception as ex:
                    print(type(ex).__name__, ex)
            k = 1.0
            try:
                k /= x - x
            except ZeroDivisionError as ex:
                print(ex, k)
            """);
        Assert.Equal("ZeroDivisionError: float modulo", PythonRunner.RunExpectingError("x = 1.5\nprint(x % (x - x) + 1)"));
    }

    [Fact]
    public void NanInfinityAndNegativeZeroFollowIeee()
    {
        SameAsCPython("""
            import math
            x = 1.5
            nan = float('nan'); inf = float('inf')
            print(nan * 2 + 1, inf * 0 + 1, inf - inf * 1, (nan + 0) == (nan + 0), (nan + 0) != (nan * 1), nan * 1 < 1, nan * 1 >= 1)
            print(inf ** 0.5 * 1, (-inf) ** 0.5 * 1, (0.0 * 1) ** -inf, (-2.0 * 1) ** nan, 1.0 ** nan * 1, 1 * 1 < nan * 1)
            print(-0.0 * 1 + -0.0, 0.0 * -1 - 0.0, -(0.0 * 1), -(0 * 1.0))
            print(math.copysign(1, -0.0 * 1 + -0.0), math.copysign(1, -(0.0 + 0.0)), math.copysign(1, x * 0 * -1))
            """);
        Assert.Equal("-1.0\n", PythonRunner.Run("import math\nz = 0.0\nprint(math.copysign(1, -(z * 1)))"));
    }

    [Fact]
    public void ComparisonsOfArithmeticGiveCPythonAnswers()
    {
        SameAsCPython("""
            import sys
            x, y, i = 1.5, -2.25, 3
            print(x * 2 > y * 2, x * 2 < 1, 3 <= x * 2, x * 2 == 3, x * 2 != 3, i * 2 > x, i * 2 > 5, [1] * 2 == [1, 1])
            print(i * 2 >= 6, i * 1 == 3.0, (2**53 + 1) * 1 == 2.0**53 + 0, (2**53 + 1) * 1 > 2.0**53 * 1, (2**63) * 1 > 1e19 * 1)
            print(sys.maxsize * 1 == sys.maxsize, (sys.maxsize * 2 + 2) // 2 - 1 == sys.maxsize)
            if x * x > y:
                print("yes")
            if not (x * x > 100):
                print("no")
            """);
    }

    [Fact]
    public void AugmentedAssignmentsOfArithmeticUpdateEveryTargetKind()
    {
        SameAsCPython("""
            x, y = 1.5, -2.25
            a = 1.0
            a += x * 2; print(a)
            a -= 1 * 2; print(a)
            a /= y * 2; print(a)
            a //= -0.5 * 1; print(a)
            a %= 0.3 * 2; print(a)
            a **= 2 * 1; print(a)
            s = "ab"; s += "c" * 2; print(s)
            l = [1.0, 2.0]; l[0] += x * y; print(l)
            class P:
                __slots__ = ("x",)
            p = P(); p.x = 3.0; p.x /= x * 2; print(p.x)
            k = 5; k += 2 * 3; print(k, type(k))
            k = 5; k /= 2 * 1; print(k, type(k))
            class Acc:
                def __init__(self):
                    self.items = []
                def __iadd__(self, o):
                    self.items.append(o)
                    return self
            c = Acc(); c += x * 2; c += 1 + 2; print(c.items)
            """);
    }

    [Fact]
    public void EdgeOperandsOfDivisionAndPowerGiveCPythonResults()
    {
        SameAsCPython("""
            import sys
            m = -sys.maxsize - 1
            print(m / 3, m / -1, m // -1, m % -1, (-2.0) ** float("nan"), 0.0 ** float("-inf"), (-8.0) ** float("inf"))
            """);
        Assert.Equal("-3.0744573456182584e+18\n", PythonRunner.Run("import sys\nprint((-sys.maxsize - 1) / 3)"));
    }

    [Fact]
    public void GeneratorsYieldingInsideArithmeticStillWork()
    {
        SameAsCPython("""
            def g(x):
                total = x * x + 1.0
                got = (yield total * 2 - 1) * x + x * 2
                yield got * 1.0 + (yield 3 * 2)
            it = g(1.5)
            print(next(it), it.send(2.0), it.send(10))
            """);
    }
}
