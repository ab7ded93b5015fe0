using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Lexing;

namespace IronUwsgi.Python.Parsing;

/// <summary>Statements: simple statements, compound statements and blocks.</summary>
internal sealed partial class Parser
{
    /// <summary>file: statements ENDMARKER.</summary>
    public Module ParseFileInput()
    {
        var body = new List<Stmt>();
        while (Cur.Kind != TokenKind.EndMarker)
        {
            ParseStatement(body);
        }

        return new Module(body, []);
    }

    /// <summary>eval: expressions NEWLINE* ENDMARKER.</summary>
    public Expression ParseEvalInput()
    {
        SourcePos start = Cur.Start;
        Expr first = ParseExpression();
        Expr body = first;
        if (IsOp(","))
        {
            var elts = new List<Expr> { first };
            while (AcceptOp(","))
            {
                if (!StartsExpression(Cur))
                {
                    break;
                }

                elts.Add(ParseExpression());
            }

            body = Fin(new Ast.Tuple(elts, ExprContext.Load), start);
        }

        while (Cur.Kind == TokenKind.Newline)
        {
            _pos++;
        }

        if (Cur.Kind != TokenKind.EndMarker)
        {
            throw InvalidSyntax();
        }

        return new Expression(body);
    }

    /// <summary>
    /// func_type: '(' [type_expressions] ')' '->' expression. As in CPython's tree, the * and **
    /// markers of the last argument types are dropped and only their expressions kept.
    /// </summary>
    public FunctionType ParseFuncTypeInput()
    {
        ExpectOp("(");
        var argtypes = new List<Expr>();
        if (!IsOp(")"))
        {
            var starred = false;
            while (true)
            {
                if (AcceptOp("**"))
                {
                    argtypes.Add(ParseExpression());
                    break;
                }
                if (AcceptOp("*"))
                {
                    if (starred)
                    {
                        throw InvalidSyntax();
                    }

                    starred = true;
                }
                else if (starred)
                {
                    throw InvalidSyntax();
                }

                argtypes.Add(ParseExpression());
                if (!AcceptOp(","))
                {
                    break;
                }
            }
        }

        ExpectOp(")");
        ExpectOp("->");
        Expr returns = ParseExpression();
        while (Cur.Kind == TokenKind.Newline)
        {
            _pos++;
        }

        if (Cur.Kind != TokenKind.EndMarker)
        {
            throw InvalidSyntax();
        }

        return new FunctionType(argtypes, returns);
    }

    /// <summary>interactive: one statement (simple statements on a line, or a compound statement).</summary>
    public Interactive ParseSingleInput()
    {
        if (Cur.Kind is TokenKind.Newline or TokenKind.EndMarker)
        {
            throw InvalidSyntax();
        }

        var body = new List<Stmt>();
        ParseStatement(body);

        while (Cur.Kind == TokenKind.Newline)
        {
            _pos++;
        }

        if (Cur.Kind != TokenKind.EndMarker)
        {
            throw ErrorAt(Cur, "multiple statements found while compiling a single statement");
        }

        return new Interactive(body);
    }

    private void ParseStatement(List<Stmt> into)
    {
        Token t = Cur;
        if (t.Kind == TokenKind.Name)
        {
            Stmt? compound = t.Text switch
            {
                "def" => ParseFunctionDef([], t.Start, isAsync: false),
                "if" => ParseIf(),
                "class" => ParseClassDef([]),
                "with" => ParseWith(t.Start, isAsync: false),
                "for" => ParseFor(t.Start, isAsync: false),
                "try" => ParseTry(),
                "while" => ParseWhile(),
                "async" => ParseAsync(),
                "match" => TryParseMatch(),
                _ => null,
            };
            if (compound is not null)
            {
                into.Add(compound);
                return;
            }
        }
        else if (t.Kind == TokenKind.Op && t.Text == "@")
        {
            into.Add(ParseDecorated());
            return;
        }

        ParseSimpleStatements(into);
    }

    private void ParseSimpleStatements(List<Stmt> into)
    {
        while (true)
        {
            into.Add(ParseSimpleStatement());
            if (AcceptOp(";"))
            {
                if (Cur.Kind == TokenKind.Newline)
                {
                    break;
                }

                continue;
            }

            break;
        }

        if (Cur.Kind == TokenKind.Newline)
        {
            _pos++;
            return;
        }

        if (Cur.Kind == TokenKind.EndMarker)
        {
            return;
        }

        throw StatementEndError(into[^1]);
    }

