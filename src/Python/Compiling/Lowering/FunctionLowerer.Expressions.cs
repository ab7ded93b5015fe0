using System.Linq.Expressions;
using System.Numerics;
using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Compiling.Generators;
using IronUwsgi.Python.Compiling.Runtime;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using E = System.Linq.Expressions.Expression;

namespace IronUwsgi.Python.Compiling.Lowering;

/// <summary>Expressions: every value is an <c>object</c>; conditions have a <c>bool</c> form.</summary>
internal sealed partial class FunctionLowerer
{
    private static E Ops(string name, params E[] args) => E.Call(typeof(CompiledOps), name, null, args);

    private E Lower(Expr expr)
    {
        if (generator is not null)
        {
            if (generator.TryTakeSpilled(expr, out var temp))
            {
                return temp;
            }

            if (GeneratorLowering.ContainsYield(expr))
            {
                return generator.Spill(this, expr);
            }
        }

        var lowered = LowerPlain(expr);
        return lowered.Type == typeof(object) ? lowered : E.Convert(lowered, typeof(object));
    }

    internal E LowerPlainOrSpill(Expr expr) => Lower(expr);

    internal ParameterExpression NewTemp(string name) => Temp(typeof(object), name);

    /// <summary>and/or/if-else whose later operands yield: lowered as statements so only the taken branch runs.</summary>
    internal E AssignConditional(Expr expr, ParameterExpression result)
    {
        if (expr is IfExp i)
        {
            var (preTest, test) = generator!.Capture(() => Lower(i.Test));
            var (preBody, body) = generator.Capture(() => Lower(i.Body));
            var (preElse, orelse) = generator.Capture(() => Lower(i.Orelse));
            return E.Block(typeof(void), preTest.Append(E.IfThenElse(
                Ops(nameof(CompiledOps.IsTrue), test),
                E.Block(typeof(void), preBody.Append(E.Assign(result, body))),
                E.Block(typeof(void), preElse.Append(E.Assign(result, orelse))))));
        }

        var b = (BoolOp)expr;
        E AssignFrom(int k)
        {
            var (pre, value) = generator!.Capture(() => Lower(b.Values[k]));
            var steps = new List<E>(pre) { E.Assign(result, value) };
            if (k < b.Values.Count - 1)
            {
                E test = Ops(nameof(CompiledOps.IsTrue), result);
                steps.Add(E.IfThen(b.Op == BoolOpKind.And ? test : E.Not(test), AssignFrom(k + 1)));
            }

            return E.Block(typeof(void), steps);
        }

        return AssignFrom(0);
    }

