using System.Linq.Expressions;
using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Compiling.Generators;
using IronUwsgi.Python.Compiling.Runtime;
using IronUwsgi.Python.Objects;
using E = System.Linq.Expressions.Expression;

namespace IronUwsgi.Python.Compiling.Lowering;

/// <summary>Statements, loops, and the exits (break, continue, return) through protected regions.</summary>
internal sealed partial class FunctionLowerer
{
    private HashSet<string>? deletedNamesCache;

    private HashSet<string> deletedNames => deletedNamesCache ??= DeletedNames.In(scope.Node);

    private E Lower(Stmt stmt)
    {
        var steps = new List<E>();
        var firstTemp = temps.Count;
        SetLine(steps, stmt);
        if (generator is null)
        {
            steps.Add(LowerStatement(stmt));
        }
        else
        {
            // Expressions that yield leave statements to run first (see GeneratorState.Spill).
            var (pre, lowered) = generator.Capture(() => LowerStatement(stmt));
            steps.AddRange(pre);
            steps.Add(lowered);
        }

        if (interpretedBody)
        {
            ForgetValues(steps, firstTemp);
        }

        return E.Block(typeof(void), steps);
    }

    // The expression interpreter keeps popped values in its stack slots and temps for the whole body: after each
    // statement, nulls pushed over the slots and stored in the statement's temps let an object deleted at module
    // or class level be collected (weakref callbacks, gc.collect()).
    private void ForgetValues(List<E> steps, int firstTemp)
    {
        steps.Add(E.NewArrayInit(typeof(object), Enumerable.Repeat(E.Constant(null, typeof(object)), 16)));
        foreach (var t in temps.Skip(firstTemp).Where(t => !t.Type.IsValueType))
        {
            steps.Add(E.Assign(t, E.Constant(null, t.Type)));
        }
    }

    private E LowerBlock(List<Stmt> body) => body.Count == 0 ? E.Empty() : E.Block(typeof(void), body.Select(Lower));

    private E LowerStatement(Stmt stmt)
    {
        switch (stmt)
        {
            case ExprStmt e when scope.Node is Interactive:
                // At the interactive prompt every expression statement outside functions is shown by sys.displayhook.
                return E.Block(typeof(void), Ops(nameof(CompiledOps.DisplayValue), Lower(e.Value)));
            case ExprStmt e:
                return E.Block(typeof(void), Lower(e.Value));
            case Assign a:
                return LowerAssign(a);
            case AugAssign a:
                return LowerAugAssign(a);
            case AnnAssign a:
                return LowerAnnAssign(a);
            case If i:
                return E.IfThenElse(LowerCondition(i.Test), LowerBlock(i.Body), LowerBlock(i.Orelse));
            case While w:
                return LowerWhile(w);
            case For f:
                return LowerFor(f.Target, f.Iter, f.Body, f.Orelse);
            case Break:
                return Jump(JumpKind.Break, jumps.Count);
            case Continue:
                return Jump(JumpKind.Continue, jumps.Count);
            case Return r:
                return LowerReturn(r.Value);
            case Pass:
                return E.Empty();
            case FunctionDef f:
                return StoreName(f.Name, MakeFunction(f, f.Args, f.DecoratorList));
            case AsyncFunctionDef f:
                return StoreName(f.Name, MakeFunction(f, f.Args, f.DecoratorList));
            case ClassDef c:
                return LowerClassDef(c);
            case Delete d:
                return E.Block(typeof(void), d.Targets.Select(DeleteTarget));
            case Raise r:
                return LowerRaise(r);
            case Try t:
                return LowerTry(t.Body, t.Handlers, t.Orelse, t.Finalbody);
            case TryStar t:
                return LowerTry(t.Body, t.Handlers, t.Orelse, t.Finalbody);
            case Assert a:
                return E.IfThen(E.Not(LowerCondition(a.Test)),
                    E.Throw(Ops(nameof(CompiledOps.AssertionFailed), a.Msg is null ? E.Constant(null, typeof(object)) : Lower(a.Msg))));
            case With w:
                return LowerWith(w.Items, 0, w.Body);
            case Import i:
                return LowerImport(i);
            case ImportFrom i:
                return LowerImportFrom(i);
            case Global or Nonlocal:
                return E.Empty();
            case Match m:
                return LowerMatch(m);
            default:
                return E.Throw(Ops(nameof(CompiledOps.SyntaxErrorAt), E.Constant($"'{stmt.GetType().Name}' statements are not supported by this implementation"),
                    E.Constant(Source.FileName), E.Constant(stmt.Lineno)));
        }
    }

