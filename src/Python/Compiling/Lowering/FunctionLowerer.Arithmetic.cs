using System.Linq.Expressions;
using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Compiling.Generators;
using IronUwsgi.Python.Compiling.Runtime;
using IronUwsgi.Python.Objects;
using E = System.Linq.Expressions.Expression;

namespace IronUwsgi.Python.Compiling.Lowering;

/// <summary>
/// Arithmetic trees evaluated in CLR doubles and longs: each node holds a double, a long or the object a
/// generic operator returned, so only the tree's result (or an operand a generic operator needs) is boxed.
/// Leaves are evaluated as before, in the same order; operands of any other type, ints that overflow
/// and ints too large to convert exactly take the generic operator, which keeps every rule and message.
/// </summary>
internal sealed partial class FunctionLowerer
{
    // Kinds are bits, so one test covers both operands: a long, a value usable as a double, or both.
    private const int ObjectKind = 0;
    private const int LongBit = 1;
    private const int NumberBit = 2;
    private const int DoubleKind = NumberBit;

    /// <summary>
    /// One operand of the tree: a literal (<see cref="Literal"/>), a leaf whose object is always kept, or an
    /// operator's result. <see cref="Kind"/> holds <see cref="LongBit"/> when <see cref="Long"/> holds the value and
    /// <see cref="NumberBit"/> when <see cref="Double"/> holds it as a float (an int that converts exactly, or a float).
    /// </summary>
    private sealed record Num(object? Literal, E? Kind, E Double, E Long, E Boxed, bool IsLeaf)
    {
        public int LiteralKind => Literal is long ? LongBit | NumberBit : DoubleKind;

        public E Has(int bit) => Literal is null ? E.NotEqual(E.And(Kind!, E.Constant(bit)), E.Constant(0)) : E.Constant((LiteralKind & bit) != 0);

        public E AsObject() => IsLeaf || Literal is not null
            ? Boxed
            : E.Condition(Has(LongBit), E.Call(typeof(Py), nameof(Py.Int), null, Long),
                E.Condition(Has(NumberBit), E.Convert(Double, typeof(object)), Boxed));
    }

    /// <summary>Whether both operands have the bit: one test of the two kinds, folded for literals.</summary>
    private static E Both(Num left, Num right, int bit) => (left.Literal, right.Literal) switch
    {
        (null, null) => E.NotEqual(E.And(E.And(left.Kind!, right.Kind!), E.Constant(bit)), E.Constant(0)),
        (null, _) => (right.LiteralKind & bit) != 0 ? left.Has(bit) : E.Constant(false),
        (_, null) => (left.LiteralKind & bit) != 0 ? right.Has(bit) : E.Constant(false),
        _ => E.Constant((left.LiteralKind & right.LiteralKind & bit) != 0),
    };

    /// <summary>Stores a long result with its float form when that is exact.</summary>
    private static E SetLong(ParameterExpression kind, ParameterExpression d, ParameterExpression l, E value) => E.Block(
        E.Assign(l, value),
        E.Assign(d, E.Convert(l, typeof(double))),
        E.Assign(kind, E.Condition(E.Call(typeof(IntOps), nameof(IntOps.ConvertsExactly), null, l),
            E.Constant(LongBit | NumberBit), E.Constant(LongBit))));

    private static bool IsArithmetic(OperatorKind op) => op is OperatorKind.Add or OperatorKind.Sub or OperatorKind.Mult
        or OperatorKind.Div or OperatorKind.FloorDiv or OperatorKind.Mod or OperatorKind.Pow;

    private static bool IsArithmetic(Expr expr) => expr switch
    {
        BinOp b => IsArithmetic(b.Op),
        UnaryOp u => u.Op is UnaryOpKind.USub or UnaryOpKind.UAdd && NumericLiteral(u) is null,
        _ => false,
    };

    /// <summary>A float literal, an int literal converting exactly to float, or either with a sign in front.</summary>
    private static object? NumericLiteral(Expr expr) => expr switch
    {
        Constant { Value: double d } => d,
        Constant { Value: long l } when IntOps.ConvertsExactly(l) => l,
        UnaryOp { Op: UnaryOpKind.UAdd or UnaryOpKind.USub } u => NumericLiteral(u.Operand) switch
        {
            double d => u.Op == UnaryOpKind.USub ? -d : d,
            long l => u.Op == UnaryOpKind.USub ? -l : l,
            _ => null,
        },
        _ => null,
    };

    private static int ArithmeticNodes(Expr expr) => IsArithmetic(expr) ? expr switch
    {
        BinOp b => 1 + ArithmeticNodes(b.Left) + ArithmeticNodes(b.Right),
        UnaryOp u => 1 + ArithmeticNodes(u.Operand),
        _ => 0,
    } : 0;

    /// <summary>Whether the typed lowering applies: no yield inside (generator spilling needs the plain form).</summary>
    private bool CanType(Expr expr) => generator is null || !GeneratorLowering.ContainsYield(expr);