    private PythonSyntaxError StatementEndError(Stmt last)
    {
        if (IsOp(":=") && last is ExprStmt { Value: var target and not Name })
        {
            int save = _pos;
            int examined = _examined;
            _pos++;
            try
            {
                ParseExpression();
                return ErrorAt(target, $"cannot use assignment expressions with {ExprName(target)}");
            }
            catch (PythonSyntaxError) when (!TokenizerFailed)
            {
                _pos = save;
                _examined = examined;
                return InvalidSyntax();
            }
        }

        // "print x" and "exec x": CPython suggests the call form.
        if (last is ExprStmt { Value: Name { Id: "print" or "exec" } name } && StartsExpression(Cur))
        {
            int save = _pos;
            int examined = _examined;
            try
            {
                Expr rest = ParseStarExpressions();
                return ErrorRange(StartOf(name), EndOf(rest), $"Missing parentheses in call to '{name.Id}'. Did you mean {name.Id}(...)?");
            }
            catch (PythonSyntaxError) when (!TokenizerFailed)
            {
                _pos = save;
                _examined = examined;
                _examined = examined;
            }
        }

        return last is ExprStmt { Value: var value } ? MissingComma(value) : InvalidSyntax();
    }

    private Stmt ParseSimpleStatement()
    {
        Token t = Cur;
        if (t.Kind == TokenKind.Name)
        {
            switch (t.Text)
            {
                case "pass":
                    _pos++;
                    return Fin(new Pass(), t.Start);
                case "break":
                    _pos++;
                    return Fin(new Break(), t.Start);
                case "continue":
                    _pos++;
                    return Fin(new Continue(), t.Start);
                case "return":
                    {
                        _pos++;
                        Expr? value = StartsExpression(Cur) ? ParseStarExpressions() : null;
                        return Fin(new Return(value), t.Start);
                    }

                case "raise":
                    {
                        _pos++;
                        Expr? exc = null;
                        Expr? cause = null;
                        if (StartsExpression(Cur))
                        {
                            exc = ParseExpression();
                            if (AcceptKw("from"))
                            {
                                cause = ParseExpression();
                            }
                        }

                        return Fin(new Raise(exc, cause), t.Start);
                    }

                case "global":
                case "nonlocal":
                    {
                        _pos++;
                        var names = new List<string> { ExpectName() };
                        while (AcceptOp(","))
                        {
                            names.Add(ExpectName());
                        }

                        return t.Text == "global" ? Fin(new Global(names), t.Start) : Fin(new Nonlocal(names), t.Start);
                    }

                case "del":
                    return ParseDel();
                case "assert":
                    {
                        _pos++;
                        Expr test = ParseExpression();
                        Expr? msg = AcceptOp(",") ? ParseExpression() : null;
                        return Fin(new Assert(test, msg), t.Start);
                    }

                case "import":
                    return ParseImport();
                case "from":
                    return ParseFromImport();
            }
        }

        return ParseExpressionStatement();
    }

    private Stmt ParseDel()
    {
        SourcePos start = Advance().Start;
        var targets = new List<Expr>();
        do
        {
            if (Cur.Kind is TokenKind.Newline or TokenKind.EndMarker || IsOp(";"))
            {
                break;
            }

            Expr target = ParseTargetElement();
            SetContext(target, ExprContext.Del);
            targets.Add(target);
        }
        while (AcceptOp(","));

        if (targets.Count == 0)
        {
            throw InvalidSyntax();
        }

        if (!(Cur.Kind is TokenKind.Newline or TokenKind.EndMarker || IsOp(";")))
        {
            throw InvalidSyntax();
        }

        return Fin(new Delete(targets), start);
    }

    private Stmt ParseImport()
    {
        SourcePos start = Advance().Start;
        var names = new List<Alias>();
        do
        {
            SourcePos aliasStart = Cur.Start;
            string name = ParseDottedName();
            string? asName = AcceptKw("as") ? ExpectName() : null;
            names.Add(Fin(new Alias(name, asName), aliasStart));
        }
        while (AcceptOp(","));

        return Fin(new Import(names), start);
    }

    private string ParseDottedName()
    {
        string name = ExpectName();
        while (IsOp(".") && IsNameToken(PeekAt(1)))
        {
            _pos++;
            name = name + "." + Advance().Text;
        }

        return name;
    }