    private E LowerAssign(Assign a)
    {
        if (a.Targets.Count == 1)
        {
            if (a.Targets[0] is Name n)
            {
                return StoreName(n.Id, Lower(a.Value));
            }

            // a, b = b, a: evaluate the right side fully, then store without building the tuple.
            if (a.Targets[0] is Ast.Tuple or Ast.List && a.Value is Ast.Tuple rhs && !HasStar(rhs.Elts)
                && TargetElements(a.Targets[0]) is { } lhs && !HasStar(lhs) && lhs.Count == rhs.Elts.Count)
            {
                var values = rhs.Elts.Select(e => Temp(typeof(object), "rhs")).ToList();
                var steps = new List<E>();
                for (var i = 0; i < values.Count; i++)
                {
                    steps.Add(E.Assign(values[i], Lower(rhs.Elts[i])));
                }

                for (var i = 0; i < values.Count; i++)
                {
                    steps.Add(StoreTarget(lhs[i], values[i]));
                }

                return E.Block(typeof(void), steps);
            }
        }

        var value = Temp(typeof(object), "value");
        var all = new List<E> { E.Assign(value, Lower(a.Value)) };
        all.AddRange(a.Targets.Select(t => StoreTarget(t, value)));
        return E.Block(typeof(void), all);
    }

    private static List<Expr>? TargetElements(Expr target) => target switch
    {
        Ast.Tuple t => t.Elts,
        Ast.List l => l.Elts,
        _ => null,
    };

    /// <summary>Stores an already evaluated value into an assignment target.</summary>
    internal E StoreTarget(Expr target, E value)
    {
        switch (target)
        {
            case Name n:
                return StoreName(n.Id, value);
            case Ast.Attribute a:
                return E.Call(E.Constant(new SetAttributeSite(Mangle(a.Attr))), nameof(SetAttributeSite.Set), null, Lower(a.Value), E.Convert(value, typeof(object)));
            case Subscript { Slice: Slice sl } s:
                return Ops(nameof(CompiledOps.SetSlice), Lower(s.Value), LowerOptional(sl.Lower), LowerOptional(sl.Upper), LowerOptional(sl.Step), value);
            case Subscript s:
                return Ops(nameof(CompiledOps.SetItem), Lower(s.Value), Lower(s.Slice), value);
            case Ast.Tuple or Ast.List:
                {
                    var elts = TargetElements(target)!;
                    var star = elts.FindIndex(e => e is Starred);
                    var items = Temp(typeof(object[]), "unpacked");
                    var steps = new List<E>
                    {
                        E.Assign(items, star < 0
                            ? Ops(nameof(CompiledOps.Unpack), value, E.Constant(elts.Count))
                            : Ops(nameof(CompiledOps.UnpackStar), value, E.Constant(star), E.Constant(elts.Count - star - 1))),
                    };
                    for (var i = 0; i < elts.Count; i++)
                    {
                        var t = elts[i] is Starred s ? s.Value : elts[i];
                        steps.Add(StoreTarget(t, E.ArrayIndex(items, E.Constant(i))));
                    }

                    return E.Block(typeof(void), steps);
                }

            case Starred s:
                return StoreTarget(s.Value, value);
            default:
                throw new InvalidOperationException($"cannot assign to {target.GetType().Name}");
        }
    }

    private E DeleteTarget(Expr target) => target switch
    {
        Name n => DeleteName(n.Id),
        Ast.Attribute a => Ops(nameof(CompiledOps.DelAttr), Lower(a.Value), E.Constant(Mangle(a.Attr))),
        Subscript s => Ops(nameof(CompiledOps.DelItem), Lower(s.Value), Lower(s.Slice)),
        Ast.Tuple t => E.Block(typeof(void), t.Elts.Select(DeleteTarget).Append(E.Empty())),
        Ast.List l => E.Block(typeof(void), l.Elts.Select(DeleteTarget).Append(E.Empty())),
        _ => throw new InvalidOperationException($"cannot delete {target.GetType().Name}"),
    };

