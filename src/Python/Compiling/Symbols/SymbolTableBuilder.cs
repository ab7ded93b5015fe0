using IronUwsgi.Python.Ast;

namespace IronUwsgi.Python.Compiling.Symbols;

/// <summary>First pass: walks the tree, opens a scope per block and records how each name is used.</summary>
internal sealed class SymbolTableBuilder(string fileName)
{
    private Scope _current = null!;

    // Loops enclosing the statement being visited within its function or class body (break/continue need one).
    private int _loops;

    public Dictionary<Node, Scope> Scopes { get; } = new(ReferenceEqualityComparer.Instance);

    public Scope Run(Node tree)
    {
        var top = new Scope(ScopeKind.Module, "top", null, tree);
        Scopes[tree] = top;
        _current = top;
        switch (tree)
        {
            case Module m:
                VisitBody(m.Body);
                break;
            case Interactive i:
                VisitBody(i.Body);
                break;
            case Ast.Expression e:
                Visit(e.Body);
                break;
            default:
                throw new ArgumentException($"cannot compile a {tree.GetType().Name} node", nameof(tree));
        }

        return top;
    }

    private Scope Open(ScopeKind kind, string name, Node node)
    {
        var scope = new Scope(kind, name, _current, node);
        scope.QualifiedName = QualifiedName(name, kind);
        _current.Children.Add(scope);
        Scopes[node] = scope;
        _current = scope;
        return scope;
    }

    // CPython's rule: functions add ".<locals>" to their own qualname for what they contain.
    private string QualifiedName(string name, ScopeKind kind)
    {
        var parent = _current;
        if (parent.Kind == ScopeKind.Module)
        {
            return name;
        }

        if (kind is ScopeKind.Function or ScopeKind.Class && parent.Kind == ScopeKind.Module)
        {
            return name;
        }

        if (parent.Kind == ScopeKind.Class && parent.Parent is { } grand && grand.Kind != ScopeKind.Module
            && grand.FlagsOf(parent.Name).HasFlag(SymbolFlags.DeclaredGlobal))
        {
            return parent.Name + "." + name;
        }

        var prefix = parent.Kind == ScopeKind.Class ? parent.QualifiedName : parent.QualifiedName + ".<locals>";
        return prefix + "." + name;
    }

    private void Close(Scope scope) => _current = scope.Parent!;

    private void Define(string name, SymbolFlags flags, LocatedNode at)
    {
        var old = _current.FlagsOf(name);
        if ((old & (SymbolFlags.DeclaredGlobal | SymbolFlags.DeclaredNonlocal)) != 0 && (flags & SymbolFlags.Parameter) != 0)
        {
            throw SymbolTable.Error(fileName, $"name '{name}' is parameter and {(old.HasFlag(SymbolFlags.DeclaredGlobal) ? "global" : "nonlocal")}", at);
        }

        _current.Add(Mangle(name), flags);
    }

    // Private names (__x) inside a class body are mangled to _Class__x, as CPython does.
    private string Mangle(string name)
    {
        if (!Python.Runtime.PrivateNames.IsPrivate(name))
        {
            return name;
        }
        for (var s = _current; s is not null; s = s.Parent)
        {
            if (s.Kind == ScopeKind.Class)
            {
                return Python.Runtime.PrivateNames.Mangle(s.Name, name);
            }
        }
        return name;
    }

    private void VisitBody(List<Stmt> body)
    {
        foreach (var s in body)
        {
            Visit(s);
        }
    }

    private void VisitAll(IEnumerable<Expr?> exprs)
    {
        foreach (var e in exprs)
        {
            if (e is not null)
            {
                Visit(e);
            }
        }
    }

