using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Compiling;

/// <summary>
/// Generators, generator expressions and comprehensions: the protocol (send/throw/close and return
/// values), laziness and scoping, generator expressions run straight into the builtin consuming
/// them (and the ordinary path when that name means something else), and frame bookkeeping.
/// </summary>
public class GeneratorTests
{
    [Fact]
    public void SendThrowAndReturnValueFollowTheProtocol()
    {
        const string code = """
            def gen():
                received = yield 1
                print('received', received)
                try:
                    yield 2
                except ValueError as e:
                    print('caught', e)
                    yield 3
                return 42
            g = gen()
            print(next(g), g.send('hello'), g.throw(ValueError('bad')))
            try:
                next(g)
            except StopIteration as e:
                print('stopped with', e.value)
            print(next(g, 'exhausted'))
            """;
        Assert.Equal("received hello\ncaught bad\n1 2 3\nstopped with 42\nexhausted\n", PythonRunner.Run(code));
    }

    [Fact]
    public void CloseRunsFinallyAndRejectsAGeneratorThatKeepsYielding()
    {
        const string code = """
            def polite():
                try:
                    yield 1
                finally:
                    print('cleanup')
            g = polite()
            next(g)
            g.close()
            print(g.gi_running, next(g, 'done'))
            def stubborn():
                while True:
                    try:
                        yield 1
                    except GeneratorExit:
                        pass
            s = stubborn()
            next(s)
            try:
                s.close()
            except RuntimeError as e:
                print(e)
            fresh = polite()
            fresh.close()
            print(next(fresh, 'closed before start'))
            """;
        Assert.Equal("cleanup\nFalse done\ngenerator ignored GeneratorExit\nclosed before start\n", PythonRunner.Run(code));
    }

    [Fact]
    public void TheReturnValueTravelsOnceAndAClosedGeneratorOnlyStops()
    {
        const string code = """
            def g():
                yield 1
                return 42
            x = g()
            print(next(x))
            for i in range(2):
                try:
                    next(x)
                except StopIteration as e:
                    print(repr(e.value), e.args)
            y = g()
            y.close()
            try:
                y.send(5)
            except StopIteration as e:
                print('stop', e.args)
            try:
                y.throw(ValueError('z'))
            except ValueError as e:
                print('raised', e)
            def d():
                r = yield from g()
                print('r', r)
            print(list(d()))
            """;
        Assert.Equal("1\n42 (42,)\nNone ()\nstop ()\nraised z\nr 42\n[1]\n", PythonRunner.Run(code));
    }

    [Fact]
    public void AStopIterationFromTheConsumingBuiltinPassesThroughWhileOneFromTheGeneratorBecomesRuntimeError()
    {
        const string code = """
            class A:
                def __add__(self, o): raise StopIteration("add")
                __radd__ = __add__
                def __bool__(self): raise StopIteration("bool")
                def __hash__(self): raise StopIteration("hash")
            for f in (sum, any, all, set):
                try:
                    f(x for x in [A()])
                except BaseException as e:
                    print(f.__name__, type(e).__name__, e)
            def g():
                raise StopIteration("elt")
            for f in (sum, any, all, set, list, tuple, sorted):
                try:
                    f(g() for x in [1])
                except BaseException as e:
                    print(f.__name__, type(e).__name__, e, type(e.__cause__).__name__)
            print(sum(x*x for x in range(10)), any(x > 8 for x in range(10)), all(x < 9 for x in range(10)), set(x % 3 for x in range(10)))
            """;
        Assert.Equal(
            "sum StopIteration add\nany StopIteration bool\nall StopIteration bool\nset StopIteration hash\nsum RuntimeError generator raised StopIteration StopIteration\nany RuntimeError generator raised StopIteration StopIteration\nall RuntimeError generator raised StopIteration StopIteration\nset RuntimeError generator raised StopIteration StopIteration\nlist RuntimeError generator raised StopIteration StopIteration\ntuple RuntimeError generator raised StopIteration StopIteration\nsorted RuntimeError generator raised StopIteration StopIteration\n285 True False {0, 1, 2}\n",
            PythonRunner.Run(code));
    }

    [Fact]
    public void SendingToAJustStartedGeneratorIsRefused()
    {
        Assert.Equal(
            "TypeError: can't send non-None value to a just-started generator",
            PythonRunner.RunExpectingError("def g():\n    yield 1\ng().send(5)\n"));
    }

