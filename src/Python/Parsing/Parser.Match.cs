using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Lexing;

namespace IronUwsgi.Python.Parsing;

/// <summary>The match statement and its patterns; 'match', 'case' and '_' are soft keywords.</summary>
internal sealed partial class Parser
{
    /// <summary>A match statement when the line reads "match subject:" + NEWLINE, else null (an ordinary name).</summary>
    private Stmt? TryParseMatch()
    {
        Token kw = Cur;
        Token next = PeekAt(1);
        if (!StartsExpression(next) || (next.Kind == TokenKind.Op && next.Text is "**"))
        {
            return null;
        }

        int save = _pos;
        Expr subject;
        try
        {
            _pos++;
            subject = ParseMatchSubject();
            if (!IsOp(":") || PeekAt(1).Kind != TokenKind.Newline)
            {
                _pos = save;
                return null;
            }
        }
        catch (PythonSyntaxError)
        {
            _pos = save;
            return null;
        }

        _pos += 2;
        if (Cur.Kind != TokenKind.Indent)
        {
            throw ErrorAt(Cur, $"expected an indented block after 'match' statement on line {kw.Start.Line}", SyntaxErrorKind.IndentationError);
        }

        _pos++;
        var cases = new List<MatchCase>();
        while (Cur.Kind != TokenKind.Dedent && Cur.Kind != TokenKind.EndMarker)
        {
            cases.Add(ParseCase());
        }

        if (Cur.Kind == TokenKind.Dedent)
        {
            _pos++;
        }

        return Place(new Match(subject, cases), kw.Start, LastRealEnd());
    }

    private Expr ParseMatchSubject()
    {
        SourcePos start = Cur.Start;
        Expr first = ParseStarNamedExpression();
        if (!IsOp(","))
        {
            if (first is Starred)
            {
                throw InvalidSyntax();
            }

            return first;
        }

        var elts = new List<Expr> { first };
        while (AcceptOp(","))
        {
            if (!StartsExpression(Cur))
            {
                break;
            }

            elts.Add(ParseStarNamedExpression());
        }

        return Fin(new Ast.Tuple(elts, ExprContext.Load), start);
    }

    private MatchCase ParseCase()
    {
        Token kw = Cur;
        if (!(kw.Kind == TokenKind.Name && kw.Text == "case"))
        {
            throw InvalidSyntax();
        }

        _pos++;
        Pattern pattern = ParseOpenPatterns();
        Expr? guard = AcceptKw("if") ? ParseNamedExpression() : null;
        ExpectColon();
        var body = ParseBlock("'case' statement", kw.Start.Line);
        return new MatchCase(pattern, guard, body);
    }

    /// <summary>patterns: an open sequence "a, b" becomes MatchSequence, else a single pattern.</summary>
    private Pattern ParseOpenPatterns()
    {
        SourcePos start = Cur.Start;
        Pattern first = ParseMaybeStarPattern();
        if (!IsOp(","))
        {
            if (first is MatchStar)
            {
                return Fin(new MatchSequence([first]), start);
            }

            return first;
        }

        var patterns = new List<Pattern> { first };
        while (AcceptOp(","))
        {
            if (IsOp(":") || IsKw("if"))
            {
                break;
            }

            patterns.Add(ParseMaybeStarPattern());
        }

        return Fin(new MatchSequence(patterns), start);
    }

    private Pattern ParseMaybeStarPattern()
    {
        if (IsOp("*"))
        {
            SourcePos start = Advance().Start;
            string name = ExpectName();
            return Fin(new MatchStar(name == "_" ? null : name), start);
        }

        return ParsePattern();
    }

    /// <summary>pattern: or_pattern ['as' NAME].</summary>
    private Pattern ParsePattern()
    {
        EnterRecursion();
        SourcePos start = Cur.Start;
        Pattern p = ParseOrPattern();
        if (AcceptKw("as"))
        {
            Token name = Cur;
            string target = ExpectName();
            if (target == "_")
            {
                throw ErrorAt(name, "cannot use '_' as a target");
            }

            p = Fin(new MatchAs(p, target), start);
        }

        _recursion--;
        return p;
    }

