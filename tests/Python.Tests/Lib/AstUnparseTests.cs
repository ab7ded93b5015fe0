using IronUwsgi.Python.Tests.Engine;

namespace IronUwsgi.Python.Tests.Lib;

/// <summary>ast.unparse: CPython's formatting of whole modules, from statements down to quotes and parentheses.</summary>
public sealed class AstUnparseTests
{
    [Fact]
    public void UnparsesStatementsWithCpythonLayout()
    {
        var output = PythonRunner.Run(
            """"
            import ast
            src = '''
            @dec
            class C(B, metaclass=M):
                """Doc."""
                def f(self, a: int = 1, /, *args, k, **kw) -> None:
                    for x, y in z:
                        x = yield a, b
                    if a:
                        pass
                    else:
                        if b:
                            return a, b
            match p:
                case [1, *rest] | {"k": _, **kw} if rest:
                    pass
            '''
            print(ast.unparse(ast.parse(src)))
            """");
        Assert.Equal(
            """"
            @dec
            class C(B, metaclass=M):
                """Doc."""

                def f(self, a: int=1, /, *args, k, **kw) -> None:
                    for x, y in z:
                        x = (yield (a, b))
                    if a:
                        pass
                    elif b:
                        return (a, b)
            match p:
                case [1, *rest] | {'k': _, **kw} if rest:
                    pass
            """" + "\n",
            output);
    }

    [Fact]
    public void ExpressionsGetMinimalParenthesesAndQuotes()
    {
        var output = PythonRunner.Run(
            """
            import ast
            for s in ['a or b or not c', '(x := a + b)', 'x = -1e400', "f'{x[\"k\"]}'", 'x = True.real', 'a[1, *b]']:
                print(ast.unparse(ast.parse(s)))
            print(ast.unparse(ast.BinOp(ast.Name('a'), ast.Mult(), ast.BinOp(ast.Name('b'), ast.Add(), ast.Constant(1)))))
            """);
        Assert.Equal(
            "a or b or (not c)\n(x := (a + b))\nx = -1e309\nf\"{x['k']}\"\nx = True .real\na[1, *b]\na * (b + 1)\n",
            output);
    }
}
