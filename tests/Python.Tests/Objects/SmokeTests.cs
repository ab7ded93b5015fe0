using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Tests.Objects;

public class SmokeTests
{
    [Fact]
    public void BuiltinTypesInitialise()
    {
        Assert.Equal("int", Py.TypeOf(3L).Name);
        Assert.Equal("<class 'int'>", Ops.Repr(Py.IntType));
        Assert.Equal("TypeError", PyExc.TypeError.Name);
    }

    [Fact]
    public void SplitOnStrings() =>
        Assert.Equal("['a', 'b', 'c']", Ops.Repr(Ops.CallMethod("a,b,c", "split", ",")));
}
