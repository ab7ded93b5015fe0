namespace IronUwsgi.Python.Tests.Engine;

// The `ast` module against the machine's CPython 3.11: the same program must print the same text.
public class AstModuleTests
{
    public static TheoryData<string> Programs => new()
    {
        "import ast\nprint(ast.dump(ast.parse('x = [a for a in b if a] or {**c}\\nasync def f(*, k=1): await g(k)')))",
        "import ast\nprint(ast.dump(ast.parse('class C(B, metaclass=M):\\n    \"\"\"doc\"\"\"\\n    x: int = 1\\n    def m(self, /, a, *r, **kw) -> None: ...'), indent=2, include_attributes=True))",
        "import ast\nprint(ast.dump(ast.parse('try:\\n    pass\\nexcept* E as e:\\n    raise X from e\\nfinally:\\n    del y'), annotate_fields=False))",
        "import ast\nprint(ast.dump(ast.parse('match p:\\n    case {\"k\": [1, *_]} | C(x=2) as z if z: pass'), indent='..'))",
        "import ast\nprint(ast.dump(ast.parse('f\"{a!r:>{w}} \\U0001f40d\" + b\"\\\\x00\" + 1j + 0x10', mode='eval'), include_attributes=True))",
        "import ast\nt = ast.parse('a = 1')\nprint(ast.dump(ast.Module(body=[ast.Expr(ast.Name('x'))], type_ignores=[])), ast.dump(ast.Name(ctx=ast.Load())), ast.dump(ast.Constant(value=None)))",
        "import ast\nprint(ast.literal_eval('{\"a\": (1, -2.5, 3+4j), \"b\": [None, True, ...], \"c\": {b\"x\"}}'))",
        "import ast\nt = ast.parse('def f(a):\\n    return a * 2\\n')\nprint(ast.get_docstring(t.body[0]), [type(n).__name__ for n in ast.walk(t)])\nns = {}\nexec(compile(t, '<t>', 'exec'), ns)\nprint(ns['f'](21))",
        "import ast\nclass V(ast.NodeTransformer):\n    def visit_BinOp(self, node):\n        self.generic_visit(node)\n        return ast.copy_location(ast.BinOp(node.right, ast.Sub(), node.left), node)\nt = ast.fix_missing_locations(V().visit(ast.parse('r = (10 + 3) + 100', mode='exec')))\nns = {}\nexec(compile(t, '<v>', 'exec'), ns)\nprint(ns['r'], ast.dump(t.body[0].value))",
    };

    [Theory]
    [MemberData(nameof(Programs))]
    public void AstModulePrintsWhatCPythonPrints(string program)
    {
        Assert.Equal(Python.Run(program), PythonRunner.Run(program));
    }

    [Fact]
    public void CompileOfAnIncompleteTreeNamesTheMissingField()
    {
        Assert.Equal("TypeError: required field \"lineno\" missing from stmt",
            PythonRunner.RunExpectingError("import ast\ncompile(ast.Module(body=[ast.Pass()], type_ignores=[]), '<m>', 'exec')"));
        Assert.Equal("TypeError: required field \"type_ignores\" missing from Module",
            PythonRunner.RunExpectingError("import ast\ncompile(ast.Module(body=[]), '<m>', 'exec')"));
    }

    [Fact]
    public void LiteralEvalRejectsNamesWithCPythonsMessage()
    {
        Assert.StartsWith("ValueError: malformed node or string on line 1: <ast.Name object at ",
            PythonRunner.RunExpectingError("import ast\nast.literal_eval('[1, x]')"));
    }
}