    /// <summary>A BinOp or unary +/- as an object; trees of two or more operators are evaluated unboxed.</summary>
    private bool TryLowerArithmetic(Expr expr, out E lowered)
    {
        if (ArithmeticNodes(expr) < 2 || !CanType(expr))
        {
            lowered = null!;
            return false;
        }

        var steps = new List<E>();
        var variables = new List<ParameterExpression>();
        var result = Evaluate(expr, steps, variables);
        steps.Add(result.AsObject());
        lowered = E.Block(typeof(object), variables, steps);
        return true;
    }

    /// <summary>A one-operator comparison with arithmetic on a side, as a CLR bool; null when not applicable.</summary>
    private E? TryLowerArithmeticCompare(Compare c)
    {
        var op = c.Ops[0];
        if (op is CmpOpKind.Is or CmpOpKind.IsNot or CmpOpKind.In or CmpOpKind.NotIn
            || (!IsArithmetic(c.Left) && !IsArithmetic(c.Comparators[0])) || !CanType(c))
        {
            return null;
        }

        var steps = new List<E>();
        var variables = new List<ParameterExpression>();
        var left = Evaluate(c.Left, steps, variables);
        var right = Evaluate(c.Comparators[0], steps, variables);
        E Comparison(E x, E y) => op switch
        {
            CmpOpKind.Eq => E.Equal(x, y),
            CmpOpKind.NotEq => E.NotEqual(x, y),
            CmpOpKind.Lt => E.LessThan(x, y),
            CmpOpKind.LtE => E.LessThanOrEqual(x, y),
            CmpOpKind.Gt => E.GreaterThan(x, y),
            _ => E.GreaterThanOrEqual(x, y),
        };

        // An int and a float compare exactly as floats when the int converts exactly; otherwise the generic rules.
        steps.Add(Choose(Both(left, right, LongBit), Comparison(left.Long, right.Long),
            Choose(Both(left, right, NumberBit), Comparison(left.Double, right.Double),
                Ops(nameof(CompiledOps.CompareBool), E.Constant(op), left.AsObject(), right.AsObject()))));
        return E.Block(typeof(bool), variables, steps);
    }

    /// <summary>target op= value where value is arithmetic: the target's current value is the left operand.</summary>
    private E? TryLowerArithmeticInPlace(AugAssign a, E current, Func<E, E> store)
    {
        if (!IsArithmetic(a.Op) || !IsArithmetic(a.Value) || !CanType(a.Value))
        {
            return null;
        }

        var steps = new List<E>();
        var variables = new List<ParameterExpression>();
        var left = Leaf(current, steps, variables);
        var right = Evaluate(a.Value, steps, variables);
        var result = Combine(a.Op, left, right, steps, variables, inPlace: true);
        steps.Add(store(result.AsObject()));
        return E.Block(typeof(void), variables, steps);
    }

    private Num Evaluate(Expr expr, List<E> steps, List<ParameterExpression> variables)
    {
        if (NumericLiteral(expr) is { } literal)
        {
            return new Num(literal, null, E.Constant(literal is long l ? l : (double)literal), E.Constant(literal as long? ?? 0),
                E.Constant(CompiledOps.ConstantValue(literal), typeof(object)), false);
        }

        switch (expr)
        {
            case BinOp b when IsArithmetic(b):
                {
                    var left = Evaluate(b.Left, steps, variables);
                    var right = Evaluate(b.Right, steps, variables);
                    return Combine(b.Op, left, right, steps, variables, inPlace: false);
                }

            case UnaryOp u when IsArithmetic(u):
                return Unary(u.Op, Evaluate(u.Operand, steps, variables), steps, variables);
            default:
                return Leaf(Lower(expr), steps, variables);
        }
    }

    /// <summary>Any other expression: evaluated once, in order, then classified.</summary>
    private static Num Leaf(E value, List<E> steps, List<ParameterExpression> variables)
    {
        var (kind, d, l, boxed, _) = Result(variables);
        steps.Add(E.Assign(boxed, value));
        steps.Add(E.IfThenElse(E.TypeIs(boxed, typeof(double)),
            E.Block(E.Assign(d, E.Unbox(boxed, typeof(double))), E.Assign(kind, E.Constant(DoubleKind))),
            E.IfThenElse(E.TypeIs(boxed, typeof(long)), SetLong(kind, d, l, E.Unbox(boxed, typeof(long))), E.Assign(kind, E.Constant(ObjectKind)))));
        return new Num(null, kind, d, l, boxed, true);
    }