    private Stmt ParseFromImport()
    {
        SourcePos start = Advance().Start;
        int level = 0;
        while (true)
        {
            if (IsOp("."))
            {
                level++;
            }
            else if (IsOp("..."))
            {
                level += 3;
            }
            else
            {
                break;
            }

            _pos++;
        }

        string? module = level == 0 || !IsKw("import") ? ParseDottedName() : null;
        ExpectKw("import");
        var names = new List<Alias>();
        if (IsOp("*"))
        {
            Token star = Advance();
            names.Add(Place(new Alias("*", null), star.Start, star.End));
        }
        else
        {
            bool parens = false;
            Token open = Cur;
            if (IsOp("("))
            {
                _pos++;
                parens = true;
            }

            do
            {
                if (parens && IsOp(")"))
                {
                    break;
                }

                if (!parens && names.Count > 0 && Cur.Kind == TokenKind.Newline)
                {
                    throw ErrorAt(Cur, "trailing comma not allowed without surrounding parentheses");
                }

                SourcePos aliasStart = Cur.Start;
                string name = ExpectName();
                string? asName = AcceptKw("as") ? ExpectName() : null;
                names.Add(Fin(new Alias(name, asName), aliasStart));
            }
            while (AcceptOp(","));

            if (parens)
            {
                ExpectClosing(")", open);
            }
            else if (IsOp(",") || Cur.Kind != TokenKind.Newline && !IsOp(";") && Cur.Kind != TokenKind.EndMarker)
            {
                throw InvalidSyntax();
            }

        }

        return Fin(new ImportFrom(module, names, level), start);
    }

    private Stmt ParseExpressionStatement()
    {
        Token first = Cur;
        Expr e = IsKw("yield") ? ParseYieldExpression() : ParseStarExpressions();
        Token t = Cur;
        if (t.Kind != TokenKind.Op)
        {
            return Fin(new ExprStmt(e), first.Start);
        }

        switch (t.Text)
        {
            case "=":
                return ParseAssignment(e, first.Start, IsOpToken(first, "("));
            case ":":
                return ParseAnnotatedAssignment(e, first.Start, parenthesized: IsOpToken(first, "("));
            case "+=" or "-=" or "*=" or "@=" or "/=" or "%=" or "&=" or "|=" or "^=" or "<<=" or ">>=" or "**=" or "//=":
                {
                    if (!IsSingleTarget(e))
                    {
                        throw ErrorAt(e, $"'{ExprName(e)}' is an illegal expression for augmented assignment");
                    }

                    SetContext(e, ExprContext.Store);
                    _pos++;
                    Expr value = IsKw("yield") ? ParseYieldExpression() : ParseStarExpressions();
                    return Fin(new AugAssign(e, AugOperator(t.Text), value), first.Start);
                }

            default:
                return Fin(new ExprStmt(e), first.Start);
        }
    }

    private static OperatorKind AugOperator(string op) => op switch
    {
        "+=" => OperatorKind.Add,
        "-=" => OperatorKind.Sub,
        "*=" => OperatorKind.Mult,
        "@=" => OperatorKind.MatMult,
        "/=" => OperatorKind.Div,
        "%=" => OperatorKind.Mod,
        "&=" => OperatorKind.BitAnd,
        "|=" => OperatorKind.BitOr,
        "^=" => OperatorKind.BitXor,
        "<<=" => OperatorKind.LShift,
        ">>=" => OperatorKind.RShift,
        "**=" => OperatorKind.Pow,
        _ => OperatorKind.FloorDiv,
    };

    private Stmt ParseAssignment(Expr first, SourcePos start, bool firstParenthesized)
    {
        var targets = new List<Expr>();
        Expr value = first;
        while (IsOp("="))
        {
            _pos++;
            CheckAssignTarget(value, targets.Count == 0, targets.Count == 0 && firstParenthesized);
            SetContext(value, ExprContext.Store);
            targets.Add(value);
            value = IsKw("yield") ? ParseYieldExpression() : ParseStarExpressions();
        }

        return Fin(new Assign(targets, value, null), start);
    }

