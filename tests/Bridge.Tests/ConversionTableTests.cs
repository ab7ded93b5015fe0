using System.Numerics;
using IronUwsgi.Erlang.Terms;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Bridge.Tests;

/// <summary>Every row of the conversion table, both ways, in a real engine.</summary>
public class ConversionTableTests
{
    private static readonly ErlAtom Node = new("erl@127.0.0.1");

    private readonly EngineWithUwsgi _py = new();

    public static TheoryData<string, string> Rows() => new()
    {
        { "atom", "'hello world !'" },
        { "true", "True" },
        { "false", "False" },
        { "small int", "42" },
        { "negative int", "-7" },
        { "64-bit int", "9223372036854775807" },
        { "big int", "123456789012345678901234567890" },
        { "negative big int", "-(2 ** 200)" },
        { "float", "3.25" },
        { "empty list", "[]" },
        { "string as list of ints", "[97, 98, 99]" },
        { "nested list", "[1, ['a', (2, 3.5)], b'x']" },
        { "tuple", "('ok', 1, [2])" },
        { "empty tuple", "()" },
        { "binary", "b'hello\\x00\\xff'" },
        { "map", "{'a': 1, (1, 2): [3], b'k': {'n': 2.5}}" },
        { "pid", "uwsgi.ErlangPid('erl@127.0.0.1', 85, 2, 3)" },
        { "reference", "uwsgi.ErlangRef('erl@127.0.0.1', 3, (1, 2, 3))" },
        { "port", "uwsgi.ErlangPort('erl@127.0.0.1', 7, 3)" },
        { "bitstring", "uwsgi.ErlangBitstring(b'\\xa0', 3)" },
        { "improper list", "uwsgi.ErlangImproperList([1, 2], 'tail')" },
    };

    public static TheoryData<string, ErlTerm> Terms() => new()
    {
        { "'hello world !'", new ErlAtom("hello world !") },
        { "True", ErlAtom.True },
        { "False", ErlAtom.False },
        { "42", new ErlInteger(42) },
        { "9223372036854775807", new ErlInteger(long.MaxValue) },
        { "123456789012345678901234567890", new ErlInteger(BigInteger.Parse("123456789012345678901234567890")) },
        { "3.25", new ErlFloat(3.25) },
        { "[]", ErlList.Nil },
        { "[97, 98, 99]", ErlList.FromString("abc") },
        { "('ok', 1)", new ErlTuple(ErlAtom.Ok, new ErlInteger(1)) },
        { "b'\\x01\\x02'", new ErlBinary([1, 2]) },
        { "{'a': 1}", new ErlMap((new ErlAtom("a"), new ErlInteger(1))) },
        { "uwsgi.ErlangPid('erl@127.0.0.1', 85, 2, 3)", new ErlPid(Node, 85, 2, 3) },
        { "uwsgi.ErlangRef('erl@127.0.0.1', 3, (1, 2, 3))", new ErlRef(Node, 3, [1u, 2u, 3u]) },
        { "uwsgi.ErlangPort('erl@127.0.0.1', 7, 3)", new ErlPort(Node, 7, 3) },
        { "uwsgi.ErlangBitstring(b'\\xa0', 3)", new ErlBitstring([0xa0], 3) },
        { "uwsgi.ErlangImproperList([1, 2], 'tail')", new ErlList([new ErlInteger(1), new ErlInteger(2)], new ErlAtom("tail")) },
    };

    [Theory]
    [MemberData(nameof(Rows))]
    public void EveryRowRoundTripsPythonToErlangAndBack(string row, string expression)
    {
        var value = _py.Eval(expression);
        var back = _py.With(c => c.ToPython(c.ToErlang(value)));
        Assert.True(_py.SameInPython(value, back), $"{row}: {_py.Repr(value)} came back as {_py.Repr(back)}");
    }

    [Theory]
    [MemberData(nameof(Terms))]
    public void PythonValuesBecomeTheseTerms(string expression, ErlTerm expected)
    {
        var value = _py.Eval(expression);
        Assert.Equal(expected, _py.With(c => c.ToErlang(value)));
    }

