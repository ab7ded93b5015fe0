using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Compiling;

/// <summary>
/// a[i:j:k] compiled without a slice object for exact lists and tuples, and list/tuple `+`
/// answered inline, and tuple(x) of the builtin type built directly, give the same values,
/// identities (the one empty tuple, a whole tuple reused) and errors as the general rules.
/// </summary>
public class SequenceFastPathTests
{
    [Theory]
    [InlineData("a = [0, 1, 2, 3, 4, 5]\nk = 3\nprint(a[:k + 1], a[k:], a[k::-1], a[::-1], a[-2:], a[-100:2], a[10:], a[1:5:2])", "[0, 1, 2, 3] [3, 4, 5] [3, 2, 1, 0] [5, 4, 3, 2, 1, 0] [4, 5] [0, 1] [] [1, 3]\n")]
    public void ExactListSlicesWithIntAndNoneBounds(string code, string expected) => Assert.Equal(expected, PythonRunner.Run(code));

    [Theory]
    [InlineData("class I:\n    def __index__(self):\n        return 2\na = [0, 1, 2, 3, 4]\nprint(a[I():], a[:I()], a[::I()], (0, 1, 2, 3)[I():])", "[2, 3, 4] [0, 1] [0, 2, 4] (2, 3)\n")]
    public void SliceBoundsUseIndex(string code, string expected) => Assert.Equal(expected, PythonRunner.Run(code));

    [Theory]
    [InlineData("t = (1, 2, 3, 4)\nprint(t[:] is t, t[0:4] is t, t[:10] is t, t[::-1], t[1:3], t[::-1] is t)", "True True True (4, 3, 2, 1) (2, 3) False\n")]
    public void WholeExactTupleSliceIsTheTupleItself(string code, string expected) => Assert.Equal(expected, PythonRunner.Run(code));

    [Theory]
    [InlineData("class L(list):\n    def __getitem__(self, k):\n        return ('get', k)\n    def __setitem__(self, k, v):\n        print('set', k, v)\nl = L([1, 2])\nprint(l[1:2], l[::-1])\nl[:1] = [9]\nprint(list(l))", "('get', slice(1, 2, None)) ('get', slice(None, None, -1))\nset slice(None, 1, None) [9]\n[1, 2]\n")]
    public void ListSubclassGetsSliceObjects(string code, string expected) => Assert.Equal(expected, PythonRunner.Run(code));

    [Theory]
    [InlineData("p = list(range(8))\np[:4] = p[3::-1]\nprint(p)\np[::2] = 'abcd'\nprint(p)\np[:] = p\nprint(p)\nx = [1, 2, 3]\nx[1:1] = (7, 8)\nprint(x)\nx[1:3] = []\nprint(x)", "[3, 2, 1, 0, 4, 5, 6, 7]\n['a', 2, 'b', 0, 'c', 5, 'd', 7]\n['a', 2, 'b', 0, 'c', 5, 'd', 7]\n[1, 7, 8, 2, 3]\n[1, 2, 3]\n")]
    public void SliceAssignmentReplacesAndResizes(string code, string expected) => Assert.Equal(expected, PythonRunner.Run(code));

    [Theory]
    [InlineData("a = [1, 2, 3]\nfor f in (lambda: a[1.0:], lambda: a[::0], lambda: a.__setitem__(slice(None, None, 2), [1]), lambda: {}[1:2]):\n    try:\n        f()\n    except Exception as e:\n        print(type(e).__name__, e)\ntry:\n    a[:2] = 5\nexcept TypeError as e:\n    print(e)\ntry:\n    a[::2] = [1]\nexcept ValueError as e:\n    print(e)", "TypeError slice indices must be integers or None or have an __index__ method\nValueError slice step cannot be zero\nValueError attempt to assign sequence of size 1 to extended slice of size 2\nTypeError unhashable type: 'slice'\ncan only assign an iterable\nattempt to assign sequence of size 1 to extended slice of size 2\n")]
    public void SliceErrorsKeepTheirMessages(string code, string expected) => Assert.Equal(expected, PythonRunner.Run(code));

    [Theory]
    [InlineData("print([1] + [2], (1,) + (2, 3), () + (), [] + [], (1,) + () == (1,))\nclass T(tuple):\n    def __radd__(self, o):\n        return 'radd'\nclass M(list):\n    def __radd__(self, o):\n        return 'mradd'\nprint((1,) + T((2,)), [1] + M([2]))\nfor a, b in (([1], (2,)), ((1,), [2])):\n    try:\n        a + b\n    except TypeError as e:\n        print(e)", "[1, 2] (1, 2, 3) () [] True\nradd mradd\ncan only concatenate list (not \"tuple\") to list\ncan only concatenate tuple (not \"list\") to tuple\n")]
    public void ListAndTupleConcatenationKeepsReflectedRules(string code, string expected) => Assert.Equal(expected, PythonRunner.Run(code));

    [Theory]
    [InlineData("print('abcdef'[1:4], 'abcdef'[::-1], b'xyz'[1:], range(10)[2:5], bytearray(b'ab')[::-1])", "bcd fedcba b'yz' range(2, 5) bytearray(b'ba')\n")]
    public void OtherSequencesStillSliceThroughSliceObjects(string code, string expected) => Assert.Equal(expected, PythonRunner.Run(code));

    [Theory]
    [InlineData("class T(tuple):\n    pass\nt = (1, 2)\nprint(tuple([1, 2]), tuple('ab'), tuple(x * 2 for x in range(3)), tuple(t) is t, tuple({1: 2}))\nprint(type(T([1])).__name__, tuple(T([1])), type(tuple(T([1]))).__name__)\nfor args in ((1,), ([1], [2])):\n    try:\n        tuple(*args)\n    except TypeError as e:\n        print(e)\ntry:\n    tuple(x=1)\nexcept TypeError as e:\n    print(e)", "(1, 2) ('a', 'b') (0, 2, 4) True (1,)\nT (1,) tuple\n'int' object is not iterable\ntuple expected at most 1 argument, got 2\ntuple() takes no keyword arguments\n")]
    public void TupleOfIterableBuildsOrReusesTuples(string code, string expected) => Assert.Equal(expected, PythonRunner.Run(code));

    [Theory]
    [InlineData("t = (1, 2)\nclass T(tuple):\n    pass\ndef f():\n    return ()\ne = []\nprint(() is (), tuple([]) is (), tuple(()) is f(), t + () is t, () + t is t, e + [] is e)\nprint(type(T((1,)) + ()).__name__, type(() + T((1,))).__name__, T((1,)) + ())", "True True True True True False\ntuple tuple (1,)\n")]
    public void EmptyTupleIsOneObject(string code, string expected) => Assert.Equal(expected, PythonRunner.Run(code));
}
