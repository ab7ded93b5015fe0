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
        var parser = new Parser(tokenizer.Next, _lines, _fileName) { _inFString = true };
        return parser.ParseFStringInput();
    }

    /// <summary>fstring: star_expressions, the whole token stream.</summary>
    private Expr ParseFStringInput()
    {
        Expr e = ParseStarExpressions();
        if (Cur.Kind != TokenKind.EndMarker)
        {
            throw InvalidSyntax();
        }

        return e;
    }
}