    private void Visit(Stmt stmt)
    {
        switch (stmt)
        {
            case FunctionDef f:
                VisitFunction(f, f.Name, f.Args, f.DecoratorList, f.Returns, f.Body, null, false);
                break;
            case AsyncFunctionDef f:
                VisitFunction(f, f.Name, f.Args, f.DecoratorList, f.Returns, f.Body, null, true);
                break;
            case ClassDef c:
                VisitClass(c);
                break;
            case Return r:
                if (_current.Kind is ScopeKind.Module or ScopeKind.Class)
                {
                    throw SymbolTable.Error(fileName, "'return' outside function", r);
                }

                if (r.Value is not null)
                {
                    Visit(r.Value);
                }

                break;
            case Delete d:
                VisitAll(d.Targets);
                break;
            case Assign a:
                Visit(a.Value);
                foreach (var target in a.Targets)
                {
                    CheckStarredTargets(target);
                }

                VisitAll(a.Targets);
                break;
            case AugAssign a:
                Visit(a.Target);
                if (a.Target is Name n)
                {
                    _current.Add(Mangle(n.Id), SymbolFlags.Used);
                }

                Visit(a.Value);
                break;
            case AnnAssign a:
                if (a.Target is Name an)
                {
                    var flags = _current.FlagsOf(Mangle(an.Id));
                    if ((flags & (SymbolFlags.DeclaredGlobal | SymbolFlags.DeclaredNonlocal)) != 0 && a.Simple != 0)
                    {
                        var what = flags.HasFlag(SymbolFlags.DeclaredGlobal) ? "global" : "nonlocal";
                        throw SymbolTable.Error(fileName, $"annotated name '{an.Id}' can't be {what}", a);
                    }

                    if (a.Simple != 0)
                    {
                        _current.Add(Mangle(an.Id), SymbolFlags.Annotated | (a.Value is null ? SymbolFlags.None : SymbolFlags.Assigned));
                    }
                    else if (a.Value is not null)
                    {
                        Visit(a.Target);
                    }
                }
                else
                {
                    Visit(a.Target);
                }

                if (_current.Kind != ScopeKind.Function)
                {
                    Visit(a.Annotation);
                }

                if (a.Value is not null)
                {
                    Visit(a.Value);
                }

                break;
            case For f:
                CheckStarredTargets(f.Target);
                Visit(f.Target);
                Visit(f.Iter);
                VisitLoopBody(f.Body);
                VisitBody(f.Orelse);
                break;
            case AsyncFor f:
                CheckStarredTargets(f.Target);
                Visit(f.Target);
                Visit(f.Iter);
                VisitLoopBody(f.Body);
                VisitBody(f.Orelse);
                break;
            case While w:
                Visit(w.Test);
                VisitLoopBody(w.Body);
                VisitBody(w.Orelse);
                break;
            case If i:
                Visit(i.Test);
                VisitBody(i.Body);
                VisitBody(i.Orelse);
                break;
            case With w:
                VisitWithItems(w.Items);
                VisitBody(w.Body);
                break;
            case AsyncWith w:
                VisitWithItems(w.Items);
                VisitBody(w.Body);
                break;
            case Match m:
                Visit(m.Subject);
                CheckReachableCases(m.Cases);
                foreach (var c in m.Cases)
                {
                    VisitPattern(c.Pattern);
                    if (c.Guard is not null)
                    {
                        Visit(c.Guard);
                    }

                    VisitBody(c.Body);
                }

                break;
            case Raise r:
                if (r.Exc is not null)
                {
                    Visit(r.Exc);
                }

                if (r.Cause is not null)
                {
                    Visit(r.Cause);
                }

                break;
            case Try t:
                VisitTry(t.Body, t.Handlers, t.Orelse, t.Finalbody);
                break;
            case TryStar t:
                VisitTry(t.Body, t.Handlers, t.Orelse, t.Finalbody);
                break;
            case Assert a:
                Visit(a.Test);
                if (a.Msg is not null)
                {
                    Visit(a.Msg);
                }

                break;
            case Import i:
                foreach (var alias in i.Names)
                {
                    var bound = alias.Asname ?? alias.Name.Split('.')[0];
                    Define(bound, SymbolFlags.Assigned, alias);
                }

                break;
            case ImportFrom i:
                foreach (var alias in i.Names)
                {
                    if (alias.Name == "*")
                    {
                        if (_current.Kind != ScopeKind.Module)
                        {
                            throw SymbolTable.Error(fileName, "import * only allowed at module level", i);
                        }

                        _current.HasStarImport = true;
                        continue;
                    }

                    Define(alias.Asname ?? alias.Name, SymbolFlags.Assigned, alias);
                }

                break;
            case Global g:
                Declare(g, g.Names, SymbolFlags.DeclaredGlobal, "global");
                break;
            case Nonlocal nl:
                if (_current.Kind == ScopeKind.Module)
                {
                    throw SymbolTable.Error(fileName, "nonlocal declaration not allowed at module level", nl);
                }

                Declare(nl, nl.Names, SymbolFlags.DeclaredNonlocal, "nonlocal");
                break;
            case ExprStmt e:
                Visit(e.Value);
                break;
            case Break when _loops == 0:
                throw SymbolTable.Error(fileName, "'break' outside loop", stmt);
            case Continue when _loops == 0:
                throw SymbolTable.Error(fileName, "'continue' not properly in loop", stmt);
            case Pass or Break or Continue:
                break;
            default:
                throw new ArgumentException($"unknown statement node {stmt.GetType().Name}", nameof(stmt));
        }
    }

