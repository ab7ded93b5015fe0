using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Lexing;

namespace IronUwsgi.Python.Parsing;

/// <summary>Expressions, from star_expressions down to atoms.</summary>
internal sealed partial class Parser
{
    /// <summary>star_expressions: one expression, or a Tuple when commas follow.</summary>
    private Expr ParseStarExpressions()
    {
        SourcePos start = Cur.Start;
        Expr first = ParseStarExpression();
        if (!IsOp(","))
        {
            return first;
        }

        var elts = new List<Expr> { first };
        while (AcceptOp(","))
        {
            if (!StartsExpression(Cur))
            {
                break;
            }

            elts.Add(ParseStarExpression());
        }

        return Fin(new Ast.Tuple(elts, ExprContext.Load), start);
    }

    private Expr ParseStarExpression()
    {
        if (IsOp("*"))
        {
            SourcePos start = Advance().Start;
            return Fin(new Starred(ParseBitwiseOr(), ExprContext.Load), start);
        }

        return ParseExpression();
    }

    private Expr ParseStarNamedExpression()
    {
        if (IsOp("*"))
        {
            SourcePos start = Advance().Start;
            return Fin(new Starred(ParseBitwiseOr(), ExprContext.Load), start);
        }

        return ParseNamedExpression();
    }

    /// <summary>named_expression: NAME ':=' expression | expression.</summary>
    private Expr ParseNamedExpression() => ParseNamedExpression(inCallArguments: false);

    private Expr ParseNamedExpression(bool inCallArguments)
    {
        if (AtName && IsOpToken(PeekAt(1), ":="))
        {
            Token name = Advance();
            Advance();
            var target = Place(new Name(name.Text, ExprContext.Store), name.Start, name.End);
            Expr value = ParseExpression();
            return Fin(new NamedExpr(target, value), name.Start);
        }

        SourcePos start = Cur.Start;
        Expr e = ParseExpression();
        if (IsOp(":="))
        {
            throw ErrorAt(e, $"cannot use assignment expressions with {ExprName(e)}");
        }

        if (IsOp("=") && !inCallArguments)
        {
            CheckMistakenAssignment(e, start);
        }

        return e;
    }