    [Fact]
    public void YieldFromPassesSendsAndReturnsTheSubgeneratorsValue()
    {
        const string code = """
            def inner():
                total = 0
                while True:
                    v = yield total
                    if v is None:
                        return total
                    total += v
            def outer():
                result = yield from inner()
                print('inner returned', result)
                yield 'after'
            g = outer()
            next(g)
            print(g.send(5), g.send(7), next(g))
            """;
        Assert.Equal("inner returned 12\n5 12 after\n", PythonRunner.Run(code));
    }

    [Fact]
    public void LocalsSurviveEachYieldIncludingOnesThatNeverChange()
    {
        const string code = """
            def counter(start, step):
                label = 'n'
                n = start
                while n < start + 4 * step:
                    yield label + str(n)
                    n += step
            print(list(counter(10, 5)), list(counter(0, 1)))
            def cells(x):
                def get():
                    return x
                yield get()
                x = x * 2
                yield get()
            print(list(cells(21)))
            """;
        Assert.Equal("['n10', 'n15', 'n20', 'n25'] ['n0', 'n1', 'n2', 'n3']\n[21, 42]\n", PythonRunner.Run(code));
    }

    [Fact]
    public void GeneratorExpressionsAreLazyAndEvaluateTheirFirstIterableEagerly()
    {
        const string code = """
            log = []
            def source():
                log.append('source')
                return [1, 2, 3]
            def show(x):
                log.append(x)
                return x
            g = (show(x) for x in source())
            print(log)
            print(next(g), log)
            print(list(g), log)
            try:
                (x for x in 5)
            except TypeError as e:
                print(e)
            """;
        Assert.Equal(
            "['source']\n1 ['source', 1]\n[2, 3] ['source', 1, 2, 3]\n'int' object is not iterable\n",
            PythonRunner.Run(code));
    }

    [Fact]
    public void ComprehensionVariablesStayInTheirOwnScope()
    {
        const string code = """
            x = 'outer'
            squares = [x * x for x in range(4)]
            total = sum(x for x in range(5))
            print(x, squares, total)
            class C:
                y = 10
                items = [i for i in range(3)]
            print(C.items)
            def f(k):
                return [(lambda: i * k)() for i in range(3)], {i: i * k for i in range(2)}, {i % k for i in range(5)}
            print(f(2))
            print([[i * j for j in range(3)] for i in range(1, 3)], [x + y for x in 'ab' for y in 'cd' if y != 'c'])
            """;
        Assert.Equal(
            "outer [0, 1, 4, 9] 10\n[0, 1, 2]\n([0, 2, 4], {0: 0, 1: 2}, {0, 1})\n[[0, 1, 2], [0, 2, 4]] ['ad', 'bd']\n",
            PythonRunner.Run(code));
    }

    [Fact]
    public void ComprehensionsRunAgainInALoopSeeTheCurrentValuesOfTheirCells()
    {
        const string code = """
            def f():
                out = []
                for k in range(3):
                    out.append([x + k for x in range(2)])
                    out.append(sum(x * k for x in range(3)))
                gens = [(x + k for x in range(2)) for k in range(3)]
                fns = [lambda: k for k in range(3)]
                return out, [list(g) for g in gens], [fn() for fn in fns]
            print(f())
            """;
        Assert.Equal("([[0, 1], 0, [1, 2], 3, [2, 3], 6], [[2, 3], [2, 3], [2, 3]], [2, 2, 2])\n", PythonRunner.Run(code));
    }

    [Fact]
    public void GeneratorExpressionsConsumedByBuiltinsGiveTheirResults()
    {
        const string code = """
            def f(n):
                k = 3
                print(sum(x * k for x in range(n)), sum(x for x in []), sum(x / 2 for x in range(3)))
                print(list(x for x in range(n) if x % 2), tuple(x + k for x in range(3)), tuple(x for x in ()))
                print(sorted(x % k for x in range(n)), set(x % k for x in range(n)))
                print(any(x > 8 for x in range(n)), any(x > 9 for x in range(n)), any(()), all(x < 10 for x in range(n)), all(x < 9 for x in range(n)))
                print(list(x + y for x in range(3) for y in range(x) if y), sum((w := x) for x in range(4)), w)
            f(10)
            """;
        Assert.Equal(
            "135 0 1.5\n[1, 3, 5, 7, 9] (3, 4, 5) ()\n[0, 0, 0, 0, 1, 1, 1, 2, 2, 2] {0, 1, 2}\nTrue False False True False\n[3] 6 3\n",
            PythonRunner.Run(code));
    }

