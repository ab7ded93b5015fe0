using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Stdlib;

public sealed class AbcTests
{
    [Fact]
    public void AbstractClassCannotBeInstantiated()
    {
        var error = PythonRunner.RunExpectingError(
            "from abc import ABC, abstractmethod\nclass S(ABC):\n    @abstractmethod\n    def b(self): ...\n    @abstractmethod\n    def a(self): ...\nS()");
        Assert.Contains("Can't instantiate abstract class S with abstract methods a, b", error);
    }

    [Fact]
    public void RegisteredClassIsVirtualSubclass()
    {
        var output = PythonRunner.Run("from abc import ABC\nclass R(ABC): pass\nclass X: pass\nR.register(X)\nprint(isinstance(X(), R), issubclass(X, R), R in X.__mro__)");
        Assert.Equal("True True False\n", output);
    }

    [Theory]
    [InlineData("[]", "Sequence", "True")]
    [InlineData("()", "MutableSequence", "False")]
    [InlineData("{}.keys()", "KeysView", "True")]
    [InlineData("{}", "MutableMapping", "True")]
    [InlineData("frozenset()", "MutableSet", "False")]
    [InlineData("(x for x in [])", "Generator", "True")]
    [InlineData("[]", "Hashable", "False")]
    [InlineData("len", "Callable", "True")]
    public void BuiltinTypesAreRegisteredWithCollectionsAbc(string value, string abc, string expected)
    {
        Assert.Equal(expected + "\n", PythonRunner.Run($"import collections.abc as c\nprint(isinstance({value}, c.{abc}))"));
    }

    [Fact]
    public void MappingMixinsBuildOnThreeMethods()
    {
        var output = PythonRunner.Run(
            "from collections.abc import Mapping\nclass M(Mapping):\n    def __getitem__(self, k): return {'a': 1}[k]\n    def __iter__(self): return iter(['a'])\n    def __len__(self): return 1\nm = M()\nprint(m.get('a'), m.get('z', 0), list(m.items()), 'a' in m, m == {'a': 1})");
        Assert.Equal("1 0 [('a', 1)] True True\n", output);
    }
}