    private E LowerAugAssign(AugAssign a)
    {
        var op = E.Constant(ToBinaryOp(a.Op));
        E Update(E current, Func<E, E> store) =>
            TryLowerArithmeticInPlace(a, current, store) ?? store(Ops(nameof(CompiledOps.InPlace), op, current, Lower(a.Value)));
        switch (a.Target)
        {
            case Name n:
                return Update(LoadName(n.Id), value => StoreName(n.Id, value));
            case Ast.Attribute at:
                {
                    var obj = Temp(typeof(object), "augobj");
                    var site = E.Constant(new AttributeSite(Mangle(at.Attr)));
                    var setSite = E.Constant(new SetAttributeSite(Mangle(at.Attr)));
                    return E.Block(typeof(void),
                        E.Assign(obj, Lower(at.Value)),
                        Update(E.Call(site, nameof(AttributeSite.Get), null, obj), value => E.Call(setSite, nameof(SetAttributeSite.Set), null, obj, value)));
                }

            case Subscript s:
                {
                    var obj = Temp(typeof(object), "augobj");
                    var key = Temp(typeof(object), "augkey");
                    return E.Block(typeof(void),
                        E.Assign(obj, Lower(s.Value)),
                        E.Assign(key, Lower(s.Slice)),
                        Update(Ops(nameof(CompiledOps.GetItem), obj, key), value => Ops(nameof(CompiledOps.SetItem), obj, key, value)));
                }

            default:
                throw new InvalidOperationException($"cannot augment {a.Target.GetType().Name}");
        }
    }

    private E LowerAnnAssign(AnnAssign a)
    {
        var steps = new List<E>();
        if (a.Value is not null)
        {
            steps.Add(StoreTarget(a.Target, Lower(a.Value)));
        }

        // Module and class bodies record simple annotations in __annotations__; functions do not evaluate them.
        if (namespaceDict is not null && a.Simple != 0 && a.Target is Name n)
        {
            steps.Add(Ops(nameof(CompiledOps.Annotate), namespaceDict, E.Constant(Mangle(n.Id)), LowerAnnotation(a.Annotation)));
        }

        steps.Add(E.Empty());
        return E.Block(typeof(void), steps);
    }

    private E LowerWhile(While w)
    {
        var brk = E.Label("break");
        var cont = E.Label("continue");
        var orelse = E.Label("else");
        jumps.Add(new LoopScope(brk, cont));
        var body = LowerBlock(w.Body);
        jumps.RemoveAt(jumps.Count - 1);
        var test = generator is not null && GeneratorLowering.ContainsYield(w.Test)
            ? LowerConditionAsStatements(w.Test, orelse)
            : E.IfThen(E.Not(LowerCondition(w.Test)), E.Goto(orelse));
        return E.Block(typeof(void),
            E.Label(cont),
            E.Call(thread, nameof(Engine.PythonThread.Tick), null),
            test,
            body,
            E.Goto(cont),
            E.Label(orelse),
            LowerBlock(w.Orelse),
            E.Label(brk));
    }

    // A loop test that yields: its spilled statements must run on every iteration.
    private E LowerConditionAsStatements(Expr test, LabelTarget whenFalse)
    {
        var (pre, value) = generator!.Capture(() => Lower(test));
        return E.Block(typeof(void), pre.Append(E.IfThen(E.Not(Ops(nameof(CompiledOps.IsTrue), value)), E.Goto(whenFalse))));
    }

    private E LowerFor(Expr target, Expr iterable, List<Stmt> body, List<Stmt> orelse) =>
        LowerForCore(target, Lower(iterable), () => LowerBlock(body), () => LowerBlock(orelse));

