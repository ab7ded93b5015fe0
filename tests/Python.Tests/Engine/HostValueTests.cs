using System.Numerics;
using IronUwsgi.Python.Engine;

namespace IronUwsgi.Python.Tests.Engine;

/// <summary>The hosting API's value conversion, used the way an embedding program would.</summary>
public sealed class HostValueTests
{
    private readonly PythonEngine engine = new();

    private object Eval(string expression) => engine.Run(() => engine.Execute($"result = {expression}\n").Get("result"));

    private string Describe(object? clrValue) => engine.Run(() =>
    {
        var scope = engine.Execute("def describe(v):\n    return f'{type(v).__name__} {v!r}'\n");
        return (string)engine.Call(scope.Get("describe"), engine.ToPython(clrValue));
    });

    [Theory]
    [InlineData(null, "NoneType None")]
    [InlineData(true, "bool True")]
    [InlineData(42, "int 42")]
    [InlineData(7L, "int 7")]
    [InlineData((byte)255, "int 255")]
    [InlineData(ulong.MaxValue, "int 18446744073709551615")]
    [InlineData(2.5, "float 2.5")]
    [InlineData(1.5f, "float 1.5")]
    [InlineData("héllo", "str 'héllo'")]
    [InlineData('x', "str 'x'")]
    public void ScalarsBecomeTheirPythonTypes(object? value, string expected) =>
        Assert.Equal(expected, Describe(value));

    [Fact]
    public void ContainersConvertRecursively()
    {
        Assert.Equal("list [1, 'a', [2.5, None]]", Describe(new object?[] { 1, "a", new List<object?> { 2.5, null } }));
        Assert.Equal("dict {'k': (1, b'\\x00\\xff')}", Describe(new Dictionary<string, object> { ["k"] = (1, new byte[] { 0, 255 }) }));
        Assert.Equal("int 1267650600228229401496703205376", Describe(BigInteger.Pow(2, 100)));
    }

    [Fact]
    public void AValueWithoutAPythonCounterpartIsRefusedByName()
    {
        var error = Assert.Throws<ArgumentException>(() => engine.ToPython(new Uri("http://127.0.0.1/")));
        Assert.Contains("System.Uri", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PythonObjectsComeBackAsPlainDotNetData()
    {
        Assert.Null(engine.ToClr(Eval("None")));
        Assert.Equal(3L, engine.ToClr(Eval("1 + 2")));
        Assert.Equal(BigInteger.Pow(10, 30), engine.ToClr(Eval("10 ** 30")));
        Assert.Equal("ab", engine.ToClr(Eval("'a' + 'b'")));
        Assert.Equal(new byte[] { 104, 105 }, engine.ToClr(Eval("b'hi'")));
        Assert.Equal(new List<object?> { 1L, "x", null }, engine.ToClr(Eval("[1, 'x', None]")));
        Assert.Equal(new object?[] { 0.5, true }, engine.ToClr(Eval("(0.5, True)")));
        var dict = Assert.IsType<Dictionary<object, object?>>(engine.ToClr(Eval("{'a': [1], 2: 'b'}")));
        Assert.Equal(new List<object?> { 1L }, dict["a"]);
        Assert.Equal("b", dict[2L]);
        Assert.True(new HashSet<object> { 1L, 2L }.SetEquals(Assert.IsType<HashSet<object>>(engine.ToClr(Eval("{1, 2}")))));
    }

    [Fact]
    public void AsReadsTheRequestedTypeOrSaysWhyNot()
    {
        Assert.Equal(41, engine.As<int>(Eval("41")));
        Assert.Equal(3.0, engine.As<double>(Eval("3")));
        Assert.Equal("s", engine.As<string>(Eval("'s'")));
        Assert.Null(engine.As<string?>(Eval("None")));
        Assert.Equal("the Python int 1099511627776 does not fit in System.Int32", Assert.Throws<OverflowException>(() => engine.As<int>(Eval("2 ** 40"))).Message);
        Assert.Equal("a Python 'float' cannot be read as System.Int64", Assert.Throws<InvalidCastException>(() => engine.As<long>(Eval("2.5"))).Message);
        Assert.Equal("a Python 'str' cannot be read as System.Int32", Assert.Throws<InvalidCastException>(() => engine.As<int>(Eval("'3'"))).Message);
    }

    [Fact]
    public async Task TheReadmeEmbeddingExampleRunsOnAPlainThread()
    {
        var result = await Task.Run(() =>
        {
            var engine = new PythonEngine();
            using var attached = engine.Enter();
            engine.AddSearchPath("pyapps");
            engine.RegisterModule("host", (e, scope) => scope.Set("greeting", "hi"));
            var scope = engine.Execute("import host\ndef f(x):\n    return host.greeting + ' ' + x\n", "<embed>");
            object list = engine.ToPython(new object[] { 1, "a", new Dictionary<string, int> { ["k"] = 2 } });
            return (engine.Call(scope.Get("f"), "there"), engine.ToClr(engine.Call(scope.Get("f"), "you")),
                engine.As<int>(engine.Execute("n = 6 * 7\n").Get("n")), engine.Call(engine.Execute("r = repr\n").Get("r"), list));
        });
        Assert.Equal(("hi there", (object?)"hi you", 42, (object)"[1, 'a', {'k': 2}]"), result);
    }
}