    /// <summary>CPython's messages for assignments to things that are not targets.</summary>
    private void CheckAssignTarget(Expr target, bool isFirst, bool parenthesized)
    {
        if (target is Yield or YieldFrom && !parenthesized)
        {
            throw ErrorAt(target, "assignment to yield expression not possible");
        }

        if (target is Starred)
        {
            throw ErrorAt(target, "starred assignment target must be in a list or tuple");
        }

        Expr? invalid = FindInvalidTarget(target);
        if (invalid is null)
        {
            return;
        }

        // The "Maybe you meant '=='" hint applies when the whole target is a plain bitwise_or expression.
        bool hint = isFirst && ReferenceEquals(invalid, target) && (parenthesized || IsBitwiseOrLevel(target)) &&
            target is not (List or Ast.Tuple or GeneratorExp or Constant { Value: null or bool });
        if (hint)
        {
            int save = _pos;
            int examined = _examined;
            bool plainValue;
            try
            {
                ParseBitwiseOr();
                plainValue = !IsOp("=") && !IsOp(":=");
            }
            catch (PythonSyntaxError) when (!TokenizerFailed)
            {
                plainValue = false;
            }

            _pos = save;
            _examined = examined;
            if (plainValue)
            {
                throw ErrorAt(target, $"cannot assign to {ExprName(target)} here. Maybe you meant '==' instead of '='?");
            }
        }

        throw ErrorAt(invalid, $"cannot assign to {ExprName(invalid)}");
    }

    private static bool IsBitwiseOrLevel(Expr e) =>
        e is not (BoolOp or Compare or IfExp or Lambda or NamedExpr or UnaryOp { Op: UnaryOpKind.Not } or Starred or Yield or YieldFrom);

    private static Expr? FindInvalidTarget(Expr e) => e switch
    {
        Name or Ast.Attribute or Subscript => null,
        Starred s => FindInvalidTarget(s.Value),
        Ast.Tuple t => t.Elts.Select(FindInvalidTarget).FirstOrDefault(x => x is not null),
        List l => l.Elts.Select(FindInvalidTarget).FirstOrDefault(x => x is not null),
        _ => e,
    };

    private Stmt ParseAnnotatedAssignment(Expr target, SourcePos start, bool parenthesized)
    {
        if (!IsSingleTarget(target))
        {
            // CPython names the target only when an annotation follows.
            _pos++;
            ParseExpression();
            string message = target switch
            {
                Ast.Tuple => "only single target (not tuple) can be annotated",
                List => "only single target (not list) can be annotated",
                _ => "illegal target for annotation",
            };
            throw ErrorAt(target, message);
        }

        _pos++;
        SetContext(target, ExprContext.Store);
        Expr annotation = ParseExpression();
        Expr? value = null;
        if (AcceptOp("="))
        {
            value = IsKw("yield") ? ParseYieldExpression() : ParseStarExpressions();
        }

        int simple = target is Name && !parenthesized ? 1 : 0;
        return Fin(new AnnAssign(target, annotation, value, simple), start);
    }

    /// <summary>block: NEWLINE INDENT statements DEDENT | simple_stmts.</summary>
    private List<Stmt> ParseBlock(string construct, int line)
    {
        var body = new List<Stmt>();
        if (Cur.Kind != TokenKind.Newline)
        {
            ParseSimpleStatements(body);
            return body;
        }

        _pos++;
        if (Cur.Kind != TokenKind.Indent)
        {
            throw ErrorAt(Cur, $"expected an indented block after {construct} on line {line}", SyntaxErrorKind.IndentationError);
        }

        _pos++;
        while (Cur.Kind != TokenKind.Dedent && Cur.Kind != TokenKind.EndMarker)
        {
            ParseStatement(body);
        }

        if (Cur.Kind == TokenKind.Dedent)
        {
            _pos++;
        }

        return body;
    }

    /// <summary>End of the last consumed token that is not NEWLINE/INDENT/DEDENT: where CPython ends a compound statement.</summary>
    private SourcePos LastRealEnd()
    {
        int i = _pos - 1;
        while (_tokens[i].Kind is TokenKind.Newline or TokenKind.Indent or TokenKind.Dedent)
        {
            i--;
        }

        return _tokens[i].End;
    }

    private Stmt ParseIf()
    {
        Token kw = Advance();
        Expr test = ParseNamedExpression();
        ExpectColon();
        var body = ParseBlock($"'{kw.Text}' statement", kw.Start.Line);
        var orelse = new List<Stmt>();
        if (IsKw("elif"))
        {
            orelse.Add(ParseIf());
        }
        else if (IsKw("else"))
        {
            orelse = ParseElse();
        }

        return Place(new If(test, body, orelse), kw.Start, LastRealEnd());
    }

    private List<Stmt> ParseElse()
    {
        Token kw = Advance();
        ExpectForcedColon();
        return ParseBlock("'else' statement", kw.Start.Line);
    }