    private void VisitLoopBody(List<Stmt> body)
    {
        _loops++;
        VisitBody(body);
        _loops--;
    }

    /// <summary>A body of its own (function or class): loops around its definition do not enclose its statements.</summary>
    private void VisitOwnBody(List<Stmt> body)
    {
        var outer = _loops;
        _loops = 0;
        VisitBody(body);
        _loops = outer;
    }

    private void CheckStarredTargets(Expr target)
    {
        if (target is Ast.Tuple or Ast.List)
        {
            var items = target is Ast.Tuple t ? t.Elts : ((Ast.List)target).Elts;
            if (items.Count(e => e is Starred) > 1)
            {
                throw SymbolTable.Error(fileName, "multiple starred expressions in assignment", target);
            }

            foreach (var item in items)
            {
                CheckStarredTargets(item is Starred s ? s.Value : item);
            }
        }
    }

    /// <summary>A case that matches anything (no guard) must be the last, as must such an alternative of an or-pattern.</summary>
    private void CheckReachableCases(List<MatchCase> cases)
    {
        for (var i = 0; i < cases.Count; i++)
        {
            CheckAlternatives(cases[i].Pattern);
            if (i < cases.Count - 1 && cases[i].Guard is null && IsIrrefutable(cases[i].Pattern))
            {
                throw Unreachable(cases[i].Pattern);
            }
        }
    }

    private void CheckAlternatives(Pattern pattern)
    {
        if (pattern is MatchOr or)
        {
            for (var i = 0; i < or.Patterns.Count - 1; i++)
            {
                if (IsIrrefutable(or.Patterns[i]))
                {
                    throw Unreachable(or.Patterns[i]);
                }
            }
        }
        else if (pattern is MatchAs { Pattern: { } inner })
        {
            CheckAlternatives(inner);
        }
    }

    private static bool IsIrrefutable(Pattern pattern) => pattern switch
    {
        MatchAs { Pattern: null } => true,
        MatchAs { Pattern: { } inner } => IsIrrefutable(inner),
        MatchOr or => or.Patterns.Any(IsIrrefutable),
        _ => false,
    };

    private Exception Unreachable(Pattern pattern)
    {
        while (pattern is MatchAs { Pattern: { } inner } && IsIrrefutable(inner))
        {
            pattern = inner;
        }
        return pattern is MatchAs { Name: { } name }
            ? SymbolTable.Error(fileName, $"name capture '{name}' makes remaining patterns unreachable", pattern)
            : SymbolTable.Error(fileName, "wildcard makes remaining patterns unreachable", pattern);
    }

