using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Lib;

/// <summary>Runtime behaviour the standard library relies on, as CPython 3.11 shows it.</summary>
public sealed class RuntimeSupportTests
{
    [Fact]
    public void MethodTypeMappingProxyClassDocAndHashResultBehaveLikeCPython()
    {
        var output = PythonRunner.Run(
            """
            import types
            class A:
                def __init__(self): self.a = 1
            def hh(self): return hash((self.a,))
            A.__hash__ = hh
            m = types.MethodType(lambda self, x: (self.a, x), A())
            class D: pass
            D.__doc__ = 'set doc'
            print(hash(A()) == hash((1,)), m(5), types.MappingProxyType({'k': 1})['k'], str(types.MappingProxyType({'k': 1})), D.__doc__)
            try:
                types.MappingProxyType([1])
            except TypeError as e: print(e)
            """);
        Assert.Equal("True (1, 5) 1 {'k': 1} set doc\nmappingproxy() argument must be a mapping, not list\n", output);
    }

    [Fact]
    public void TracebackKeepsOneEntryPerRecursiveFrame()
    {
        var output = PythonRunner.Run(
            """
            def rec(n):
                if n == 0:
                    raise ValueError
                rec(n - 1)
            try:
                rec(4)
            except ValueError as e:
                tb, count = e.__traceback__, 0
                while tb is not None:
                    count += 1
                    tb = tb.tb_next
                print(count)
            """);
        Assert.Equal("6\n", output);
    }
}