    private Stmt ParseWhile()
    {
        Token kw = Advance();
        Expr test = ParseNamedExpression();
        ExpectColon();
        var body = ParseBlock("'while' statement", kw.Start.Line);
        var orelse = IsKw("else") ? ParseElse() : [];
        return Place(new While(test, body, orelse), kw.Start, LastRealEnd());
    }

    private Stmt ParseFor(SourcePos start, bool isAsync)
    {
        Token kw = Advance();
        int targetStart = _pos;
        Expr target;
        try
        {
            target = ParseTargetList(ExprContext.Store, "in");
            if (!IsKw("in"))
            {
                throw InvalidSyntax();
            }
        }
        catch (PythonSyntaxError error) when (!TokenizerFailed)
        {
            throw InvalidForTarget(targetStart, error);
        }

        _pos++;
        Expr iter = ParseStarExpressions();
        ExpectColon();
        var body = ParseBlock("'for' statement", kw.Start.Line);
        var orelse = IsKw("else") ? ParseElse() : [];
        SourcePos end = LastRealEnd();
        return isAsync
            ? Place(new AsyncFor(target, iter, body, orelse, null), start, end)
            : Place(new For(target, iter, body, orelse, null), start, end);
    }

    /// <summary>
    /// As CPython's invalid_for_target: the target re-read as star_expressions, whose own errors
    /// win, then "cannot assign to ..." for its first invalid part.
    /// </summary>
    private PythonSyntaxError InvalidForTarget(int targetStart, PythonSyntaxError original)
    {
        int save = _pos;
        int examined = _examined;
        _pos = targetStart;
        Expr e = ParseStarExpressions();
        if (StartsExpression(Cur))
        {
            return MissingComma(e is Ast.Tuple { Elts: [.., var last] } ? last : e);
        }

        _pos = save;
        _examined = examined;
        Expr? invalid = FindInvalidForTarget(e);
        return invalid is null ? original : ErrorAt(invalid, $"cannot assign to {ExprName(invalid)}");
    }

    private Stmt ParseWith(SourcePos start, bool isAsync)
    {
        Token kw = Advance();
        List<WithItem> items;
        if (IsOp("(") && ParenthesizedWithItemsAhead())
        {
            Token open = Advance();
            items = [];
            do
            {
                if (IsOp(")"))
                {
                    break;
                }

                items.Add(ParseWithItem());
            }
            while (AcceptOp(","));

            ExpectClosing(")", open);
        }
        else
        {
            items = [ParseWithItem()];
            while (AcceptOp(","))
            {
                items.Add(ParseWithItem());
            }
        }

        ExpectColon();
        var body = ParseBlock("'with' statement", kw.Start.Line);
        return isAsync
            ? Place(new AsyncWith(items, body, null), start, LastRealEnd())
            : Place(new With(items, body, null), start, LastRealEnd());
    }

    /// <summary>
    /// CPython tries '(' with_item, ... ')' ':' first: that form applies when the bracket closes
    /// right before the colon and its contents parse as with items.
    /// </summary>
    private bool ParenthesizedWithItemsAhead()
    {
        int save = _pos;
        try
        {
            _pos++;
            do
            {
                if (IsOp(")"))
                {
                    break;
                }

                ParseWithItem();
            }
            while (AcceptOp(","));

            return IsOp(")") && IsOpToken(PeekAt(1), ":");
        }
        catch (PythonSyntaxError)
        {
            // The ordinary parse reports it where CPython does.
            return false;
        }
        finally
        {
            _pos = save;
        }
    }

    private WithItem ParseWithItem()
    {
        Expr context = ParseExpression();
        Expr? vars = null;
        if (AcceptKw("as"))
        {
            vars = ParseTargetElementForAs();
        }

        return new WithItem(context, vars);
    }

    /// <summary>star_target after 'as': a single target, possibly a parenthesised tuple or list.</summary>
    private Expr ParseTargetElementForAs()
    {
        Expr target = ParseTargetElement();
        if (target is Starred)
        {
            throw ErrorAt(target, "starred assignment target must be in a list or tuple");
        }

        SetContext(target, ExprContext.Store);
        return target;
    }