    private void Declare(Stmt at, List<string> names, SymbolFlags flag, string what)
    {
        foreach (var raw in names)
        {
            var name = Mangle(raw);
            var old = _current.FlagsOf(name);
            if (old.HasFlag(SymbolFlags.Parameter))
            {
                throw SymbolTable.Error(fileName, $"name '{raw}' is parameter and {what}", at);
            }

            var other = flag == SymbolFlags.DeclaredGlobal ? SymbolFlags.DeclaredNonlocal : SymbolFlags.DeclaredGlobal;
            if (old.HasFlag(other))
            {
                throw SymbolTable.Error(fileName, $"name '{raw}' is nonlocal and global", at);
            }

            if (old.HasFlag(SymbolFlags.Annotated))
            {
                throw SymbolTable.Error(fileName, $"annotated name '{raw}' can't be {what}", at);
            }

            if (old.HasFlag(SymbolFlags.Assigned))
            {
                throw SymbolTable.Error(fileName, $"name '{raw}' is assigned to before {what} declaration", at);
            }

            if (old.HasFlag(SymbolFlags.Used))
            {
                throw SymbolTable.Error(fileName, $"name '{raw}' is used prior to {what} declaration", at);
            }

            _current.Add(name, flag);
            if (flag == SymbolFlags.DeclaredNonlocal)
            {
                _current.NonlocalStatements.TryAdd(name, at);
            }
        }
    }

    private void VisitTry(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> final)
    {
        VisitBody(body);
        foreach (var h in handlers)
        {
            if (h.Type is not null)
            {
                Visit(h.Type);
            }

            if (h.Name is not null)
            {
                Define(h.Name, SymbolFlags.Assigned, h);
            }

            VisitBody(h.Body);
        }

        VisitBody(orelse);
        VisitBody(final);
    }

    private void VisitWithItems(List<WithItem> items)
    {
        foreach (var item in items)
        {
            Visit(item.ContextExpr);
            if (item.OptionalVars is not null)
            {
                Visit(item.OptionalVars);
            }
        }
    }

    private void VisitPattern(Pattern pattern)
    {
        switch (pattern)
        {
            case MatchValue v:
                Visit(v.Value);
                break;
            case MatchSingleton:
                break;
            case MatchSequence s:
                s.Patterns.ForEach(VisitPattern);
                break;
            case MatchMapping m:
                VisitAll(m.Keys);
                m.Patterns.ForEach(VisitPattern);
                if (m.Rest is not null)
                {
                    Define(m.Rest, SymbolFlags.Assigned, m);
                }

                break;
            case MatchClass c:
                Visit(c.Cls);
                c.Patterns.ForEach(VisitPattern);
                c.KwdPatterns.ForEach(VisitPattern);
                break;
            case MatchStar s:
                if (s.Name is not null)
                {
                    Define(s.Name, SymbolFlags.Assigned, s);
                }

                break;
            case MatchAs a:
                if (a.Pattern is not null)
                {
                    VisitPattern(a.Pattern);
                }

                if (a.Name is not null)
                {
                    Define(a.Name, SymbolFlags.Assigned, a);
                }

                break;
            case MatchOr o:
                o.Patterns.ForEach(VisitPattern);
                break;
        }
    }

    private void VisitArgumentsOutside(Arguments args)
    {
        VisitAll(args.Defaults);
        VisitAll(args.KwDefaults);
    }

    private void VisitAnnotations(Arguments args, Expr? returns)
    {
        foreach (var a in AllArgs(args))
        {
            if (a.Annotation is not null)
            {
                Visit(a.Annotation);
            }
        }

        if (returns is not null)
        {
            Visit(returns);
        }
    }

    internal static IEnumerable<Arg> AllArgs(Arguments args)
    {
        foreach (var a in args.Posonlyargs)
        {
            yield return a;
        }

        foreach (var a in args.Args)
        {
            yield return a;
        }

        if (args.Vararg is not null)
        {
            yield return args.Vararg;
        }

        foreach (var a in args.Kwonlyargs)
        {
            yield return a;
        }

        if (args.Kwarg is not null)
        {
            yield return args.Kwarg;
        }
    }

    private void VisitFunction(LocatedNode node, string name, Arguments args, List<Expr> decorators, Expr? returns, List<Stmt> body, Expr? lambdaBody, bool isAsync)
    {
        VisitAll(decorators);
        VisitArgumentsOutside(args);
        VisitAnnotations(args, returns);
        if (lambdaBody is null)
        {
            Define(name, SymbolFlags.Assigned, node);
        }

        var scope = Open(lambdaBody is null ? ScopeKind.Function : ScopeKind.Lambda, name, node);
        scope.IsCoroutine = isAsync;
        foreach (var a in AllArgs(args))
        {
            if (scope.Symbols.ContainsKey(a.Name))
            {
                throw SymbolTable.Error(fileName, $"duplicate argument '{a.Name}' in function definition", a);
            }

            Define(a.Name, SymbolFlags.Parameter | SymbolFlags.Assigned, a);
            scope.Parameters.Add(Mangle(a.Name));
        }

        if (lambdaBody is not null)
        {
            Visit(lambdaBody);
        }
        else
        {
            VisitOwnBody(body);
        }

        Close(scope);
    }