    [Fact]
    public void JoinOfAGeneratorExpressionLooksUpTheMethodFirst()
    {
        const string code = """
            def f(words):
                k = '!'
                print(', '.join(w + k for w in words), ''.join(w.upper() for w in words if w), b'-'.join(w.encode() for w in words))
                try:
                    ', '.join(len(w) for w in words)
                except TypeError as e:
                    print(e)
                try:
                    (5).join(w for w in undefined_name)
                except AttributeError as e:
                    print('AttributeError', e)
                class S(str):
                    def join(self, it):
                        return 'custom:' + type(it).__name__
                print(S('x').join(w for w in words), repr('-'.join(x for x in ())))
            f(['a', 'bc', ''])
            """;
        Assert.Equal(
            "a!, bc!, ! ABC b'a-bc-'\nsequence item 0: expected str instance, int found\nAttributeError 'int' object has no attribute 'join'\ncustom:generator ''\n",
            PythonRunner.Run(code));
    }

    [Fact]
    public void AnyAndAllStopProducingItemsOnceTheAnswerIsKnown()
    {
        const string code = """
            seen = []
            def look(x):
                seen.append(x)
                return x
            print(any(look(x) > 2 for x in range(10)), seen)
            seen.clear()
            print(all(look(x) < 2 for x in range(10)), seen)
            """;
        Assert.Equal("True [0, 1, 2, 3]\nFalse [0, 1, 2]\n", PythonRunner.Run(code));
    }

    [Fact]
    public void ANameThatIsNotTheBuiltinGetsTheGeneratorItself()
    {
        const string code = """
            def sum(items):
                return type(items).__name__
            print(sum(x for x in range(3)))
            def check():
                list = lambda g: [type(g).__name__, next(g)]
                return list(x * 2 for x in range(1, 3))
            print(check())
            import builtins
            builtins.any = lambda g: 'replaced'
            print(any(x for x in range(3)))
            """;
        Assert.Equal("generator\n['generator', 2]\nreplaced\n", PythonRunner.Run(code));
    }

    [Fact]
    public void ErrorsInsideAConsumedGeneratorExpressionPropagateWithItsFrame()
    {
        const string code = """
            import traceback
            def frames(e):
                return [f.name for f in traceback.extract_tb(e.__traceback__)]
            try:
                sum(1 / x for x in [1, 0])
            except ZeroDivisionError as e:
                print('ZeroDivisionError', frames(e))
            try:
                sum(x for x in [1, 'a'])
            except TypeError as e:
                print(e)
            def bad():
                raise StopIteration
            for consume in (list, sum, any, iter):
                try:
                    next(consume(bad() for x in [1]))
                except RuntimeError as e:
                    print(consume.__name__, e, type(e.__cause__).__name__)
            try:
                set([] for x in [1])
            except TypeError as e:
                print(e)
            """;
        Assert.Equal(
            "ZeroDivisionError ['<module>', '<genexpr>']\nunsupported operand type(s) for +: 'int' and 'str'\n"
            + "list generator raised StopIteration StopIteration\nsum generator raised StopIteration StopIteration\n"
            + "any generator raised StopIteration StopIteration\niter generator raised StopIteration StopIteration\nunhashable type: 'list'\n",
            PythonRunner.Run(code));
    }

    [Fact]
    public void GeneratorObjectsCarryTheirNames()
    {
        const string code = """
            def outer():
                return (x for x in 'ab')
            g = outer()
            print(type(g).__name__, g.__name__, g.__qualname__)
            def numbers():
                yield 1
            numbers.__name__ = 'renamed'
            n = numbers()
            print(n.__name__, n.__qualname__)
            """;
        Assert.Equal("generator <genexpr> outer.<locals>.<genexpr>\nrenamed numbers\n", PythonRunner.Run(code));
    }

    [Fact]
    public void RecursionLimitAppliesToCallsAndGenerators()
    {
        const string code = """
            import sys
            def deep(n):
                return 0 if n == 0 else 1 + deep(n - 1)
            try:
                deep(100000)
            except RecursionError as e:
                print(e)
            print(deep(400))
            def nested(n):
                if n:
                    yield from nested(n - 1)
                else:
                    yield sys._getframe().f_code.co_name
            print(list(nested(50)))
            try:
                list(nested(100000))
            except RecursionError:
                print('generator recursion stopped')
            def name_of_caller():
                return sys._getframe(1).f_code.co_name
            def caller():
                return [name_of_caller() for _ in range(1)], sum(len(name_of_caller()) for _ in range(2))
            print(caller(), deep(300))
            """;
        Assert.Equal(
            "maximum recursion depth exceeded\n400\n['nested']\ngenerator recursion stopped\n(['<listcomp>'], 18) 300\n",
            PythonRunner.Run(code));
    }
}