    /// <summary>CPython's hints for "a = b" where an expression is expected.</summary>
    private void CheckMistakenAssignment(Expr e, SourcePos start)
    {
        // CPython leaves out list, tuple and generator displays and True/None/False.
        if (!IsBitwiseOrLevel(e) || e is List or Ast.Tuple or GeneratorExp or Constant { Value: null or bool })
        {
            return;
        }

        int save = _pos;
        _pos++;
        Expr value;
        try
        {
            value = ParseBitwiseOr();
        }
        catch (PythonSyntaxError)
        {
            _pos = save;
            return;
        }

        bool chained = IsOp("=") || IsOp(":=");
        _pos = save;
        if (chained)
        {
            return;
        }

        throw e is Name
            ? ErrorRange(start, EndOf(value), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
            : ErrorRange(start, EndOf(e), $"cannot assign to {ExprName(e)} here. Maybe you meant '==' instead of '='?");
    }

    /// <summary>expression: disjunction ['if' disjunction 'else' expression] | lambdef.</summary>
    private Expr ParseExpression()
    {
        if (IsKw("lambda"))
        {
            return ParseLambda();
        }

        EnterRecursion();
        SourcePos start = Cur.Start;
        Expr body = ParseDisjunction();
        if (IsKw("if"))
        {
            Advance();
            Expr test = ParseDisjunction();
            if (!IsKw("else"))
            {
                if (StartsExpressionEnd(Cur))
                {
                    throw ErrorRange(StartOf(body), EndOf(test), "expected 'else' after 'if' expression");
                }

                throw InvalidSyntax();
            }

            Advance();
            Expr orelse = ParseExpression();
            body = Fin(new IfExp(test, body, orelse), start);
        }

        _recursion--;
        return body;
    }

    private static bool StartsExpressionEnd(in Token t) =>
        t.Kind is TokenKind.Newline or TokenKind.EndMarker ||
        (t.Kind == TokenKind.Op && t.Text is ")" or "]" or "}" or "," or ":" or ";" or "=");

    private Expr ParseDisjunction()
    {
        SourcePos start = Cur.Start;
        Expr first = ParseConjunction();
        if (!IsKw("or"))
        {
            return first;
        }

        var values = new List<Expr> { first };
        while (AcceptKw("or"))
        {
            values.Add(ParseConjunction());
        }

        return Fin(new BoolOp(BoolOpKind.Or, values), start);
    }

    private Expr ParseConjunction()
    {
        SourcePos start = Cur.Start;
        Expr first = ParseInversion();
        if (!IsKw("and"))
        {
            return first;
        }

        var values = new List<Expr> { first };
        while (AcceptKw("and"))
        {
            values.Add(ParseInversion());
        }

        return Fin(new BoolOp(BoolOpKind.And, values), start);
    }

    private Expr ParseInversion()
    {
        if (IsKw("not"))
        {
            SourcePos start = Advance().Start;
            EnterRecursion();
            Expr operand = ParseInversion();
            _recursion--;
            return Fin(new UnaryOp(UnaryOpKind.Not, operand), start);
        }

        return ParseComparison();
    }

    private Expr ParseComparison()
    {
        SourcePos start = Cur.Start;
        Expr left = ParseBitwiseOr();
        List<CmpOpKind>? ops = null;
        List<Expr>? comparators = null;
        while (true)
        {
            CmpOpKind op;
            Token t = Cur;
            if (t.Kind == TokenKind.Op)
            {
                switch (t.Text)
                {
                    case "==": op = CmpOpKind.Eq; break;
                    case "!=": op = CmpOpKind.NotEq; break;
                    case "<": op = CmpOpKind.Lt; break;
                    case "<=": op = CmpOpKind.LtE; break;
                    case ">": op = CmpOpKind.Gt; break;
                    case ">=": op = CmpOpKind.GtE; break;
                    case "<>": throw ErrorAt(t, "invalid syntax");
                    default: goto done;
                }

                _pos++;
            }
            else if (t.Kind == TokenKind.Name)
            {
                if (t.Text == "in")
                {
                    op = CmpOpKind.In;
                    _pos++;
                }
                else if (t.Text == "not" && IsKwToken(PeekAt(1), "in"))
                {
                    op = CmpOpKind.NotIn;
                    _pos += 2;
                }
                else if (t.Text == "is")
                {
                    _pos++;
                    op = AcceptKw("not") ? CmpOpKind.IsNot : CmpOpKind.Is;
                }
                else
                {
                    goto done;
                }
            }
            else
            {
                goto done;
            }

            (ops ??= []).Add(op);
            (comparators ??= []).Add(ParseBitwiseOr());
        }

    done:
        return ops is null ? left : Fin(new Compare(left, ops, comparators!), start);
    }

    private Expr ParseBitwiseOr()
    {
        SourcePos start = Cur.Start;
        Expr left = ParseBitwiseXor();
        while (IsOp("|"))
        {
            _pos++;
            Expr right = ParseBitwiseXor();
            left = Fin(new BinOp(left, OperatorKind.BitOr, right), start);
        }

        return left;
    }

    private Expr ParseBitwiseXor()
    {
        SourcePos start = Cur.Start;
        Expr left = ParseBitwiseAnd();
        while (IsOp("^"))
        {
            _pos++;
            Expr right = ParseBitwiseAnd();
            left = Fin(new BinOp(left, OperatorKind.BitXor, right), start);
        }

        return left;
    }

    private Expr ParseBitwiseAnd()
    {
        SourcePos start = Cur.Start;
        Expr left = ParseShift();
        while (IsOp("&"))
        {
            _pos++;
            Expr right = ParseShift();
            left = Fin(new BinOp(left, OperatorKind.BitAnd, right), start);
        }

        return left;
    }

    private Expr ParseShift()
    {
        SourcePos start = Cur.Start;
        Expr left = ParseSum();
        while (true)
        {
            OperatorKind op;
            if (IsOp("<<"))
            {
                op = OperatorKind.LShift;
            }
            else if (IsOp(">>"))
            {
                op = OperatorKind.RShift;
            }
            else
            {
                return left;
            }

            _pos++;
            Expr right = ParseSum();
            left = Fin(new BinOp(left, op, right), start);
        }
    }

    private Expr ParseSum()
    {
        SourcePos start = Cur.Start;
        Expr left = ParseTerm();
        while (true)
        {
            OperatorKind op;
            if (IsOp("+"))
            {
                op = OperatorKind.Add;
            }
            else if (IsOp("-"))
            {
                op = OperatorKind.Sub;
            }
            else
            {
                return left;
            }

            _pos++;
            Expr right = ParseTerm();
            left = Fin(new BinOp(left, op, right), start);
        }
    }

    private Expr ParseTerm()
    {
        SourcePos start = Cur.Start;
        Expr left = ParseFactor();
        while (Cur.Kind == TokenKind.Op)
        {
            OperatorKind op;
            switch (Cur.Text)
            {
                case "*": op = OperatorKind.Mult; break;
                case "/": op = OperatorKind.Div; break;
                case "//": op = OperatorKind.FloorDiv; break;
                case "%": op = OperatorKind.Mod; break;
                case "@": op = OperatorKind.MatMult; break;
                default: return left;
            }

            _pos++;
            Expr right = ParseFactor();
            left = Fin(new BinOp(left, op, right), start);
        }

        return left;
    }

    private Expr ParseFactor()
    {
        Token t = Cur;
        if (t.Kind == TokenKind.Op)
        {
            UnaryOpKind op;
            switch (t.Text)
            {
                case "+": op = UnaryOpKind.UAdd; break;
                case "-": op = UnaryOpKind.USub; break;
                case "~": op = UnaryOpKind.Invert; break;
                default: return ParsePower();
            }

            _pos++;
            EnterRecursion();
            Expr operand = ParseFactor();
            _recursion--;
            return Fin(new UnaryOp(op, operand), t.Start);
        }

        return ParsePower();
    }

    private Expr ParsePower()
    {
        SourcePos start = Cur.Start;
        Expr left = ParseAwaitPrimary();
        if (IsOp("**"))
        {
            _pos++;
            EnterRecursion();
            Expr right = ParseFactor();
            _recursion--;
            return Fin(new BinOp(left, OperatorKind.Pow, right), start);
        }

        return left;
    }

    private Expr ParseAwaitPrimary()
    {
        if (IsKw("await"))
        {
            SourcePos start = Advance().Start;
            Expr value = ParsePrimary();
            return Fin(new Await(value), start);
        }

        return ParsePrimary();
    }

    /// <summary>primary: atom followed by attribute, call and subscript trailers.</summary>
    private Expr ParsePrimary()
    {
        SourcePos start = Cur.Start;
        Expr e = ParseAtom();
        while (Cur.Kind == TokenKind.Op)
        {
            string op = Cur.Text;
            if (op == ".")
            {
                _pos++;
                string name = ExpectName();
                e = Fin(new Ast.Attribute(e, name, ExprContext.Load), start);
            }
            else if (op == "(")
            {
                e = ParseCall(e, start);
            }
            else if (op == "[")
            {
                Token open = Advance();
                OpenBracket(open);
                Expr slice = ParseSlices();
                ExpectClosing("]", open);
                _bracketDepth--;
                e = Fin(new Subscript(e, slice, ExprContext.Load), start);
            }
            else
            {
                break;
            }
        }

        return e;
    }

    private void ExpectClosing(string close, in Token open)
    {
        if (AcceptOp(close))
        {
            return;
        }

        Token t = Cur;
        if (t.Kind == TokenKind.Op && t.Text is ")" or "]" or "}")
        {
            throw ErrorAt(t, $"closing parenthesis '{t.Text}' does not match opening parenthesis '{open.Text}'");
        }

        throw InvalidSyntax();
    }

    /// <summary>slices: a single slice, or a Tuple of slices and starred expressions.</summary>
    private Expr ParseSlices()
    {
        SourcePos start = Cur.Start;
        Expr first = ParseSlice();
        if (!IsOp(",") && first is not Starred)
        {
            return first;
        }

        var elts = new List<Expr> { first };
        while (AcceptOp(","))
        {
            if (IsOp("]"))
            {
                break;
            }

            elts.Add(ParseSlice());
        }

        return Fin(new Ast.Tuple(elts, ExprContext.Load), start);
    }

    private Expr ParseSlice()
    {
        SourcePos start = Cur.Start;
        if (IsOp("*"))
        {
            return ParseStarNamedExpression();
        }

        Expr? lower = null;
        if (!IsOp(":"))
        {
            lower = ParseNamedExpression();
            if (!IsOp(":"))
            {
                return lower;
            }
        }

        _pos++;
        Expr? upper = StartsSliceBound() ? ParseExpression() : null;
        Expr? step = null;
        if (AcceptOp(":"))
        {
            step = StartsSliceBound() ? ParseExpression() : null;
        }

        return Fin(new Slice(lower, upper, step), start);
    }

    private bool StartsSliceBound() => !(Cur.Kind == TokenKind.Op && Cur.Text is ":" or "," or "]");

    private Expr ParseCall(Expr func, SourcePos start)
    {
        Token open = Advance();
        OpenBracket(open);
        var (args, keywords) = ParseArguments(open, allowGenexp: true);
        ExpectClosing(")", open);
        _bracketDepth--;
        return Fin(new Call(func, args, keywords), start);
    }

    /// <summary>Call or class arguments up to (not including) the closing parenthesis.</summary>
    private (List<Expr> Args, List<Keyword> Keywords) ParseArguments(in Token open, bool allowGenexp)
    {
        var args = new List<Expr>();
        var keywords = new List<Keyword>();
        bool sawKeyword = false;
        bool sawDoubleStar = false;
        string? misplaced = null;
        while (!IsOp(")"))
        {
            Token t = Cur;
            if (t.Kind == TokenKind.Op && t.Text == "*")
            {
                _pos++;
                Expr value = ParseExpression();
                var starred = Fin(new Starred(value, ExprContext.Load), t.Start);
                if (sawDoubleStar)
                {
                    throw ErrorAt(starred, "iterable argument unpacking follows keyword argument unpacking");
                }

                args.Add(starred);
            }
            else if (t.Kind == TokenKind.Op && t.Text == "**")
            {
                _pos++;
                Expr value = ParseExpression();
                keywords.Add(Fin(new Keyword(null, value), t.Start));
                sawDoubleStar = true;
            }
            else if (IsNameToken(t) && IsOpToken(PeekAt(1), "="))
            {
                _pos += 2;
                Expr value = ParseExpression();
                keywords.Add(Fin(new Keyword(t.Text, value), t.Start));
                sawKeyword = true;
            }
            else
            {
                Expr value = ParseNamedExpression(inCallArguments: true);
                if (IsKw("for") || (IsKw("async") && IsKwToken(PeekAt(1), "for")))
                {
                    if (!allowGenexp)
                    {
                        throw InvalidSyntax();
                    }

                    var generators = ParseComprehensionClauses();
                    bool alone = args.Count == 0 && keywords.Count == 0 && IsOp(")");
                    if (!alone)
                    {
                        throw ErrorRange(StartOf(value), PrevEnd, "Generator expression must be parenthesized");
                    }

                    args.Add(Place(new GeneratorExp(value, generators), open.Start, Cur.End));
                    break;
                }

                if (IsOp("="))
                {
                    throw ErrorRange(StartOf(value), Cur.End, "expression cannot contain assignment, perhaps you meant \"==\"?");
                }

                if (sawDoubleStar || sawKeyword)
                {
                    misplaced ??= sawDoubleStar ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument";
                }

                args.Add(value);
            }

            if (!AcceptOp(","))
            {
                if (!IsOp(")"))
                {
                    throw MissingComma(args.Count > 0 ? args[^1] : keywords.Count > 0 ? keywords[^1].Value : null);
                }

                break;
            }
        }

        if (misplaced is not null)
        {
            // CPython raises this once the whole argument list is read, at the token after it.
            throw ErrorAt(Cur, misplaced);
        }

        return (args, keywords);
    }

    private Expr ParseAtom()
    {
        Token t = Cur;
        switch (t.Kind)
        {
            case TokenKind.Name:
                switch (t.Text)
                {
                    case "True":
                        _pos++;
                        return Place(new Constant(true, null), t.Start, t.End);
                    case "False":
                        _pos++;
                        return Place(new Constant(false, null), t.Start, t.End);
                    case "None":
                        _pos++;
                        return Place(new Constant(null, null), t.Start, t.End);
                }

                if (Keywords.IsKeyword(t.Text))
                {
                    throw InvalidSyntax();
                }

                _pos++;
                return Place(new Name(t.Text, ExprContext.Load), t.Start, t.End);
            case TokenKind.Number:
                _pos++;
                return Place(new Constant(ParseNumber(t), null), t.Start, t.End);
            case TokenKind.String:
                return ParseStrings();
            case TokenKind.Op:
                switch (t.Text)
                {
                    case "(":
                        return ParseParenthesized();
                    case "[":
                        return ParseListDisplay();
                    case "{":
                        return ParseBraceDisplay();
                    case "...":
                        _pos++;
                        return Place(new Constant(EllipsisValue.Instance, null), t.Start, t.End);
                }

                break;
        }

        throw InvalidSyntax();
    }

    private Expr ParseParenthesized()
    {
        Token open = Advance();
        OpenBracket(open);
        Expr result;
        if (IsOp(")"))
        {
            _pos++;
            result = Fin(new Ast.Tuple([], ExprContext.Load), open.Start);
        }
        else if (IsKw("yield"))
        {
            result = ParseYieldExpression();
            ExpectClosing(")", open);
        }
        else
        {
            Expr first = ParseStarNamedExpression();
            if (IsKw("for") || (IsKw("async") && IsKwToken(PeekAt(1), "for")))
            {
                var generators = ParseComprehensionClauses(first);
                ExpectClosing(")", open);
                result = Fin(new GeneratorExp(first, generators), open.Start);
            }
            else if (IsOp(","))
            {
                var elts = ParseElementsAfterFirst(first, ")");
                ExpectClosing(")", open);
                result = Fin(new Ast.Tuple(elts, ExprContext.Load), open.Start);
            }
            else
            {
                if (!IsOp(")"))
                {
                    if (first is Starred && IsOp("="))
                    {
                        throw InvalidSyntax();
                    }

                    throw MissingComma(first);
                }

                _pos++;
                if (first is Starred)
                {
                    throw ErrorAt(first, "cannot use starred expression here");
                }

                result = first;
            }
        }

        _bracketDepth--;
        return result;
    }

    /// <summary>The rest of a comma-separated display after its first element.</summary>
    private List<Expr> ParseElementsAfterFirst(Expr first, string close)
    {
        var elts = new List<Expr> { first };
        while (AcceptOp(","))
        {
            if (IsOp(close))
            {
                break;
            }

            elts.Add(ParseStarNamedExpression());
        }

        if (!IsOp(close))
        {
            throw MissingComma(elts[^1]);
        }

        return elts;
    }

    private Expr ParseListDisplay()
    {
        Token open = Advance();
        OpenBracket(open);
        Expr result;
        if (IsOp("]"))
        {
            _pos++;
            result = Fin(new List([], ExprContext.Load), open.Start);
        }
        else
        {
            Expr first = ParseStarNamedExpression();
            if (IsKw("for") || (IsKw("async") && IsKwToken(PeekAt(1), "for")))
            {
                var generators = ParseComprehensionClauses(first);
                ExpectClosing("]", open);
                result = Fin(new ListComp(first, generators), open.Start);
            }
            else
            {
                var elts = ParseElementsAfterFirst(first, "]");
                ExpectClosing("]", open);
                result = Fin(new List(elts, ExprContext.Load), open.Start);
            }
        }

        _bracketDepth--;
        return result;
    }

    private Expr ParseBraceDisplay()
    {
        Token open = Advance();
        OpenBracket(open);
        Expr result;
        if (IsOp("}"))
        {
            _pos++;
            result = Fin(new Dict([], []), open.Start);
        }
        else if (IsOp("**"))
        {
            result = ParseDictItems(open, null, null);
        }
        else
        {
            Expr first = ParseStarNamedExpression();
            if (IsOp(":") && first is not Starred)
            {
                _pos++;
                Expr value = ParseExpression();
                if (IsKw("for") || (IsKw("async") && IsKwToken(PeekAt(1), "for")))
                {
                    var generators = ParseComprehensionClauses();
                    ExpectClosing("}", open);
                    result = Fin(new DictComp(first, value, generators), open.Start);
                }
                else
                {
                    result = ParseDictItems(open, first, value);
                }
            }
            else if (IsKw("for") || (IsKw("async") && IsKwToken(PeekAt(1), "for")))
            {
                var generators = ParseComprehensionClauses(first);
                ExpectClosing("}", open);
                result = Fin(new SetComp(first, generators), open.Start);
            }
            else
            {
                var elts = ParseElementsAfterFirst(first, "}");
                ExpectClosing("}", open);
                result = Fin(new Set(elts), open.Start);
            }
        }

        _bracketDepth--;
        return result;
    }

    private Expr ParseDictItems(in Token open, Expr? firstKey, Expr? firstValue)
    {
        var keys = new List<Expr?>();
        var values = new List<Expr>();
        if (firstValue is not null)
        {
            keys.Add(firstKey);
            values.Add(firstValue);
            if (!AcceptOp(","))
            {
                ExpectClosingOrComma("}", open, firstValue);
                return Fin(new Dict(keys, values), open.Start);
            }
        }

        while (!IsOp("}"))
        {
            if (AcceptOp("**"))
            {
                keys.Add(null);
                values.Add(ParseBitwiseOr());
            }
            else
            {
                Expr key = ParseExpression();
                if (!IsOp(":"))
                {
                    if (IsOp("}") || IsOp(","))
                    {
                        throw ErrorRange(StartOf(key), EndOf(key), "':' expected after dictionary key");
                    }

                    throw InvalidSyntax();
                }

                _pos++;
                if (IsOp("}") || IsOp(","))
                {
                    throw ErrorRange(Cur.Start, Cur.End, "expression expected after dictionary key and ':'");
                }

                keys.Add(key);
                values.Add(ParseExpression());
            }

            if (!AcceptOp(","))
            {
                break;
            }
        }

        ExpectClosingOrComma("}", open, values[^1]);
        return Fin(new Dict(keys, values), open.Start);
    }

    private void ExpectClosingOrComma(string close, in Token open, Expr last)
    {
        if (!IsOp(close) && StartsExpression(Cur))
        {
            throw MissingComma(last);
        }

        ExpectClosing(close, open);
    }

    private List<Comprehension> ParseComprehensionClauses(Expr element)
    {
        if (element is Starred)
        {
            throw ErrorAt(element, "iterable unpacking cannot be used in comprehension");
        }

        return ParseComprehensionClauses();
    }

    /// <summary>for_if_clauses: one or more (async) for ... in ... (if ...)* clauses.</summary>
    private List<Comprehension> ParseComprehensionClauses()
    {
        var result = new List<Comprehension>();
        while (true)
        {
            int isAsync = 0;
            if (IsKw("async") && IsKwToken(PeekAt(1), "for"))
            {
                _pos++;
                isAsync = 1;
            }

            if (!AcceptKw("for"))
            {
                break;
            }

            Expr target = ParseTargetList(ExprContext.Store, "in");
            if (!IsKw("in"))
            {
                throw InvalidSyntax();
            }

            _pos++;
            Expr iter = ParseDisjunction();
            var ifs = new List<Expr>();
            while (AcceptKw("if"))
            {
                ifs.Add(ParseDisjunction());
            }

            result.Add(new Comprehension(target, iter, ifs, isAsync));
        }

        return result;
    }

    private Expr ParseLambda()
    {
        SourcePos start = Advance().Start;
        Arguments args = IsOp(":") ? EmptyArguments() : ParseParameters(":", allowAnnotations: false);
        ExpectColon();
        EnterRecursion();
        Expr body = ParseExpression();
        _recursion--;
        return Fin(new Lambda(args, body), start);
    }

    private static Arguments EmptyArguments() => new([], [], null, [], [], null, []);

    /// <summary>yield_expr: 'yield' 'from' expression | 'yield' [star_expressions].</summary>
    private Expr ParseYieldExpression()
    {
        SourcePos start = Advance().Start;
        if (AcceptKw("from"))
        {
            Expr value = ParseExpression();
            return Fin(new YieldFrom(value), start);
        }

        Expr? result = StartsExpression(Cur) ? ParseStarExpressions() : null;
        return Fin(new Yield(result), start);
    }

    /// <summary>Whether a token can begin an expression (used to stop lists and detect missing commas).</summary>
    private static bool StartsExpression(in Token t)
    {
        switch (t.Kind)
        {
            case TokenKind.Name:
                return !Keywords.IsKeyword(t.Text) || t.Text is "None" or "True" or "False" or "not" or "lambda" or "await";
            case TokenKind.Number:
            case TokenKind.String:
                return true;
            case TokenKind.Op:
                return t.Text is "(" or "[" or "{" or "-" or "+" or "~" or "*" or "..." or "**";
            default:
                return false;
        }
    }

    /// <summary>CPython's "Perhaps you forgot a comma?" inside brackets, else plain invalid syntax.</summary>
    private PythonSyntaxError MissingComma(Expr? previous)
    {
        if (previous is not null && _bracketDepth > 0 && StartsExpression(Cur) && !(Cur.Kind == TokenKind.Op && Cur.Text is "*" or "**"))
        {
            int save = _pos;
            try
            {
                Expr next = ParseExpression();
                return PreferTokenizerError(ErrorRange(StartOf(previous), EndOf(next), "invalid syntax. Perhaps you forgot a comma?"));
            }
            catch (PythonSyntaxError)
            {
                _pos = save;
            }
        }

        return InvalidSyntax();
    }
}