    private void VisitClass(ClassDef c)
    {
        VisitAll(c.DecoratorList);
        VisitAll(c.Bases);
        foreach (var k in c.Keywords)
        {
            Visit(k.Value);
        }

        Define(c.Name, SymbolFlags.Assigned, c);
        var scope = Open(ScopeKind.Class, c.Name, c);
        VisitOwnBody(c.Body);
        Close(scope);
    }

    private void VisitComprehension(Expr node, string name, List<Comprehension> generators, Expr first, Expr? second)
    {
        Visit(generators[0].Iter);
        var scope = Open(ScopeKind.Comprehension, name, node);
        scope.IsGenerator = node is GeneratorExp;
        scope.Add(".0", SymbolFlags.Parameter | SymbolFlags.Assigned);
        scope.Parameters.Add(".0");
        for (var i = 0; i < generators.Count; i++)
        {
            var g = generators[i];
            if (g.IsAsync != 0)
            {
                scope.IsCoroutine = true;
            }

            Visit(g.Target);
            if (i > 0)
            {
                Visit(g.Iter);
            }

            VisitAll(g.Ifs);
        }

        if (second is not null)
        {
            Visit(second);
        }

        Visit(first);
        Close(scope);
    }

    private void Visit(Expr expr)
    {
        switch (expr)
        {
            case Name n:
                _current.ReadsFrames |= n.Id is "_getframe" or "currentframe";
                VisitName(n);
                break;
            case Constant:
                break;
            case BoolOp b:
                VisitAll(b.Values);
                break;
            case NamedExpr n:
                VisitNamedExpr(n);
                break;
            case BinOp b:
                Visit(b.Left);
                Visit(b.Right);
                break;
            case UnaryOp u:
                Visit(u.Operand);
                break;
            case Lambda l:
                VisitFunction(l, "<lambda>", l.Args, [], null, [], l.Body, false);
                break;
            case IfExp i:
                Visit(i.Test);
                Visit(i.Body);
                Visit(i.Orelse);
                break;
            case Dict d:
                VisitAll(d.Keys);
                VisitAll(d.Values);
                break;
            case Set s:
                VisitAll(s.Elts);
                break;
            case ListComp c:
                VisitComprehension(c, "<listcomp>", c.Generators, c.Elt, null);
                break;
            case SetComp c:
                VisitComprehension(c, "<setcomp>", c.Generators, c.Elt, null);
                break;
            case DictComp c:
                VisitComprehension(c, "<dictcomp>", c.Generators, c.Key, c.Value);
                break;
            case GeneratorExp c:
                VisitComprehension(c, "<genexpr>", c.Generators, c.Elt, null);
                break;
            case Await a:
                MarkYield(a, "'await' outside function");
                Visit(a.Value);
                break;
            case Yield y:
                MarkYield(y, "'yield' outside function");
                if (y.Value is not null)
                {
                    Visit(y.Value);
                }

                break;
            case YieldFrom y:
                MarkYield(y, "'yield' outside function");
                if (_current.IsCoroutine)
                {
                    throw SymbolTable.Error(fileName, "'yield from' inside async function", y);
                }

                Visit(y.Value);
                break;
            case Compare c:
                Visit(c.Left);
                VisitAll(c.Comparators);
                break;
            case Call c:
                Visit(c.Func);
                VisitAll(c.Args);
                for (var i = 0; i < c.Keywords.Count; i++)
                {
                    var k = c.Keywords[i];
                    if (k.Arg is not null && c.Keywords.Take(i).Any(earlier => earlier.Arg == k.Arg))
                    {
                        throw SymbolTable.Error(fileName, $"keyword argument repeated: {k.Arg}", k);
                    }
                    Visit(k.Value);
                }

                break;
            case FormattedValue f:
                Visit(f.Value);
                if (f.FormatSpec is not null)
                {
                    Visit(f.FormatSpec);
                }

                break;
            case JoinedStr j:
                VisitAll(j.Values);
                break;
            case Ast.Attribute a:
                _current.ReadsFrames |= a.Attr is "_getframe" or "currentframe";
                Visit(a.Value);
                break;
            case Subscript s:
                Visit(s.Value);
                Visit(s.Slice);
                break;
            case Starred s:
                Visit(s.Value);
                break;
            case Ast.List l:
                VisitAll(l.Elts);
                break;
            case Ast.Tuple t:
                VisitAll(t.Elts);
                break;
            case Slice s:
                VisitAll([s.Lower, s.Upper, s.Step]);
                break;
            default:
                throw new ArgumentException($"unknown expression node {expr.GetType().Name}", nameof(expr));
        }
    }

