using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Library;

/// <summary>random's seeded sequences, compared with the machine's CPython at test time.</summary>
public sealed class RandomModuleTests
{
    private static void SameAsCPython(string code) => Assert.Equal(Python.Run(code), PythonRunner.Run(code));

    [Fact]
    public void SeedFortyTwoGivesCPythonsFirstThousandFloats() =>
        SameAsCPython("import random\nrandom.seed(42)\nfor _ in range(1000):\n    print(repr(random.random()))");

    [Fact]
    public void IntegerHelpersDrawLikeCPython() =>
        SameAsCPython("import random\nr = random.Random(2024)\nprint([r.randrange(0, 10**25, 7) for _ in range(20)], [r.randint(-5, 5) for _ in range(30)], r.getrandbits(200))\n" +
                      "x = list(range(100))\nr.shuffle(x)\nprint(x, r.sample(range(10**6), 50), r.sample('abcdefg', 7), r.choices(range(10), weights=range(10), k=20))");

    [Fact]
    public void StrBytesAndFloatSeedsMatchCPython() =>
        SameAsCPython("import random\nfor s in ['', 'spam', 'h\\u00e9', b'\\x00\\xff', bytearray(b'ab'), 1.5, -0.25, 2**200, -7]:\n    r = random.Random(s)\n    print(repr(s), r.random(), r.getrandbits(70))\n" +
                      "random.seed('spam', version=1)\nprint(random.random())");

    [Fact]
    public void DistributionsMatchCPython() =>
        SameAsCPython("import random\nr = random.Random(99)\nfor _ in range(20):\n    print(r.gauss(), r.normalvariate(2, 3), r.expovariate(0.5), r.vonmisesvariate(1, 2), r.gammavariate(0.3, 2), r.gammavariate(3.5, 1), r.betavariate(0.5, 0.5), r.triangular(0, 5, 1), r.paretovariate(2), r.weibullvariate(2, 3), r.lognormvariate(0, 0.5))");

    [Fact]
    public void GetstateAndSetstateReplayTheSequence()
    {
        var output = PythonRunner.Run("import random\nr = random.Random(5)\nr.random()\ns = r.getstate()\na = [r.random() for _ in range(5)]\nr.setstate(s)\nprint(a == [r.random() for _ in range(5)], s[0], len(s[1]))");
        Assert.Equal("True 3 625\n", output);
    }

    [Fact]
    public void EachEngineHasItsOwnModuleGenerator()
    {
        var a = new PythonEngine();
        var b = new PythonEngine();
        PythonRunner.Run("import random\nrandom.seed(1)", a);
        PythonRunner.Run("import random\nrandom.seed(2)", b);
        var fromA = PythonRunner.Run("import random\nprint(random.random())", a);
        Assert.Equal(PythonRunner.Run("import random\nprint(random.Random(1).random())"), fromA);
        Assert.NotEqual(fromA, PythonRunner.Run("import random\nprint(random.random())", b));
    }

    [Fact]
    public void SubclassWithOnlyRandomDrawsIndexesFromIt()
    {
        var output = PythonRunner.Run("import random\nclass Half(random.Random):\n    def random(self):\n        return 0.5\nprint(Half().randrange(10), Half().choice('abcd'))");
        Assert.Equal("6 a\n", output);
    }

    [Fact]
    public void EmptyRangeRaisesCPythonsValueError()
    {
        var message = PythonRunner.RunExpectingError("import random\nrandom.randint(5, 1)");
        Assert.Contains("empty range for randrange() (5, 2, -3)", message);
    }
}