    /// <summary>Lowers without spilling; generator spilling calls this for nodes whose children are already temps.</summary>
    internal E LowerPlain(Expr expr)
    {
        switch (expr)
        {
            case Constant c:
                return E.Constant(CompiledOps.ConstantValue(c.Value), typeof(object));
            case Name n:
                return LoadName(n.Id);
            case BinOp b:
                return TryLowerArithmetic(b, out var arithmetic) ? arithmetic : Binary(b.Op, Lower(b.Left), Lower(b.Right));
            case UnaryOp u when TryLowerArithmetic(u, out var signed):
                return signed;
            case UnaryOp u:
                return u.Op switch
                {
                    UnaryOpKind.Not => E.Condition(LowerCondition(u.Operand), E.Constant(Py.False, typeof(object)), E.Constant(Py.True, typeof(object))),
                    UnaryOpKind.USub => Ops(nameof(CompiledOps.Negative), Lower(u.Operand)),
                    UnaryOpKind.UAdd => Ops(nameof(CompiledOps.Positive), Lower(u.Operand)),
                    _ => Ops(nameof(CompiledOps.Invert), Lower(u.Operand)),
                };
            case BoolOp b:
                return LowerBoolOp(b);
            case Compare c:
                return LowerCompare(c);
            case IfExp i:
                return E.Condition(LowerCondition(i.Test), Lower(i.Body), Lower(i.Orelse));
            case Ast.Attribute a:
                return E.Call(E.Constant(new AttributeSite(Mangle(a.Attr))), nameof(AttributeSite.Get), null, Lower(a.Value));
            case Subscript { Slice: Slice sl } s:
                return Ops(nameof(CompiledOps.GetSlice), Lower(s.Value), LowerOptional(sl.Lower), LowerOptional(sl.Upper), LowerOptional(sl.Step));
            case Subscript s:
                return Ops(nameof(CompiledOps.GetItem), Lower(s.Value), Lower(s.Slice));
            case Slice s:
                return Ops(nameof(CompiledOps.MakeSlice), LowerOptional(s.Lower), LowerOptional(s.Upper), LowerOptional(s.Step));
            case Call c:
                // The line is stored before the call so that sys._getframe sees where each caller is; a function
                // that asks for frames also records its locals, which its frame's f_locals shows.
                var at = E.Call(thread, nameof(PythonThread.At), null, depth, line);
                return scope.ReadsFrames && scope.IsFunctionLike
                    ? E.Block(at, E.Call(thread, nameof(PythonThread.SetLocals), null, depth, E.Convert(LocalsDictionary(), typeof(PyDict))), LowerCall(c))
                    : E.Block(at, LowerCall(c));
            case Ast.Tuple { Elts.Count: 0 }:
                // () is the one empty tuple, as in CPython.
                return E.Constant(Py.EmptyTuple);
            case Ast.Tuple t:
                return HasStar(t.Elts)
                    ? Ops(nameof(CompiledOps.ListToTuple), BuildList(t.Elts))
                    : E.New(typeof(PyTuple).GetConstructor([typeof(object[])])!, ObjectArray(t.Elts));
            case Ast.List l:
                return HasStar(l.Elts) ? BuildList(l.Elts) : E.New(typeof(PyList).GetConstructor([typeof(object[])])!, ObjectArray(l.Elts));
            case Set s:
                return Ops(nameof(CompiledOps.ListToSet), BuildList(s.Elts, unpackError: false));
            case Dict d:
                return BuildDict(d);
            case JoinedStr j:
                return LowerJoinedStr(j);
            case FormattedValue f:
                return LowerFormattedValue(f);
            case NamedExpr n:
                {
                    var t = Temp(typeof(object), "walrus");
                    return E.Block(E.Assign(t, Lower(n.Value)), StoreTarget(n.Target, t), t);
                }

            case Lambda l:
                return MakeFunction(l, l.Args, []);
            case ListComp or SetComp or DictComp or GeneratorExp:
                return LowerComprehensionCall(expr);
            case Yield or YieldFrom:
                return generator!.Spill(this, expr);
            case Await:
                return E.Throw(Ops(nameof(CompiledOps.SyntaxErrorAt), E.Constant("'await' is not supported by this implementation"), E.Constant(Source.FileName), E.Constant(expr.Lineno)), typeof(object));
            case Starred:
                return E.Throw(Ops(nameof(CompiledOps.SyntaxErrorAt), E.Constant("can't use starred expression here"), E.Constant(Source.FileName), E.Constant(expr.Lineno)), typeof(object));
            default:
                throw new InvalidOperationException($"cannot lower {expr.GetType().Name}");
        }
    }

    private E LowerOptional(Expr? e) => e is null ? NoneConstant : Lower(e);

    private static bool HasStar(List<Expr> elts) => elts.Any(e => e is Starred);

    private E ObjectArray(IEnumerable<Expr> elts) => E.NewArrayInit(typeof(object), elts.Select(Lower));

    /// <summary>A list of the items, starred ones unpacked; <paramref name="unpackError"/> false keeps the plain "not iterable" error (set displays).</summary>
    private E BuildList(List<Expr> elts, E? function = null, bool unpackError = true)
    {
        var list = Temp(typeof(PyList), "list");
        var steps = new List<E> { E.Assign(list, E.New(typeof(PyList))) };
        foreach (var e in elts)
        {
            steps.Add(e is Starred s
                ? unpackError
                    ? Ops(nameof(CompiledOps.ListExtendUnpacked), list, Lower(s.Value), function ?? E.Constant(null, typeof(object)))
                    : Ops(nameof(CompiledOps.ListExtend), list, Lower(s.Value))
                : E.Call(list, nameof(PyList.Add), null, Lower(e)));
        }

        steps.Add(list);
        return E.Block(steps);
    }

