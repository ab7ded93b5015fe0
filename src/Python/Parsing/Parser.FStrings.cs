using System.Text;
using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Lexing;
using IronUwsgi.Python.Parsing.Literals;

namespace IronUwsgi.Python.Parsing;

/// <summary>
/// JoinedStr trees from implicitly concatenated strings with at least one f-string, placed as
/// CPython 3.11's string_parser.c places them.
/// </summary>
internal sealed partial class Parser
{
    private const string FStringErrorPrefix = "f-string: ";

    // Set on parsers of f-string replacement fields: CPython prefixes their messages with "f-string: ".
    private bool _inFString;

    private Expr BuildJoinedStr(int from, int to)
    {
        SourcePos start = _tokens[from].Start;
        SourcePos end = _tokens[to - 1].End;
        var values = new List<Expr>();
        var pending = new StringBuilder();
        for (int i = from; i < to; i++)
        {
            Token t = _tokens[i];
            if (!StringToken.Parse(t.Text).IsFormatted)
            {
                pending.Append(DecodeText(t));
                continue;
            }

            var expressions = new Queue<Expr>();
            var parts = FStringSplitter.Split(
                t.Text,
                t.Start,
                message => ErrorAt(t, message),
                expression => expressions.Enqueue(ParseFieldExpression(expression)));
            foreach (FStringPart part in parts)
            {
                if (part is FStringLiteral literal)
                {
                    pending.Append(literal.Value);
                    continue;
                }

                FlushLiteral(values, pending, start, end);
                values.Add(BuildFormattedValue((FStringField)part, expressions, start, end, t));
            }
        }

        FlushLiteral(values, pending, start, end);
        return Place(new JoinedStr(values), start, end);
    }

    private static void FlushLiteral(List<Expr> values, StringBuilder pending, SourcePos start, SourcePos end)
    {
        if (pending.Length > 0)
        {
            values.Add(Place(new Constant(pending.ToString(), null), start, end));
            pending.Clear();
        }
    }

    /// <summary>
    /// A field as FormattedValue. Its format spec is a JoinedStr placed on the f-string token itself;
    /// literal text inside the spec takes the whole concatenation's span, except trailing text, which
    /// takes the token's span (both quirks of CPython 3.11).
    /// </summary>
    private Expr BuildFormattedValue(FStringField field, Queue<Expr> expressions, SourcePos start, SourcePos end, in Token token)
    {
        Expr value = expressions.Dequeue();
        JoinedStr? spec = null;
        if (field.FormatSpec is { } specParts)
        {
            var specValues = new List<Expr>();
            for (int i = 0; i < specParts.Count; i++)
            {
                if (specParts[i] is FStringLiteral literal)
                {
                    bool trailing = i == specParts.Count - 1;
                    specValues.Add(Place(new Constant(literal.Value, null), trailing ? token.Start : start, trailing ? token.End : end));
                }
                else
                {
                    specValues.Add(BuildFormattedValue((FStringField)specParts[i], expressions, start, end, token));
                }
            }

            spec = Place(new JoinedStr(specValues), token.Start, token.End);
        }

        int conversion = field.Conversion == '\0' ? -1 : field.Conversion;
        return Place(new FormattedValue(value, conversion, spec), start, end);
    }

    /// <summary>Parses a replacement field's expression in place, with a parser of its own over its tokens.</summary>
    private Expr ParseFieldExpression(FStringExpression expression)
    {
        var tokenizer = Tokenizer.ForFStringExpression(expression.Text, _fileName, expression.Start);
        var parser = new Parser(tokenizer, _lines, _fileName) { _inFString = true, _bracketDepth = 1 };
        var open = new SourcePos(expression.Start.Line, expression.Start.Column - 1);
        return parser.ParseFStringInput(open, EndOfText(expression));
    }

    /// <summary>The end of CPython's added ')' just past an expression's text.</summary>
    private static SourcePos EndOfText(FStringExpression expression)
    {
        string text = expression.Text;
        int line = expression.Start.Line;
        int column = expression.Start.Column;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
                column = 0;
            }
            else if (c != '\r')
            {
                column += c < 0x80 ? 1 : c < 0x800 || char.IsSurrogate(c) ? 2 : 3;
            }
        }

        return new SourcePos(line, column + 1);
    }

    /// <summary>
    /// CPython parses a field as "(" + expression + ")", so the field is a parenthesised form:
    /// yield is allowed, and a tuple or generator expression spans the invisible parentheses.
    /// </summary>
    private Expr ParseFStringInput(SourcePos open, SourcePos close)
    {
        Expr result;
        if (IsKw("yield"))
        {
            result = ParseYieldExpression();
        }
        else
        {
            Expr first = ParseStarNamedExpression();
            if (IsKw("for") || (IsKw("async") && IsKwToken(PeekAt(1), "for")))
            {
                var generators = ParseComprehensionClauses();
                result = Place(new GeneratorExp(first, generators), open, close);
            }
            else if (IsOp(","))
            {
                var elts = new List<Expr> { first };
                while (AcceptOp(","))
                {
                    if (Cur.Kind == TokenKind.EndMarker)
                    {
                        break;
                    }

                    elts.Add(ParseStarNamedExpression());
                }

                result = Place(new Ast.Tuple(elts, ExprContext.Load), open, close);
            }
            else
            {
                if (first is Starred && Cur.Kind == TokenKind.EndMarker)
                {
                    throw ErrorAt(first, "cannot use starred expression here");
                }

                result = first;
            }
        }

        if (Cur.Kind != TokenKind.EndMarker)
        {
            throw MissingComma(result);
        }

        return result;
    }
}
