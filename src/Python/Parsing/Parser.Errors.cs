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

    private PythonSyntaxError ErrorAt(in Token t, string message, SyntaxErrorKind kind = SyntaxErrorKind.SyntaxError)
    {
        if (t.Kind is TokenKind.EndMarker or TokenKind.Dedent)
        {
            // CPython's end marker (and the dedents before it) sit at the end of the last line.
            SourcePos end = _lines.EndOfLastLine();
            if (t.Kind == TokenKind.EndMarker || t.Start.Line > end.Line)
            {
                return ErrorRange(end, end, message, kind);
            }
        }

        return ErrorRange(t.Start, t.End, message, kind);
    }

    private PythonSyntaxError ErrorAt(LocatedNode n, string message) => ErrorRange(StartOf(n), EndOf(n), message);

    /// <summary>The generic error at the current token, as CPython reports a failed parse there.</summary>
    private PythonSyntaxError InvalidSyntax()
    {
        Token t = TokenAt(Math.Max(_pos, _examined));
        ReadAheadLikeCPython();
        return t.Kind switch
        {
            // CPython points at the last character of the indentation.
            TokenKind.Indent => ErrorRange(new SourcePos(t.End.Line, t.End.Column - 1), t.End, "unexpected indent", SyntaxErrorKind.IndentationError),
            TokenKind.Dedent => ErrorAt(t, "unexpected unindent", SyntaxErrorKind.IndentationError),
            _ => ErrorAt(t, "invalid syntax"),
        };
    }

    /// <summary>
    /// CPython's second pass tries "expression expression" (its missing-comma rule) wherever an
    /// expression ended, reading on; how far it read decides which tokenizer error wins later.
    /// </summary>
    private void ReadAheadLikeCPython()
    {
        if (_readingAhead || _pos == 0 || !StartsExpression(Cur) || !EndsExpression(_tokens[_pos - 1]))
        {
            return;
        }

        int save = _pos;
        int examined = _examined;
        _readingAhead = true;
        try
        {
            ParseExpression();
        }
        catch (PythonSyntaxError) when (!TokenizerFailed)
        {
            // Only the distance read matters here.
        }
        finally
        {
            _readingAhead = false;
            _pos = save;
            _examined = examined;
        }
    }

    private static bool EndsExpression(in Token t) =>
        t.Kind is TokenKind.Number or TokenKind.String ||
        (t.Kind == TokenKind.Name && (!Keywords.IsKeyword(t.Text) || t.Text is "None" or "True" or "False")) ||
        (t.Kind == TokenKind.Op && t.Text is ")" or "]" or "}" or "...");

    /// <summary>
    /// Runs a parse; as CPython does after a parser error, the rest of the source is tokenized and
    /// a lexical error found there wins (the tokenizer knows which ones CPython lets win).
    /// CPython's generic indentation errors are final.
    /// </summary>
    public T Run<T>(Func<Parser, T> parse)
    {
        try
        {
            return parse(this);
        }
        catch (PythonSyntaxError error) when (!TokenizerFailed && !IsFinal(error))
        {
            if (_count == 0 || _tokens[_count - 1].Kind == TokenKind.EndMarker)
            {
                throw;
            }

            // CPython compares with the line of the last token it fetched.
            throw _tokenizer.ErrorInRest(_tokens[_count - 1].Start.Line) ?? error;
        }
    }

    private static bool IsFinal(PythonSyntaxError error) =>
        error.Kind == SyntaxErrorKind.IndentationError && error.Message is "unexpected indent" or "unexpected unindent";

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
