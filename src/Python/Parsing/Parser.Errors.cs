using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Lexing;

namespace IronUwsgi.Python.Parsing;

/// <summary>Building SyntaxErrors with CPython's messages and locations.</summary>
internal sealed partial class Parser
{
    private PythonSyntaxError ErrorRange(SourcePos start, SourcePos end, string message, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError)
    {
        if (_inFString && !message.StartsWith(FStringErrorPrefix, StringComparison.Ordinal))
        {
            message = FStringErrorPrefix + message;
        }

        int offset = _lines.CharOffset(start.Line, start.Column);
        int endOffset = _lines.CharOffset(end.Line, end.Column);
        return new PythonSyntaxError(kind, message, _fileName, start.Line, offset, end.Line, endOffset, _lines.LineText(start.Line));
    }

    private PythonSyntaxError ErrorAt(in Token t, string message, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError) =>
        ErrorRange(t.Start, t.End, message, kind);

    private PythonSyntaxError ErrorAt(LocatedNode n, string message) => ErrorRange(StartOf(n), EndOf(n), message);

    /// <summary>The generic error at the current token, as CPython reports a failed parse there.</summary>
    private PythonSyntaxError InvalidSyntax()
    {
        Token t = Cur;
        return t.Kind switch
        {
            TokenKind.Indent => ErrorAt(t, "unexpected indent", SyntaxErrorKind.IndentationError),
            TokenKind.Dedent => ErrorAt(t, "unexpected unindent", SyntaxErrorKind.IndentationError),
            _ => PreferTokenizerError(ErrorAt(t, "invalid syntax")),
        };
    }

    /// <summary>
    /// Like CPython, after a generic error the rest of the source is tokenized, and a lexical
    /// error found there wins (the tokenizer knows which ones CPython lets win).
    /// </summary>
    private PythonSyntaxError PreferTokenizerError(PythonSyntaxError error)
    {
        if (_count > 0 && _tokens[_count - 1].Kind == TokenKind.EndMarker)
        {
            return error;
        }

        return _tokenizer.ErrorInRest(error.LineNo) ?? error;
    }

    /// <summary>CPython's name of an expression kind in "cannot assign to ..." messages.</summary>
    private static string ExprName(Expr e) => e switch
    {
        Ast.Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        List => "list",
        Ast.Tuple => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Dict => "dict literal",
        Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant { Value: null } => "None",
        Constant { Value: true } => "True",
        Constant { Value: false } => "False",
        Constant { Value: EllipsisValue } => "ellipsis",
        Constant => "literal",
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "expression",
    };
}
