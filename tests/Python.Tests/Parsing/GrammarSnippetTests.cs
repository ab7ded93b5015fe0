using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Parsing;
using Assert = Xunit.Assert;

namespace IronUwsgi.Python.Tests.Parsing;

/// <summary>
/// Each 3.11 construct the issue names, in all three parse modes, dumps with positions exactly as
/// CPython's ast.parse does (computed by python3 at test time).
/// </summary>
public sealed class GrammarSnippetTests
{
    private static readonly string[] ModuleSnippets =
    [
        "@property\n@functools.lru_cache(maxsize=None)\n@(lambda f: f)\n@a[0].b\ndef f(): pass\n",
        "def f(a, b=1, /, c=2, *args: int, d, e=3, **kw: 'x') -> None: ...\n",
        "def f(*, a): pass\ndef g(a, /): pass\ndef h(*args: *Ts): pass\nlambda a, /, b=1, *c, d, **e: 0\n",
        "if (n := len(a)) > 10: print(n)\n[y := f(x), y**2]\nf(x := 1)\n",
        "a, *b = c\n[a, *b] = c\n*a, = b\nprint(*a, *b, **c, **d)\nx = *a, *b\n",
        "match p:\n    case 1 | 2 | -3 | 1.5 | 2 + 3j | -1 - 2j | 'a' 'b' | b'x' | None | True | False:\n        pass\n",
        "match p:\n    case [a, *rest] | (a, *_) | [] | () | [*_] | (x,):\n        pass\n    case {'k': v, 1: _, **kw} | {}:\n        pass\n",
        "match p:\n    case Point(1, y=2) | Point() | a.b.C(x, [*_]) if x > 0:\n        pass\n    case (a as b) | c.d | _ as e:\n        pass\n",
        "match x, y:\n    case _:\n        pass\nmatch (x):\n    case [1, 2, *others] as whole:\n        pass\n",
        "async def f():\n    await x\n    async with a as b, c:\n        pass\n    async for i in y:\n        yield i\n    return [i async for i in y if await i]\n",
        "def f():\n    global a, b\n    def g():\n        nonlocal c\n    yield from g()\n    x = yield\n    y = yield 1, 2\n",
        "[x for x in y if x if not x for z in x]\n{k: v for k, v in d.items()}\n{a for b in c}\n(a for b in c)\nf(a for b in c)\n",
        "a[1:2, ::3, ...]\na[:]\na[::]\na[1:]\na[:, None]\na[*b]\na[1,]\na[b:=1]\n",
        "a < b <= c != d is not e not in f in g is h\na if b else c if d else e\nnot a and b or not c\n",
        "del a, b[1], c.d, (e, f), [g]\ndel (a)\n",
        "with (a, b):\n    pass\nwith (a as b, c as d,):\n    pass\nwith (a, b) as c:\n    pass\nwith (yield):\n    pass\n",
        "try:\n    pass\nexcept* (A, B) as e:\n    pass\nexcept* C:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
        "try:\n    pass\nexcept:\n    pass\ntry:\n    pass\nfinally:\n    pass\n",
        "x = 'a' 'b' f'c{d!r:>{w}.{p}}' 'e' f'{x=}' f'{y = !s:3}' r'\\x' 'g'\nu'kind' 'x'\nb'a' b'c'\n",
        "f'''{\n  a +\n  b\n}''' f'{a, b}' f'{yield}' f\"{'nested' + f'{x}'}\"\n",
        "x: int\nx: int = 1\n(y): list = []\na.b: str\na[0]: int = 0\nx += 1; y //= 2; z @= m\n",
        "import a.b.c as d, e\nfrom . import x\nfrom .. a import (b as c, d,)\nfrom ... import *\nfrom .... x import y\n",
        "class A(B, *C, metaclass=M, **kw):\n    '''doc'''\n    x = 1; y = 2;\n",
        "while x:\n    break\nelse:\n    continue\nfor x, in y:\n    pass\nelse:\n    pass\nassert x, 'msg'\nraise\nraise E from None\n",
        "0xFF + 0o17 + 0b11 + 1_000 + 1e10 + 1.5j + 10**100 + 0.0 + .5 + 5. + 1E-5 + 1_0.0_1e+1_0\n",
        "x = 1 \\\n    + 2\nif x:\n\n    # comment\n    pass\n\n",
        "type = match = case = _ = 1\nmatch(x)\nmatch[x]\nprint(match, case)\n",
        "é = 'ü'; x = 'é' + é  # non-ASCII columns are counted in UTF-8 bytes\n",
    ];

    [Fact]
    public void ModuleSnippetsDumpWithPositionsAsCPythonDoes()
    {
        var expected = CPythonReference.Request(new { mode = "dumps", sources = ModuleSnippets, attributes = true, parse_mode = "exec" });
        for (int i = 0; i < ModuleSnippets.Length; i++)
        {
            Assert.NotNull(expected[i]);
            Assert.Equal((string)expected[i]!, AstDumper.Dump(PythonParser.ParseModule(ModuleSnippets[i], "<snippet>"), includeAttributes: true));
        }
    }

    [Fact]
    public void EvalModeParsesExpressionsAsCPythonDoes()
    {
        string[] sources = ["1 + 2", "a, b", "lambda: (yield)", "x if y else z\n\n", "[i for i in range(3)]", "f(*a, k=1)", "a,"];
        var expected = CPythonReference.Request(new { mode = "dumps", sources, attributes = true, parse_mode = "eval" });
        for (int i = 0; i < sources.Length; i++)
        {
            Assert.Equal((string?)expected[i], Dump(() => PythonParser.ParseExpression(sources[i], "<eval>")));
        }
    }

    [Fact]
    public void SingleModeParsesOneStatementAsCPythonDoes()
    {
        string[] sources = ["x = 1\n", "a; b; c\n", "if x:\n    y\n\n", "def f():\n    pass\n\n", "\n", "1 + 1\n", "x = 1\ny = 2\n"];
        var expected = CPythonReference.Request(new { mode = "dumps", sources, attributes = true, parse_mode = "single" });
        for (int i = 0; i < sources.Length; i++)
        {
            Assert.Equal((string?)expected[i], Dump(() => PythonParser.ParseInteractive(sources[i], "<single>")));
        }
    }

    private static string? Dump(Func<Node> parse)
    {
        try
        {
            return AstDumper.Dump(parse(), includeAttributes: true);
        }
        catch (PythonSyntaxError)
        {
            return null;
        }
    }
}