    private E BuildDict(Dict d)
    {
        var dict = Temp(typeof(PyDict), "dict");
        var steps = new List<E> { E.Assign(dict, E.New(typeof(PyDict))) };
        for (var i = 0; i < d.Values.Count; i++)
        {
            steps.Add(d.Keys[i] is { } key
                ? Ops(nameof(CompiledOps.DictSet), dict, Lower(key), Lower(d.Values[i]))
                : Ops(nameof(CompiledOps.DictMerge), dict, Lower(d.Values[i])));
        }

        steps.Add(E.Convert(dict, typeof(object)));
        return E.Block(steps);
    }

    private E Binary(OperatorKind op, E left, E right) => op switch
    {
        OperatorKind.Add => Ops(nameof(CompiledOps.Add), left, right),
        OperatorKind.Sub => Ops(nameof(CompiledOps.Subtract), left, right),
        OperatorKind.Mult => Ops(nameof(CompiledOps.Multiply), left, right),
        OperatorKind.Div => Ops(nameof(CompiledOps.TrueDivide), left, right),
        OperatorKind.FloorDiv => Ops(nameof(CompiledOps.FloorDivide), left, right),
        OperatorKind.Mod => Ops(nameof(CompiledOps.Modulo), left, right),
        _ => Ops(nameof(CompiledOps.Binary), E.Constant(ToBinaryOp(op)), left, right),
    };

    private static BinaryOp ToBinaryOp(OperatorKind op) => op switch
    {
        OperatorKind.Add => BinaryOp.Add,
        OperatorKind.Sub => BinaryOp.Sub,
        OperatorKind.Mult => BinaryOp.Mul,
        OperatorKind.MatMult => BinaryOp.MatMul,
        OperatorKind.Div => BinaryOp.TrueDiv,
        OperatorKind.FloorDiv => BinaryOp.FloorDiv,
        OperatorKind.Mod => BinaryOp.Mod,
        OperatorKind.Pow => BinaryOp.Pow,
        OperatorKind.LShift => BinaryOp.LShift,
        OperatorKind.RShift => BinaryOp.RShift,
        OperatorKind.BitAnd => BinaryOp.And,
        OperatorKind.BitOr => BinaryOp.Or,
        _ => BinaryOp.Xor,
    };

    private E LowerBoolOp(BoolOp b)
    {
        var t = Temp(typeof(object), "bool");
        E result = Lower(b.Values[^1]);
        for (var i = b.Values.Count - 2; i >= 0; i--)
        {
            var test = Ops(nameof(CompiledOps.IsTrue), t);
            result = E.Block(
                E.Assign(t, Lower(b.Values[i])),
                b.Op == BoolOpKind.And ? E.Condition(test, result, t) : E.Condition(test, t, result));
        }

        return result;
    }

    private E LowerCompare(Compare c)
    {
        if (c.Ops.Count == 1)
        {
            if (TryLowerArithmeticCompare(c) is { } typed)
            {
                return E.Condition(typed, E.Constant(Py.True, typeof(object)), E.Constant(Py.False, typeof(object)));
            }

            return CompareOp(c.Ops[0], Lower(c.Left), Lower(c.Comparators[0]));
        }

        // a < b < c evaluates b once and stops at the first false result.
        var left = Temp(typeof(object), "cmp");
        var right = Temp(typeof(object), "cmp");
        var result = Temp(typeof(object), "cmpres");
        var end = E.Label("cmpend");
        var steps = new List<E> { E.Assign(left, Lower(c.Left)) };
        for (var i = 0; i < c.Ops.Count; i++)
        {
            steps.Add(E.Assign(right, Lower(c.Comparators[i])));
            steps.Add(E.Assign(result, CompareOp(c.Ops[i], left, right)));
            if (i < c.Ops.Count - 1)
            {
                steps.Add(E.IfThen(E.Not(Ops(nameof(CompiledOps.IsTrue), result)), E.Goto(end)));
                steps.Add(E.Assign(left, right));
            }
        }

        steps.Add(E.Label(end));
        steps.Add(result);
        return E.Block(steps);
    }

