using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Lib;

/// <summary>dataclasses: generated __init__/__repr__/__eq__/ordering/__hash__, frozen, KW_ONLY, InitVar. Expected values were printed by CPython 3.11.</summary>
public sealed class DataclassesTests
{
    [Fact]
    public void GeneratedMethodsCompareCopyAndFreeze()
    {
        var output = PythonRunner.Run(
            """
            from dataclasses import dataclass, field, asdict, astuple, replace, fields, FrozenInstanceError
            @dataclass(order=True)
            class V:
                major: int
                minor: int = 0
                tags: list = field(default_factory=list, compare=False)
            print(V(1), V(1, 2) < V(1, 3), asdict(V(2, tags=["x"])), astuple(V(3)), [f.name for f in fields(V)], replace(V(1), minor=9))
            @dataclass(frozen=True)
            class F:
                a: int
            try:
                F(1).a = 2
            except FrozenInstanceError as e:
                print(e, hash(F(1)) == hash((1,)))
            try:
                V()
            except TypeError as e:
                print(e)
            """);
        Assert.Equal(
            """
            V(major=1, minor=0, tags=[]) True {'major': 2, 'minor': 0, 'tags': ['x']} (3, 0, []) ['major', 'minor', 'tags'] V(major=1, minor=9, tags=[])
            cannot assign to field 'a' True
            V.__init__() missing 1 required positional argument: 'major'
            """ + "\n",
            output);
    }

    [Fact]
    public void KeywordOnlyInitVarAndMutableDefaultRules()
    {
        var output = PythonRunner.Run(
            """
            from dataclasses import dataclass, KW_ONLY, InitVar, field
            @dataclass
            class K:
                a: int
                _: KW_ONLY
                b: int = 2
                scale: InitVar[int] = 1
                def __post_init__(self, scale):
                    self.a *= scale
            print(K(3, scale=2), K.__match_args__)
            try:
                @dataclass
                class Bad:
                    x: list = []
            except ValueError as e:
                print(e)
            """);
        Assert.Equal(
            """
            K(a=6, b=2) ('a',)
            mutable default <class 'list'> for field x is not allowed: use default_factory
            """ + "\n",
            output);
    }
}