    private Pattern ParseOrPattern()
    {
        SourcePos start = Cur.Start;
        Pattern first = ParseClosedPattern();
        if (!IsOp("|"))
        {
            return first;
        }

        var patterns = new List<Pattern> { first };
        while (AcceptOp("|"))
        {
            patterns.Add(ParseClosedPattern());
        }

        return Fin(new MatchOr(patterns), start);
    }

    private Pattern ParseClosedPattern()
    {
        Token t = Cur;
        switch (t.Kind)
        {
            case TokenKind.Number:
            case TokenKind.String:
                return ParseLiteralValuePattern();
            case TokenKind.Op when t.Text == "-":
                return ParseLiteralValuePattern();
            case TokenKind.Op when t.Text == "(":
                return ParseGroupOrSequencePattern();
            case TokenKind.Op when t.Text == "[":
            {
                _pos++;
                var patterns = ParsePatternList("]");
                ExpectClosing("]", t);
                return Fin(new MatchSequence(patterns), t.Start);
            }

            case TokenKind.Op when t.Text == "{":
                return ParseMappingPattern();
            case TokenKind.Name:
                switch (t.Text)
                {
                    case "None":
                        _pos++;
                        return Fin(new MatchSingleton(null), t.Start);
                    case "True":
                        _pos++;
                        return Fin(new MatchSingleton(true), t.Start);
                    case "False":
                        _pos++;
                        return Fin(new MatchSingleton(false), t.Start);
                }

                if (!IsNameToken(t))
                {
                    break;
                }

                return ParseNameOrClassPattern();
        }

        throw InvalidSyntax();
    }

    private Pattern ParseNameOrClassPattern()
    {
        Token first = Advance();
        if (!IsOp(".") && !IsOp("("))
        {
            return Place(new MatchAs(null, first.Text == "_" ? null : first.Text), first.Start, first.End);
        }

        Expr value = Place(new Name(first.Text, ExprContext.Load), first.Start, first.End);
        while (AcceptOp("."))
        {
            string attr = ExpectName();
            value = Fin(new Ast.Attribute(value, attr, ExprContext.Load), first.Start);
        }

        if (!IsOp("("))
        {
            return Span(new MatchValue(value), value, value);
        }

        Token open = Advance();
        var patterns = new List<Pattern>();
        var kwdAttrs = new List<string>();
        var kwdPatterns = new List<Pattern>();
        while (!IsOp(")"))
        {
            if (IsNameToken(Cur) && IsOpToken(PeekAt(1), "="))
            {
                kwdAttrs.Add(Advance().Text);
                _pos++;
                kwdPatterns.Add(ParsePattern());
            }
            else
            {
                Pattern p = ParsePattern();
                if (kwdAttrs.Count > 0)
                {
                    throw ErrorAt(p, "positional patterns follow keyword patterns");
                }

                patterns.Add(p);
            }

            if (!AcceptOp(","))
            {
                break;
            }
        }

        ExpectClosing(")", open);
        return Fin(new MatchClass(value, patterns, kwdAttrs, kwdPatterns), first.Start);
    }

    private Pattern ParseGroupOrSequencePattern()
    {
        Token open = Advance();
        if (AcceptOp(")"))
        {
            return Fin(new MatchSequence([]), open.Start);
        }

        Pattern first = ParseMaybeStarPattern();
        if (AcceptOp(")"))
        {
            // A parenthesised pattern is the pattern itself, except a lone star which stays a sequence.
            return first is MatchStar ? Fin(new MatchSequence([first]), open.Start) : first;
        }

        var patterns = new List<Pattern> { first };
        while (AcceptOp(","))
        {
            if (IsOp(")"))
            {
                break;
            }

            patterns.Add(ParseMaybeStarPattern());
        }

        ExpectClosing(")", open);
        return Fin(new MatchSequence(patterns), open.Start);
    }

