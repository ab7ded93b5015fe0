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

    [Fact]
    public void PropertySubclassesUseTheirOwnGetSetAndSetName()
    {
        var output = PythonRunner.Run(
            """
            class Named(property):
                def __set_name__(self, owner, name):
                    self.label = owner.__name__ + "." + name
                def __get__(self, inst, owner=None):
                    return self.label if inst is None else self.fget(inst) * 2
                def __set__(self, inst, value):
                    print("set", self.label, value)
            class A:
                @Named
                def x(self): return 21
            a = A()
            a.x = 5
            print(a.x, A.x)
            """);
        Assert.Equal("set A.x 5\n42 A.x\n", output);
    }
}
