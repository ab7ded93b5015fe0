using IronUwsgi.Python.Parsing;

namespace IronUwsgi.Python.Tests.Parsing;

/// <summary>Deep or hostile input ends in a SyntaxError or a tree, never a crash, hang or stack overflow.</summary>
public sealed class ParserRobustnessTests
{
    [Theory]
    [InlineData(5000, "-")]
    [InlineData(5000, "not ")]
    [InlineData(5000, "~")]
    [InlineData(3000, "lambda: ")]
    [InlineData(2000, "(yield ")]
    public void LongUnaryChainsWithinCPythonsLimitParse(int depth, string prefix)
    {
        string source = string.Concat(Enumerable.Repeat(prefix, depth)) + "x";
        if (prefix.StartsWith('('))
        {
            // Parenthesised forms are capped by the tokenizer at 200 open brackets.
            source = string.Concat(Enumerable.Repeat(prefix, 150)) + "x" + new string(')', 150);
        }

        var tree = PythonParser.ParseExpression(source, "<deep>");
        Assert.NotNull(tree.Body);
    }

    [Theory]
    [InlineData("-")]
    [InlineData("not ")]
    [InlineData("lambda: ")]
    [InlineData("2 ** ")]
    [InlineData("x if y else ")]
    public void UnboundedNestingIsASyntaxError(string prefix)
    {
        string source = string.Concat(Enumerable.Repeat(prefix, 100_000)) + "x";
        var error = Assert.Throws<PythonSyntaxError>(() => PythonParser.ParseModule(source, "<deep>"));
        Assert.Equal("too many nested parentheses", error.Message);
    }

    [Fact]
    public void StarredTargetChainsAreBounded()
    {
        string source = "for " + new string('*', 100_000) + "a in b: pass";
        Assert.Throws<PythonSyntaxError>(() => PythonParser.ParseModule(source, "<deep>"));
    }

    [Fact]
    public void NestedBracketsStopAtCPythonsLimit()
    {
        Assert.NotNull(PythonParser.ParseModule("x = " + new string('(', 199) + "1" + new string(')', 199), "<deep>"));
        var error = Assert.Throws<PythonSyntaxError>(() => PythonParser.ParseModule("x = " + new string('[', 300) + new string(']', 300), "<deep>"));
        Assert.Equal("too many nested parentheses", error.Message);
        Assert.Equal(1, error.LineNo);
    }

    [Fact]
    public void LongFlatSequencesParseWithoutRecursion()
    {
        string sum = "x = " + string.Join(" + ", Enumerable.Range(0, 50_000));
        string attributes = "x = a" + string.Concat(Enumerable.Repeat(".b", 50_000));
        string calls = "f" + string.Concat(Enumerable.Repeat("()", 10_000));
        Assert.Single(PythonParser.ParseModule(sum, "<long>").Body);
        Assert.Single(PythonParser.ParseModule(attributes, "<long>").Body);
        Assert.Single(PythonParser.ParseModule(calls, "<long>").Body);
    }

    [Fact]
    public void TruncatedAndMutatedSourcesNeverCrash()
    {
        string source = """
            import os
            @decorator(arg=1)
            class Example(Base, metaclass=Meta):
                def method(self, a, /, b=2, *args, c, d=4, **kw) -> dict[str, int]:
                    with open(a) as f, (yield b) as g:
                        return {k: v for k, v in f if v} | {**kw}
                async def other(self):
                    async for x in self:
                        await x
                    match self.value:
                        case [1, *rest] | {"k": _} if rest:
                            pass
                        case Point(x=0) as p:
                            print(f"{p!r:>{width}} {p=}")
            try:
                lambda x: (x := 1)
            except* ValueError as e:
                del e
            """;
        var random = new Random(12345);
        for (int i = 0; i < 3000; i++)
        {
            int edits = 1 + random.Next(3);
            var text = new System.Text.StringBuilder(source);
            for (int e = 0; e < edits && text.Length > 1; e++)
            {
                int at = random.Next(text.Length);
                switch (random.Next(3))
                {
                    case 0:
                        text.Remove(at, 1);
                        break;
                    case 1:
                        text.Insert(at, "()[]{}:,=*\"'\\\n\t #@.f"[random.Next(20)]);
                        break;
                    default:
                        text.Length = at;
                        break;
                }
            }

            try
            {
                PythonParser.ParseModule(text.ToString(), "<mutated>");
            }
            catch (PythonSyntaxError)
            {
                // Rejected cleanly: what this test wants when the mutation broke the syntax.
            }
        }
    }
}
