using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Lib;

public sealed class TypingNumbersInspectTests
{
    [Fact]
    public void TypingAliasesPrintAsCPythonDoes()
    {
        var output = PythonRunner.Run("from typing import *\nprint(List[int], Optional[str], Dict[str, List[int]], Union[int, str], Tuple[int, ...], Callable[[int], str], Literal['a', 1])");
        Assert.Equal("typing.List[int] typing.Optional[str] typing.Dict[str, typing.List[int]] typing.Union[int, str] typing.Tuple[int, ...] typing.Callable[[int], str] typing.Literal['a', 1]\n", output);
    }

    [Fact]
    public void UnionEqualsTheBarUnionAndChecksInstances()
    {
        var output = PythonRunner.Run("from typing import Union, get_origin, get_args\nprint(Union[int, str] == (int | str), isinstance('x', Union[int, str]), isinstance(1.0, Union[int, str]), get_args(Union[int, None]), get_origin(int | str))");
        Assert.Equal("True True False (<class 'int'>, <class 'NoneType'>) <class 'types.UnionType'>\n", output);
    }

    [Fact]
    public void UserGenericsTakeTypeParameters()
    {
        var output = PythonRunner.Run("from typing import Generic, TypeVar\nT = TypeVar('T')\nclass Box(Generic[T]):\n    def __init__(self, v): self.v = v\nprint(Box[int], Box.__parameters__, Box[str]('s').v)");
        Assert.Equal("__main__.Box[int] (~T,) s\n", output);
    }

    [Fact]
    public void RuntimeCheckableProtocolChecksMembers()
    {
        var output = PythonRunner.Run("from typing import Protocol, runtime_checkable\n@runtime_checkable\nclass Closer(Protocol):\n    def close(self): ...\nclass F:\n    def close(self): pass\nprint(isinstance(F(), Closer), isinstance(3, Closer))");
        Assert.Equal("True False\n", output);
    }

    [Fact]
    public void NamedTupleAndTypedDictClassSyntax()
    {
        var output = PythonRunner.Run("from typing import NamedTuple, TypedDict\nclass P(NamedTuple):\n    x: int\n    y: str = 'a'\nclass D(TypedDict, total=False):\n    k: int\nprint(P(1), P._fields, D(k=2), D.__optional_keys__)");
        Assert.Equal("P(x=1, y='a') ('x', 'y') {'k': 2} frozenset({'k'})\n", output);
    }

    [Fact]
    public void GetTypeHintsEvaluatesStringAnnotations()
    {
        var output = PythonRunner.Run("from typing import get_type_hints, List\ndef f(a: 'int', b: List['str']) -> None: pass\nprint(get_type_hints(f))");
        Assert.Equal("{'a': <class 'int'>, 'b': typing.List[str], 'return': <class 'NoneType'>}\n", output);
    }

    [Fact]
    public void NumbersTowerRegistersTheBuiltinNumbersAndFraction()
    {
        var output = PythonRunner.Run("import numbers\nfrom fractions import Fraction\nprint(isinstance(True, numbers.Integral), isinstance(2.5, numbers.Rational), isinstance(1j, numbers.Real), isinstance(1j, numbers.Complex), isinstance(Fraction(1, 2), numbers.Rational), isinstance('1', numbers.Number))");
        Assert.Equal("True False False True True False\n", output);
    }

    [Fact]
    public void SignatureRendersEveryParameterKind()
    {
        var output = PythonRunner.Run("import inspect\ndef f(a, b: int = 1, /, c=2, *args, d: str = 'x', e, **kw) -> str: pass\ndef g(x, *, y): pass\nprint(inspect.signature(f))\nprint(inspect.signature(g))");
        Assert.Equal("(a, b: int = 1, /, c=2, *args, d: str = 'x', e, **kw) -> str\n(x, *, y)\n", output);
    }

    [Fact]
    public void SignatureOfClassesAndBoundMethodsDropsSelf()
    {
        var output = PythonRunner.Run("import inspect\nclass A:\n    def __init__(self, x, y=0): pass\n    def m(self, k): pass\nprint(inspect.signature(A), inspect.signature(A(1).m))");
        Assert.Equal("(x, y=0) (k)\n", output);
    }

    [Fact]
    public void BindMapsArgumentsAndReportsMissingOnes()
    {
        var output = PythonRunner.Run("import inspect\ndef f(a, b=2, *rest, c, **kw): pass\ns = inspect.signature(f)\nb = s.bind(1, 5, 6, c=3, z=4)\nprint(b.arguments, b.args, b.kwargs)\ntry:\n    s.bind(1)\nexcept TypeError as e:\n    print(e)");
        Assert.Equal("{'a': 1, 'b': 5, 'rest': (6,), 'c': 3, 'kw': {'z': 4}} (1, 5, 6) {'c': 3, 'z': 4}\nmissing a required argument: 'c'\n", output);
    }

    [Fact]
    public void InspectPredicatesAndCleandoc()
    {
        var output = PythonRunner.Run("import inspect\ndef gen(): yield 1\nasync def co(): pass\nprint(inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(co), inspect.isbuiltin(len), inspect.isfunction(len), repr(inspect.cleandoc('  a\\n    b\\n      c\\n  ')))");
        Assert.Equal("True True True False 'a\\nb\\n  c'\n", output);
    }
}