    private List<Pattern> ParsePatternList(string close)
    {
        var patterns = new List<Pattern>();
        while (!IsOp(close))
        {
            patterns.Add(ParseMaybeStarPattern());
            if (!AcceptOp(","))
            {
                break;
            }
        }

        return patterns;
    }

    private Pattern ParseMappingPattern()
    {
        Token open = Advance();
        var keys = new List<Expr>();
        var patterns = new List<Pattern>();
        string? rest = null;
        while (!IsOp("}"))
        {
            if (AcceptOp("**"))
            {
                rest = ExpectName();
                AcceptOp(",");
                break;
            }

            keys.Add(ParseMappingKey());
            ExpectColon();
            patterns.Add(ParsePattern());
            if (!AcceptOp(","))
            {
                break;
            }
        }

        ExpectClosing("}", open);
        return Fin(new MatchMapping(keys, patterns, rest), open.Start);
    }

    private Expr ParseMappingKey()
    {
        Token t = Cur;
        if (t.Kind == TokenKind.Name)
        {
            switch (t.Text)
            {
                case "None":
                    _pos++;
                    return Fin(new Constant(null, null), t.Start);
                case "True":
                    _pos++;
                    return Fin(new Constant(true, null), t.Start);
                case "False":
                    _pos++;
                    return Fin(new Constant(false, null), t.Start);
            }

            Expr value = Place(new Name(ExpectName(), ExprContext.Load), t.Start, t.End);
            if (!IsOp("."))
            {
                throw InvalidSyntax();
            }

            while (AcceptOp("."))
            {
                string attr = ExpectName();
                value = Fin(new Ast.Attribute(value, attr, ExprContext.Load), t.Start);
            }

            return value;
        }

        return ParseLiteralExpression();
    }

    private Pattern ParseLiteralValuePattern()
    {
        Expr value = ParseLiteralExpression();
        return Span(new MatchValue(value), value, value);
    }

    /// <summary>Literal of a pattern: strings, signed numbers, and complex literals "a + bj".</summary>
    private Expr ParseLiteralExpression()
    {
        Token t = Cur;
        if (t.Kind == TokenKind.String)
        {
            Expr s = ParseStrings();
            if (s is JoinedStr)
            {
                throw ErrorAt(s, "patterns may only match literals and attribute lookups");
            }

            return s;
        }

        SourcePos start = Cur.Start;
        Expr number = ParseSignedNumber();
        if (IsOp("+") || IsOp("-"))
        {
            OperatorKind op = Advance().Text == "+" ? OperatorKind.Add : OperatorKind.Sub;
            Token imag = Cur;
            if (imag.Kind != TokenKind.Number)
            {
                throw InvalidSyntax();
            }

            _pos++;
            object value = ParseNumber(imag);
            var right = Place(new Constant(value, null), imag.Start, imag.End);
            if (value is not System.Numerics.Complex)
            {
                throw ErrorAt(right, "imaginary number required in complex literal");
            }

            if (number is Constant { Value: System.Numerics.Complex } || number is UnaryOp { Operand: Constant { Value: System.Numerics.Complex } })
            {
                throw ErrorAt(number, "real number required in complex literal");
            }

            return Fin(new BinOp(number, op, right), start);
        }

        return number;
    }

    private Expr ParseSignedNumber()
    {
        Token t = Cur;
        bool negative = AcceptOp("-");
        Token num = Cur;
        if (num.Kind != TokenKind.Number)
        {
            throw InvalidSyntax();
        }

        _pos++;
        Expr value = Place(new Constant(ParseNumber(num), null), num.Start, num.End);
        return negative ? Fin(new UnaryOp(UnaryOpKind.USub, value), t.Start) : value;
    }
}
