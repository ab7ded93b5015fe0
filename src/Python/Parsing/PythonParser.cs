using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Lexing;

namespace IronUwsgi.Python.Parsing;

/// <summary>
/// Entry points of the front end: source text to CPython-compatible AST, or a
/// <see cref="PythonSyntaxError"/> with CPython's message and location.
/// </summary>
internal static class PythonParser
{
    /// <summary>Parses a module (CPython's "exec" mode, file input).</summary>
    public static Module ParseModule(string source, string fileName) => Create(source, fileName).Run(p => p.ParseFileInput());

    /// <summary>Parses one expression (CPython's "eval" mode).</summary>
    public static Expression ParseExpression(string source, string fileName) => Create(source, fileName).Run(p => p.ParseEvalInput());

    /// <summary>Parses a function type comment such as <c>(int, str) -&gt; bool</c> (compile mode func_type).</summary>
    public static FunctionType ParseFunctionType(string source, string fileName) => Create(source, fileName).Run(p => p.ParseFuncTypeInput());

    /// <summary>Parses one interactive statement (CPython's "single" mode).</summary>
    public static Interactive ParseInteractive(string source, string fileName) => Create(source, fileName).Run(p => p.ParseSingleInput());

    private static Parser Create(string source, string fileName)
    {
        var tokenizer = new Tokenizer(source, fileName);
        return new Parser(tokenizer, new SourceLines(source), fileName);
    }
}