    /// <summary>The variables of an operator's result.</summary>
    private static (ParameterExpression Kind, ParameterExpression Double, ParameterExpression Long, ParameterExpression Boxed, Num Num) Result(List<ParameterExpression> variables)
    {
        var kind = E.Variable(typeof(int), "kind");
        var d = E.Variable(typeof(double), "float");
        var l = E.Variable(typeof(long), "int");
        var boxed = E.Variable(typeof(object), "obj");
        variables.AddRange([kind, d, l, boxed]);
        return (kind, d, l, boxed, new Num(null, kind, d, l, boxed, false));
    }

    private Num Combine(OperatorKind op, Num left, Num right, List<E> steps, List<ParameterExpression> variables, bool inPlace)
    {
        var (kind, d, l, boxed, result) = Result(variables);
        var generic = E.Assign(boxed, inPlace
            ? Ops(nameof(CompiledOps.InPlace), E.Constant(ToBinaryOp(op)), left.AsObject(), right.AsObject())
            : Binary(op, left.AsObject(), right.AsObject()));
        steps.Add(E.Assign(kind, E.Constant(ObjectKind)));
        if (left.Literal is not null && right.Literal is not null)
        {
            steps.Add(generic);
            return result;
        }

        E Set(E value) => E.Block(E.Assign(d, value), E.Assign(kind, E.Constant(DoubleKind)));
        E TryLong(string name, E x, E y) => E.IfThen(E.Call(typeof(IntOps), name, null, x, y, l), SetLong(kind, d, l, l));
        E TryDouble(Type owner, string name, E x, E y) => E.IfThen(E.Call(owner, name, null, x, y, d), E.Assign(kind, E.Constant(DoubleKind)));

        E x = left.Long, y = right.Long;
        var longs = op switch
        {
            OperatorKind.Add => TryLong(nameof(IntOps.TryAdd), x, y),
            OperatorKind.Sub => TryLong(nameof(IntOps.TrySub), x, y),
            OperatorKind.Mult => TryLong(nameof(IntOps.TryMul), x, y),
            OperatorKind.FloorDiv => TryLong(nameof(IntOps.TryFloorDiv), x, y),
            OperatorKind.Mod => SetLong(kind, d, l, E.Call(typeof(IntOps), nameof(IntOps.Mod), null, x, y)),
            OperatorKind.Div => TryDouble(typeof(IntOps), nameof(IntOps.TryTrueDiv), x, y),
            _ => E.Empty(),
        };

        // An int next to a float is converted first, as float's reflected methods do.
        x = left.Double;
        y = right.Double;
        var doubles = op switch
        {
            OperatorKind.Add => Set(E.Add(x, y)),
            OperatorKind.Sub => Set(E.Subtract(x, y)),
            OperatorKind.Mult => Set(E.Multiply(x, y)),
            OperatorKind.Div => Set(E.Call(typeof(FloatOps), nameof(FloatOps.TrueDiv), null, x, y)),
            OperatorKind.FloorDiv => Set(E.Call(typeof(FloatOps), nameof(FloatOps.FloorDiv), null, x, y)),
            OperatorKind.Mod => Set(E.Call(typeof(FloatOps), nameof(FloatOps.Mod), null, x, y)),
            _ => TryDouble(typeof(FloatOps), nameof(FloatOps.TryPowReal), x, y),
        };

        // Whatever the unboxed paths did not produce (other types, overflow, complex powers) the generic operator does, once.
        steps.Add(Choose(Both(left, right, LongBit), longs, Choose(Both(left, right, NumberBit), doubles, E.Empty())));
        steps.Add(E.IfThen(E.Equal(kind, E.Constant(ObjectKind)), generic));
        return result;
    }

    private static Num Unary(UnaryOpKind op, Num operand, List<E> steps, List<ParameterExpression> variables)
    {
        var (kind, d, l, boxed, result) = Result(variables);
        var negate = op == UnaryOpKind.USub;
        var generic = E.Block(
            E.Assign(boxed, Ops(negate ? nameof(CompiledOps.Negative) : nameof(CompiledOps.Positive), operand.AsObject())),
            E.Assign(kind, E.Constant(ObjectKind)));
        var longs = SetLong(kind, d, l, negate ? E.Negate(operand.Long) : operand.Long);
        var doubles = E.Block(E.Assign(d, negate ? E.Negate(operand.Double) : operand.Double), E.Assign(kind, E.Constant(DoubleKind)));
        var isLong = negate ? E.AndAlso(operand.Has(LongBit), E.NotEqual(operand.Long, E.Constant(long.MinValue))) : operand.Has(LongBit);
        var isDouble = E.Equal(operand.Kind!, E.Constant(DoubleKind));
        steps.Add(E.IfThenElse(isLong, longs, E.IfThenElse(isDouble, doubles, generic)));
        return result;
    }

    /// <summary>if test then a else b, folded when the test is a known constant.</summary>
    private static E Choose(E test, E then, E otherwise) => test is ConstantExpression { Value: bool known }
        ? (known ? then : otherwise)
        : E.Condition(test, then, otherwise, then.Type == otherwise.Type ? then.Type : typeof(void));
}