    private void MarkYield(Expr at, string outside)
    {
        if (_current.Kind is ScopeKind.Module or ScopeKind.Class)
        {
            throw SymbolTable.Error(fileName, outside, at);
        }

        if (_current.Kind == ScopeKind.Comprehension && at is not Await)
        {
            var what = _current.Name.Trim('<', '>') switch
            {
                "listcomp" => "list comprehension",
                "setcomp" => "set comprehension",
                "dictcomp" => "dict comprehension",
                _ => "generator expression",
            };
            throw SymbolTable.Error(fileName, $"'yield' inside {what}", at);
        }

        if (at is Await)
        {
            return;
        }

        _current.IsGenerator = true;
    }

    private void VisitName(Name n)
    {
        var name = Mangle(n.Id);
        if (n.Ctx == ExprContext.Load)
        {
            _current.Add(name, SymbolFlags.Used);
            if (n.Id == "super" && _current.IsFunctionLike)
            {
                _current.Add("__class__", SymbolFlags.Used);
            }
        }
        else
        {
            _current.Add(name, SymbolFlags.Assigned);
        }
    }

    // A walrus in a comprehension binds in the nearest enclosing function or module scope (PEP 572).
    private void VisitNamedExpr(NamedExpr n)
    {
        Visit(n.Value);
        var target = (Name)n.Target;
        if (_current.Kind != ScopeKind.Comprehension)
        {
            Visit(target);
            return;
        }

        var owner = _current;
        while (owner.Kind == ScopeKind.Comprehension)
        {
            if (owner.FlagsOf(target.Id).HasFlag(SymbolFlags.Parameter) || IsIterationVariable(owner, target.Id))
            {
                throw SymbolTable.Error(fileName, $"assignment expression cannot rebind comprehension iteration variable '{target.Id}'", n);
            }

            owner = owner.Parent!;
        }

        if (owner.Kind == ScopeKind.Class)
        {
            throw SymbolTable.Error(fileName, "assignment expression within a comprehension cannot be used in a class body", n);
        }

        var mark = owner.Kind == ScopeKind.Module ? SymbolFlags.DeclaredGlobal : SymbolFlags.DeclaredNonlocal;
        for (var s = _current; s != owner; s = s.Parent!)
        {
            s.Add(target.Id, mark | SymbolFlags.ComprehensionTarget);
        }

        if (owner.Kind == ScopeKind.Module)
        {
            owner.Add(target.Id, SymbolFlags.Assigned);
        }
        else
        {
            owner.Add(target.Id, SymbolFlags.Assigned | SymbolFlags.ComprehensionTarget);
        }
    }

    private static bool IsIterationVariable(Scope comprehension, string name)
    {
        var generators = comprehension.Node switch
        {
            ListComp c => c.Generators,
            SetComp c => c.Generators,
            DictComp c => c.Generators,
            GeneratorExp c => c.Generators,
            _ => [],
        };
        return generators.Any(g => TargetNames(g.Target).Contains(name));
    }

    private static IEnumerable<string> TargetNames(Expr target) => target switch
    {
        Name n => [n.Id],
        Ast.Tuple t => t.Elts.SelectMany(TargetNames),
        Ast.List l => l.Elts.SelectMany(TargetNames),
        Starred s => TargetNames(s.Value),
        _ => [],
    };
}