    /// <summary>A for loop over an evaluated iterable; iteration uses the TryNext protocol, never StopIteration.</summary>
    internal E LowerForCore(Expr target, E iterable, Func<E> body, Func<E> orelse)
    {
        var brk = E.Label("break");
        var cont = E.Label("continue");
        var orelseLabel = E.Label("else");
        var iter = Temp(typeof(object), "iter");
        var item = Temp(typeof(object), "item");
        var iterValue = Ops(nameof(CompiledOps.GetIter), iterable);
        jumps.Add(new LoopScope(brk, cont));
        var loweredBody = body();
        jumps.RemoveAt(jumps.Count - 1);
        return E.Block(typeof(void),
            E.Assign(iter, iterValue),
            E.Label(cont),
            E.Call(thread, nameof(Engine.PythonThread.Tick), null),
            E.IfThen(E.Not(Ops(nameof(CompiledOps.TryNext), iter, item)), E.Goto(orelseLabel)),
            StoreTarget(target, item),
            loweredBody,
            E.Goto(cont),
            E.Label(orelseLabel),
            orelse(),
            E.Label(brk));
    }

    private E LowerReturn(Expr? value)
    {
        var v = value is null ? NoneConstant : Lower(value);
        if (!jumps.Any(j => j is ProtectedScope))
        {
            return generator is not null ? generator.Return(v) : E.Return(returnLabel, v);
        }

        var result = ReturnValue;
        return E.Block(typeof(void), E.Assign(result, v), Jump(JumpKind.Return, jumps.Count));
    }

    private ParameterExpression? returnValue;

    private ParameterExpression ReturnValue => returnValue ??= Temp(typeof(object), "retval");

    internal enum JumpKind
    {
        Break,
        Continue,
        Return,
    }

    /// <summary>Lowers an exit as seen from jump depth <paramref name="depth"/>, routing through protected regions.</summary>
    internal E Jump(JumpKind kind, int depth)
    {
        for (var i = depth - 1; i >= 0; i--)
        {
            switch (jumps[i])
            {
                case LoopScope loop when kind != JumpKind.Return:
                    return E.Goto(kind == JumpKind.Break ? loop.Break : loop.Continue);
                case ProtectedScope region:
                    {
                        var outer = i;
                        region.Continuations.Add(() => Jump(kind, outer));
                        return E.Block(typeof(void),
                            E.Assign(region.Pending, E.Constant(region.Continuations.Count)),
                            E.Goto(region.Cleanup));
                    }
            }
        }

        if (generator is not null)
        {
            return generator.Return(ReturnValue);
        }

        return E.Return(returnLabel, ReturnValue);
    }

    /// <summary>
    /// A protected region: <paramref name="body"/> runs inside a CLR try whose catch only records
    /// the exception; <paramref name="cleanup"/> then runs outside it (so it may yield, return or
    /// break) and decides about the exception; finally the exit that left the body resumes.
    /// </summary>
    internal E Protected(Func<E> body, Func<ParameterExpression, E> cleanup)
    {
        var pending = Temp(typeof(int), "pending");
        var exc = Temp(typeof(PythonException), "exc");
        var label = E.Label("cleanup");
        var region = new ProtectedScope(pending, label);
        jumps.Add(region);
        var routing = generator?.BeginRegion();
        var loweredBody = body();
        jumps.RemoveAt(jumps.Count - 1);
        if (routing is not null)
        {
            loweredBody = generator!.EndRegion(routing, loweredBody);
        }

        var e = E.Parameter(typeof(Exception), "e");
        var tryCatch = E.TryCatch(
            E.Block(typeof(void), loweredBody),
            E.Catch(e, E.Block(typeof(void), E.Assign(exc, CaughtException(e)))));
        var depth = jumps.Count;
        var steps = new List<E>
        {
            E.Assign(pending, E.Constant(0)),
            E.Assign(exc, E.Constant(null, typeof(PythonException))),
        };
        if (routing is not null)
        {
            steps.Add(E.Label(routing.Entry));
        }

        steps.Add(tryCatch);
        steps.Add(E.Label(label));
        steps.Add(cleanup(exc));
        if (region.Continuations.Count > 0)
        {
            var cases = region.Continuations.Select((c, k) => E.SwitchCase(E.Block(typeof(void), c()), E.Constant(k + 1))).ToArray();
            steps.Add(E.Switch(pending, cases));
        }

        return E.Block(typeof(void), steps);
    }

    private E CaughtException(ParameterExpression e) =>
        Ops(nameof(CompiledOps.Caught), e, E.Constant(Code), globals, line);
}