    [Theory]
    [MemberData(nameof(Terms))]
    public void TheseTermsBecomePythonValues(string expression, ErlTerm term)
    {
        var expected = _py.Eval(expression);
        var actual = _py.With(c => c.ToPython(term));
        Assert.True(_py.SameInPython(expected, actual), $"{term} became {_py.Repr(actual)}, expected {_py.Repr(expected)}");
    }

    [Fact]
    public void AnErlangStringArrivesAsAListOfInts()
    {
        var value = _py.With(c => c.ToPython(ErlList.FromString("hi")));
        Assert.Equal("[104, 105]", _py.Repr(value));
    }

    [Fact]
    public void APidArrivesAsTheSeedsDictAndGoesBackAsTheSamePid()
    {
        var pid = new ErlPid(Node, 85, 2, 3);
        var value = _py.With(c => c.ToPython(pid));
        var seedForm = _py.Eval("{'node': 'erl@127.0.0.1', 'number': 85, 'serial': 2, 'creation': 3}");
        Assert.True(_py.Engine.Run(() => IronUwsgi.Python.Runtime.Ops.IsTrue(IronUwsgi.Python.Runtime.Ops.Compare(value, seedForm, IronUwsgi.Python.Runtime.CompareOp.Eq))));
        Assert.IsAssignableFrom<PyDict>(value);
        Assert.Equal(pid, _py.With(c => c.ToErlang(value)));
    }

    [Fact]
    public void APlainDictInTheSeedsPidFormIsAPidWhenSending()
    {
        var value = _py.Eval("{'node': 'erl@127.0.0.1', 'number': 85, 'serial': 2, 'creation': 3}");
        Assert.Equal(new ErlPid(Node, 85, 2, 3), Bridge.Terms.TermConverter.PidOf(value));
    }

    [Fact]
    public void NoneBecomesUndefined() =>
        Assert.Equal(new ErlAtom("undefined"), _py.With(c => c.ToErlang(_py.EvalAttached("None"))));

    [Fact]
    public void UndefinedArrivesAsTheString() =>
        Assert.Equal("undefined", _py.With(c => c.ToPython(new ErlAtom("undefined"))));

    [Theory]
    [InlineData("range(3)")]
    [InlineData("(x for x in [0, 1, 2])")]
    [InlineData("{0, 1, 2}")]
    [InlineData("iter([0, 1, 2])")]
    public void OtherIterablesBecomeLists(string expression)
    {
        var term = _py.With(c => c.ToErlang(_py.EvalAttached(expression)));
        var list = Assert.IsType<ErlList>(term);
        Assert.Equal([0L, 1L, 2L], list.Items.ToArray().Select(t => ((ErlInteger)t).LongValue).Order());
    }

    [Fact]
    public void TheSeedsErlistHelperWorks()
    {
        var term = _py.With(c => c.ToErlang(_py.EvalAttached("(lambda l: list(map(lambda x: x, l)))('ab')")));
        Assert.Equal(new ErlList(new ErlAtom("a"), new ErlAtom("b")), term);
    }

    [Fact]
    public void FunsAndExportsRoundTrip()
    {
        var export = new ErlExport(new ErlAtom("lists"), new ErlAtom("reverse"), 1);
        var value = _py.With(c => c.ToPython(export));
        Assert.Equal("reverse", _py.Engine.Run(() => IronUwsgi.Python.Runtime.Ops.GetAttr(value, "function")));
        Assert.Equal(export, _py.With(c => c.ToErlang(value)));
    }

    [Theory]
    [InlineData("object()", "object")]
    [InlineData("1j", "complex")]
    [InlineData("len", "builtin_function_or_method")]
    public void AnythingElseIsATypeErrorNamingTheType(string expression, string typeName)
    {
        var error = Assert.ThrowsAny<Exception>(() => _py.With(c => c.ToErlang(_py.EvalAttached(expression))));
        Assert.Contains("TypeError", error.GetType().Name + " " + Describe(error));
        Assert.Contains($"'{typeName}'", Describe(error));
    }

    private string Describe(Exception e) =>
        e is PythonException p ? $"{p.Value.Type.Name}: {_py.Repr(p.Value)}" : e.Message;
}