    private static E CompareOp(CmpOpKind op, E left, E right) => op switch
    {
        CmpOpKind.Is => E.Condition(E.ReferenceEqual(left, right), E.Constant(Py.True, typeof(object)), E.Constant(Py.False, typeof(object))),
        CmpOpKind.IsNot => E.Condition(E.ReferenceEqual(left, right), E.Constant(Py.False, typeof(object)), E.Constant(Py.True, typeof(object))),
        CmpOpKind.In => Ops(nameof(CompiledOps.In), left, right),
        CmpOpKind.NotIn => Ops(nameof(CompiledOps.NotIn), left, right),
        _ => Ops(nameof(CompiledOps.Compare), E.Constant(op), left, right),
    };

    /// <summary>A condition as a CLR bool, skipping the boxed result where the operator allows.</summary>
    private E LowerCondition(Expr expr)
    {
        if (generator is not null && GeneratorLowering.ContainsYield(expr))
        {
            return Ops(nameof(CompiledOps.IsTrue), Lower(expr));
        }

        switch (expr)
        {
            case UnaryOp { Op: UnaryOpKind.Not } u:
                return E.Not(LowerCondition(u.Operand));
            case BoolOp b:
                {
                    var result = LowerCondition(b.Values[^1]);
                    for (var i = b.Values.Count - 2; i >= 0; i--)
                    {
                        result = b.Op == BoolOpKind.And
                            ? E.AndAlso(LowerCondition(b.Values[i]), result)
                            : E.OrElse(LowerCondition(b.Values[i]), result);
                    }

                    return result;
                }

            case Compare { Ops.Count: 1 } c when TryLowerArithmeticCompare(c) is { } typed:
                return typed;
            case Compare { Ops.Count: 1 } c:
                return c.Ops[0] switch
                {
                    CmpOpKind.Is => E.ReferenceEqual(Lower(c.Left), Lower(c.Comparators[0])),
                    CmpOpKind.IsNot => E.ReferenceNotEqual(Lower(c.Left), Lower(c.Comparators[0])),
                    CmpOpKind.In => Ops(nameof(CompiledOps.Contains), Lower(c.Comparators[0]), Lower(c.Left)),
                    CmpOpKind.NotIn => E.Not(Ops(nameof(CompiledOps.Contains), Lower(c.Comparators[0]), Lower(c.Left))),
                    _ => Ops(nameof(CompiledOps.CompareBool), E.Constant(c.Ops[0]), Lower(c.Left), Lower(c.Comparators[0])),
                };
            case Constant { Value: bool b }:
                return E.Constant(b);
            default:
                return Ops(nameof(CompiledOps.IsTrue), Lower(expr));
        }
    }

    private E LowerJoinedStr(JoinedStr j)
    {
        if (j.Values.Count == 1)
        {
            return E.Convert(LowerStringPart(j.Values[0]), typeof(object));
        }

        var parts = E.NewArrayInit(typeof(string), j.Values.Select(LowerStringPart));
        return E.Convert(E.Call(typeof(string).GetMethod(nameof(string.Concat), [typeof(string[])])!, parts), typeof(object));
    }

    private E LowerStringPart(Expr part) => part switch
    {
        Constant { Value: string s } => E.Constant(s),
        FormattedValue f => E.Convert(LowerFormattedValue(f), typeof(string)),
        _ => E.Convert(Lower(part), typeof(string)),
    };

    private E LowerFormattedValue(FormattedValue f)
    {
        E spec = f.FormatSpec is null ? E.Constant("") : E.Convert(Lower(f.FormatSpec), typeof(string));
        return E.Convert(Ops(nameof(CompiledOps.FormatValue), Lower(f.Value), E.Constant(f.Conversion), spec), typeof(object));
    }
}
