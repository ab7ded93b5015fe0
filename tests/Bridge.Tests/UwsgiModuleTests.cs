namespace IronUwsgi.Bridge.Tests;

/// <summary>The general members of the uwsgi module, in a real engine without an Erlang node.</summary>
public class UwsgiModuleTests
{
    private readonly EngineWithUwsgi _py = new(
        new Dictionary<string, IReadOnlyList<string>> { ["socket"] = [":3031"], ["env"] = ["A=1", "B=2"] },
        processes: 4);

    [Fact]
    public void VersionNumprocAndWorkerId()
    {
        Assert.Equal("2.0.99-test", _py.Eval("uwsgi.version"));
        Assert.Equal(4L, _py.Eval("uwsgi.numproc"));
        Assert.Equal(1L, _py.Eval("uwsgi.worker_id()"));
    }

    [Fact]
    public void OptHoldsTheOptionsSingleValuesAsStrAndRepeatedOnesAsLists()
    {
        Assert.Equal(":3031", _py.Eval("uwsgi.opt['socket']"));
        Assert.Equal("['A=1', 'B=2']", _py.Repr(_py.Eval("uwsgi.opt['env']")));
    }

    [Fact]
    public void LogWritesOneLineToTheServerLog()
    {
        _py.Eval("uwsgi.log('from the app')");
        Assert.Equal(["from the app"], _py.Log);
    }

    [Fact]
    public void RegisterRpcKeepsTheFunctionAndRejectsNonCallables()
    {
        Assert.Equal(true, _py.Eval("uwsgi.register_rpc('add', lambda a, b: a + b)"));
        Assert.True(_py.Engine.Run(() => _py.Host.StateOf(_py.Engine).RpcFunctions.ContainsKey("add")));
        var error = Assert.IsType<IronUwsgi.Python.Objects.PythonException>(Assert.ThrowsAny<Exception>(() => _py.Eval("uwsgi.register_rpc('x', 3)")));
        Assert.Equal("TypeError(\"register_rpc() function must be callable, not 'int'\")", _py.Repr(error.Value));
    }

    [Fact]
    public void ErlangTimeoutIsAnErlangErrorAndATimeoutError()
    {
        Assert.Equal(true, _py.Eval("issubclass(uwsgi.ErlangTimeout, uwsgi.ErlangError) and issubclass(uwsgi.ErlangTimeout, TimeoutError)"));
        Assert.Equal(true, _py.Eval("issubclass(uwsgi.ErlangError, Exception)"));
    }

    [Fact]
    public void WithoutAnErlangNodeTheErlangFunctionsAreAbsentAsInTheSeed() =>
        Assert.Equal(false, _py.Eval("hasattr(uwsgi, 'erlang_connect') or hasattr(uwsgi, 'erlang_rpc')"));

    [Fact]
    public void EachEngineHasItsOwnModule()
    {
        var other = new EngineWithUwsgi();
        _py.Eval("setattr(uwsgi, 'erlang_func', len)");
        Assert.Equal(false, other.Eval("hasattr(uwsgi, 'erlang_func')"));
    }
}
