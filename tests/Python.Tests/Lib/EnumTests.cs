using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Lib;

/// <summary>enum: members, aliases, lookups, IntEnum and Flag reprs. Expected values were printed by CPython 3.11.</summary>
public sealed class EnumTests
{
    [Fact]
    public void MembersAliasesLookupsAndReprsFollowCPython()
    {
        var output = PythonRunner.Run(
            """
            from enum import Enum, IntEnum, auto
            class Color(Enum):
                RED = 1
                GREEN = 2
                CRIMSON = 1
            print(repr(Color.RED), str(Color.GREEN), Color(1) is Color.CRIMSON, list(Color.__members__), len(Color))
            class P(IntEnum):
                LOW = auto()
                HIGH = auto()
            print(P.HIGH + 1, str(P.LOW), f"{P.HIGH}", repr(P.HIGH))
            try:
                Color(9)
            except ValueError as e:
                print(e)
            """);
        Assert.Equal(
            """
            <Color.RED: 1> Color.GREEN True ['RED', 'GREEN', 'CRIMSON'] 2
            3 1 2 <P.HIGH: 2>
            9 is not a valid Color
            """ + "\n",
            output);
    }

    [Fact]
    public void FlagCompositesIterateAndReprLikeCPython()
    {
        var output = PythonRunner.Run(
            """
            from enum import Flag, IntFlag, auto
            class Perm(Flag):
                R = auto()
                W = auto()
                X = auto()
            print(repr(Perm.R | Perm.W), str(Perm.R | Perm.X), list(Perm.R | Perm.X), repr(Perm(0)), repr(~Perm.R))
            class M(IntFlag):
                A = 1
                B = 2
            print(repr(M.A | 8), M.A | M.B, repr(M(3)))
            """);
        Assert.Equal(
            """
            <Perm.R|W: 3> Perm.R|X [<Perm.R: 1>, <Perm.X: 4>] <Perm: 0> <Perm.W|X: 6>
            <M.A|8: 9> 3 <M.A|B: 3>
            """ + "\n",
            output);
    }
}
