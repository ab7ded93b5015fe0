using IronUwsgi.Python.Compiling.Symbols;
using IronUwsgi.Python.Parsing;

namespace IronUwsgi.Python.Tests.Compiling;

public class SymbolTableTests
{
    private static SymbolTable Build(string source) => SymbolTable.Build(PythonParser.ParseModule(source.ReplaceLineEndings("\n"), "<test>"), "<test>");

    private static Scope Child(Scope scope, string name) => scope.Children.Single(c => c.Name == name);

    [Fact]
    public void AssignedNamesAreLocalAndOthersGlobal()
    {
        var top = Build("def f(a):\n    b = a\n    return c\n").Top;
        var f = Child(top, "f");
        Assert.Equal(Binding.Local, f.BindingOf("a"));
        Assert.Equal(Binding.Local, f.BindingOf("b"));
        Assert.Equal(Binding.Global, f.BindingOf("c"));
        Assert.Equal(Binding.Name, top.BindingOf("f"));
    }

    [Fact]
    public void CapturedLocalBecomesCellAndInnerUseIsFree()
    {
        var top = Build("def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n").Top;
        var outer = Child(top, "outer");
        var inner = Child(outer, "inner");
        Assert.Equal(Binding.Cell, outer.BindingOf("x"));
        Assert.Equal(["x"], outer.CellVars);
        Assert.Equal(Binding.Free, inner.BindingOf("x"));
        Assert.Equal(["x"], inner.FreeVars);
    }

    [Fact]
    public void FreeVariablesPassThroughIntermediateFunctions()
    {
        var top = Build("def a():\n    v = 1\n    def b():\n        def c():\n            return v\n        return c\n    return b\n").Top;
        var b = Child(Child(top, "a"), "b");
        Assert.Equal(["v"], b.FreeVars);
        Assert.Equal(Binding.Free, Child(b, "c").BindingOf("v"));
    }

    [Fact]
    public void NonlocalBindsToEnclosingFunction()
    {
        var top = Build("def f():\n    n = 0\n    def g():\n        nonlocal n\n        n += 1\n    return g\n").Top;
        var f = Child(top, "f");
        Assert.Equal(Binding.Cell, f.BindingOf("n"));
        Assert.Equal(Binding.Free, Child(f, "g").BindingOf("n"));
    }

    [Fact]
    public void NonlocalWithoutBindingIsSyntaxError()
    {
        var e = Assert.Throws<PythonSyntaxError>(() => Build("def f():\n    def g():\n        nonlocal q\n"));
        Assert.Equal("no binding for nonlocal 'q' found", e.Message);
    }

    [Fact]
    public void GlobalDeclarationMakesAssignmentGlobal()
    {
        var f = Child(Build("def f():\n    global g\n    g = 1\n").Top, "f");
        Assert.Equal(Binding.Global, f.BindingOf("g"));
    }

    [Fact]
    public void UseBeforeGlobalDeclarationIsSyntaxError()
    {
        var e = Assert.Throws<PythonSyntaxError>(() => Build("def f():\n    print(x)\n    global x\n"));
        Assert.Equal("name 'x' is used prior to global declaration", e.Message);
    }

    [Fact]
    public void ClassBodyNamesAreNotVisibleToMethods()
    {
        var top = Build("def f():\n    y = 1\n    class C:\n        y = 2\n        def m(self):\n            return y\n    return C\n").Top;
        var c = Child(Child(top, "f"), "C");
        Assert.Equal(Binding.Name, c.BindingOf("y"));
        Assert.Equal(Binding.Free, Child(c, "m").BindingOf("y"));
        Assert.Equal(Binding.Cell, Child(top, "f").BindingOf("y"));
    }

    [Fact]
    public void SuperInMethodCreatesClassCell()
    {
        var c = Child(Build("class C(B):\n    def m(self):\n        return super().m()\n").Top, "C");
        Assert.True(c.NeedsClassCell);
        Assert.Equal(["__class__"], Child(c, "m").FreeVars);
    }

    [Fact]
    public void ComprehensionHasOwnScopeAndWalrusBindsOutside()
    {
        var top = Build("def f(xs):\n    r = [last := x for x in xs]\n    return last\n").Top;
        var f = Child(top, "f");
        var comp = Child(f, "<listcomp>");
        Assert.Equal(Binding.Local, comp.BindingOf("x"));
        Assert.Equal(Binding.Free, comp.BindingOf("last"));
        Assert.Equal(Binding.Cell, f.BindingOf("last"));
        Assert.Equal(["xs"], f.Parameters);
    }

    [Fact]
    public void YieldMakesGenerator()
    {
        var top = Build("def g():\n    yield 1\ndef h():\n    return (x for x in ())\n").Top;
        Assert.True(Child(top, "g").IsGenerator);
        Assert.False(Child(top, "h").IsGenerator);
        Assert.True(Child(Child(top, "h"), "<genexpr>").IsGenerator);
    }

    [Fact]
    public void QualifiedNamesFollowCPython()
    {
        var top = Build("class A:\n    def m(self):\n        def inner():\n            pass\n").Top;
        var m = Child(Child(top, "A"), "m");
        Assert.Equal("A.m", m.QualifiedName);
        Assert.Equal("A.m.<locals>.inner", Child(m, "inner").QualifiedName);
    }

    [Fact]
    public void PrivateNamesAreMangledInClassBodies()
    {
        var c = Child(Build("class Box:\n    __secret = 1\n").Top, "Box");
        Assert.Contains("_Box__secret", c.Symbols.Keys);
    }
}