    private Stmt ParseTry()
    {
        Token kw = Advance();
        ExpectForcedColon();
        var body = ParseBlock("'try' statement", kw.Start.Line);
        var handlers = new List<ExceptHandler>();
        bool? star = null;
        while (IsKw("except"))
        {
            Token ex = Advance();
            bool isStar = AcceptOp("*");
            if (star is { } s && s != isStar)
            {
                throw ErrorAt(ex, "cannot have both 'except' and 'except*' on the same 'try'");
            }

            star = isStar;
            Expr? type = null;
            string? name = null;
            if (!IsOp(":"))
            {
                type = ParseExpression();
                if (IsOp(","))
                {
                    int save = _pos;
                    int examined = _examined;
                    _pos++;
                    Expr more = ParseExpression();
                    if (IsOp(":") || IsKw("as"))
                    {
                        throw ErrorRange(StartOf(type), EndOf(more), "multiple exception types must be parenthesized");
                    }

                    _pos = save;
                    _examined = examined;
                }

                if (AcceptKw("as"))
                {
                    name = ExpectName();
                }
            }
            else if (isStar)
            {
                throw ErrorAt(Cur, "expected one or more exception types");
            }

            ExpectColon();
            var handlerBody = ParseBlock(isStar ? "'except*' statement" : "'except' statement", ex.Start.Line);
            handlers.Add(Place(new ExceptHandler(type, name, handlerBody), ex.Start, LastRealEnd()));
        }

        var orelse = handlers.Count > 0 && IsKw("else") ? ParseElse() : [];
        var finalbody = new List<Stmt>();
        if (IsKw("finally"))
        {
            Token fin = Advance();
            ExpectForcedColon();
            finalbody = ParseBlock("'finally' statement", fin.Start.Line);
        }

        if (handlers.Count == 0 && finalbody.Count == 0)
        {
            throw ErrorAt(Cur, "expected 'except' or 'finally' block");
        }

        SourcePos end = LastRealEnd();

        return star == true
            ? Place(new TryStar(body, handlers, orelse, finalbody), kw.Start, end)
            : Place(new Try(body, handlers, orelse, finalbody), kw.Start, end);
    }

    private Stmt ParseDecorated()
    {
        var decorators = new List<Expr>();
        while (AcceptOp("@"))
        {
            decorators.Add(ParseNamedExpression());
            if (Cur.Kind != TokenKind.Newline)
            {
                throw InvalidSyntax();
            }

            _pos++;
        }

        Token t = Cur;
        if (IsKw("def"))
        {
            return ParseFunctionDef(decorators, t.Start, isAsync: false);
        }

        if (IsKw("class"))
        {
            return ParseClassDef(decorators);
        }

        if (IsKw("async") && IsKwToken(PeekAt(1), "def"))
        {
            _pos++;
            return ParseFunctionDef(decorators, t.Start, isAsync: true);
        }

        throw InvalidSyntax();
    }

    private Stmt ParseAsync()
    {
        Token kw = Cur;
        Token next = PeekAt(1);
        if (IsKwToken(next, "def"))
        {
            _pos++;
            return ParseFunctionDef([], kw.Start, isAsync: true);
        }

        if (IsKwToken(next, "for"))
        {
            _pos++;
            return ParseFor(kw.Start, isAsync: true);
        }

        if (IsKwToken(next, "with"))
        {
            _pos++;
            return ParseWith(kw.Start, isAsync: true);
        }

        _pos++;
        throw InvalidSyntax();
    }

    private Stmt ParseFunctionDef(List<Expr> decorators, SourcePos start, bool isAsync)
    {
        Token kw = Advance();
        string name = ExpectName();
        Token open = Cur;
        if (!IsOp("("))
        {
            throw ErrorAt(open, "expected '('");
        }

        _pos++;
        Arguments args = IsOp(")") ? EmptyArguments() : ParseParameters(")", allowAnnotations: true);
        ExpectClosing(")", open);
        Expr? returns = AcceptOp("->") ? ParseExpression() : null;
        ExpectForcedColon();
        var body = ParseBlock("function definition", kw.Start.Line);
        return isAsync
            ? Place(new AsyncFunctionDef(name, args, body, decorators, returns, null), start, LastRealEnd())
            : Place(new FunctionDef(name, args, body, decorators, returns, null), start, LastRealEnd());
    }

    private Stmt ParseClassDef(List<Expr> decorators)
    {
        Token kw = Advance();
        string name = ExpectName();
        List<Expr> bases = [];
        List<Keyword> keywords = [];
        if (IsOp("("))
        {
            Token open = Advance();
            OpenBracket(open);
            (bases, keywords) = ParseArguments(open, allowGenexp: false);
            ExpectClosing(")", open);
            _bracketDepth--;
        }

        ExpectColon();
        var body = ParseBlock("class definition", kw.Start.Line);
        return Place(new ClassDef(name, bases, keywords, body, decorators), kw.Start, LastRealEnd());
    }
}
