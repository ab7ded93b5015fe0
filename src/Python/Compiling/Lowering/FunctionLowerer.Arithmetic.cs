using System.Linq.Expressions;
using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Compiling.Generators;
using IronUwsgi.Python.Compiling.Runtime;
using E = System.Linq.Expressions.Expression;

namespace IronUwsgi.Python.Compiling.Lowering;

/// <summary>
/// Arithmetic trees evaluated in CLR doubles: each node is either a double or the boxed object the
/// generic operator returned; only the tree's result (or an operand a generic operator needs) is boxed.
/// Leaves are evaluated as before, in the same order; any non-float operand takes the generic operator.
/// </summary>
internal sealed partial class FunctionLowerer
{
    /// <summary>
    /// One operand of the tree. A constant has <see cref="Constant"/>; otherwise <see cref="IsDouble"/> tells
    /// at run time whether <see cref="Double"/> holds the value or <see cref="Boxed"/> does.
    /// </summary>
    private sealed record Num(E? IsDouble, E Double, E Boxed, bool BoxedAlwaysValid, object? Constant)
    {
        /// <summary>An int literal is a double only next to a double, as CPython's float methods convert it.</summary>
        public bool IsIntLiteral => Constant is long;

        public bool IsFloatLiteral => Constant is double;

        /// <summary>The operand as an object: re-boxed only where the tree kept it as a double.</summary>
        public E AsObject() => BoxedAlwaysValid || IsDouble is null
            ? Boxed
            : E.Condition(IsDouble, E.Convert(Double, typeof(object)), Boxed);
    }

    /// <summary>Ints whose conversion to float is exact (CPython converts them the same way).</summary>
    private const long ExactIntLimit = 1L << 53;

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
        Constant { Value: long l } when Math.Abs(l) <= ExactIntLimit => l,
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

    /// <summary>A BinOp or unary +/- as an object; trees of two or more operators are evaluated in doubles.</summary>
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
        E generic = Ops(nameof(CompiledOps.CompareBool), E.Constant(op), left.AsObject(), right.AsObject());
        var both = BothDouble(left, right);
        if (both is null)
        {
            steps.Add(generic);
        }
        else
        {
            E x = left.Double, y = right.Double;
            E typed = op switch
            {
                CmpOpKind.Eq => E.Equal(x, y),
                CmpOpKind.NotEq => E.NotEqual(x, y),
                CmpOpKind.Lt => E.LessThan(x, y),
                CmpOpKind.LtE => E.LessThanOrEqual(x, y),
                CmpOpKind.Gt => E.GreaterThan(x, y),
                _ => E.GreaterThanOrEqual(x, y),
            };
            steps.Add(both is ConstantExpression { Value: true } ? typed : E.Condition(both, typed, generic));
        }

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
            return ConstantNum(literal);
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

    private static Num ConstantNum(object value)
    {
        var boxed = CompiledOps.ConstantValue(value);
        var d = value is long l ? l : (double)value;
        return new Num(null, E.Constant(d), E.Constant(boxed, typeof(object)), true, value);
    }

    /// <summary>Any other expression: evaluated once, in order, then tested for float.</summary>
    private static Num Leaf(E value, List<E> steps, List<ParameterExpression> variables)
    {
        var boxed = E.Variable(typeof(object), "arg");
        var isDouble = E.Variable(typeof(bool), "argIsFloat");
        variables.Add(boxed);
        variables.Add(isDouble);
        steps.Add(E.Assign(boxed, value));
        steps.Add(E.Assign(isDouble, E.TypeIs(boxed, typeof(double))));
        return new Num(isDouble, E.Unbox(boxed, typeof(double)), boxed, true, null);
    }

    /// <summary>When both operands are doubles: null if never, a constant true if always, else the run-time test.</summary>
    private static E? BothDouble(Num left, Num right)
    {
        if (left.Constant is not null && right.Constant is not null)
        {
            return left.IsFloatLiteral || right.IsFloatLiteral ? E.Constant(true) : null;
        }

        return left.IsDouble is null ? right.IsDouble : right.IsDouble is null ? left.IsDouble : E.AndAlso(left.IsDouble, right.IsDouble);
    }

    private Num Combine(OperatorKind op, Num left, Num right, List<E> steps, List<ParameterExpression> variables, bool inPlace)
    {
        var generic = inPlace
            ? Ops(nameof(CompiledOps.InPlace), E.Constant(ToBinaryOp(op)), left.AsObject(), right.AsObject())
            : Binary(op, left.AsObject(), right.AsObject());
        var both = BothDouble(left, right);
        if (both is null)
        {
            return Generic(generic, steps, variables);
        }

        var isDouble = E.Variable(typeof(bool), "isFloat");
        var value = E.Variable(typeof(double), "float");
        var boxed = E.Variable(typeof(object), "obj");
        variables.Add(isDouble);
        variables.Add(value);
        variables.Add(boxed);
        E x = left.Double, y = right.Double;

        // ** is a double only when the result is real; a complex result takes the generic operator.
        E typed = op switch
        {
            OperatorKind.Add => E.Assign(value, E.Add(x, y)),
            OperatorKind.Sub => E.Assign(value, E.Subtract(x, y)),
            OperatorKind.Mult => E.Assign(value, E.Multiply(x, y)),
            OperatorKind.Div => E.Assign(value, FloatCall(nameof(FloatOps.TrueDiv), x, y)),
            OperatorKind.FloorDiv => E.Assign(value, FloatCall(nameof(FloatOps.FloorDiv), x, y)),
            OperatorKind.Mod => E.Assign(value, FloatCall(nameof(FloatOps.Mod), x, y)),
            _ => FloatCall(nameof(FloatOps.TryPowReal), x, y, value),
        };
        var fallback = GenericInto(generic, isDouble, value, boxed);
        if (op == OperatorKind.Pow)
        {
            steps.Add(E.IfThenElse(E.AndAlso(both, typed), E.Assign(isDouble, E.Constant(true)), fallback));
        }
        else if (both is ConstantExpression { Value: true })
        {
            steps.Add(typed);
            return new Num(E.Constant(true), value, boxed, false, null);
        }
        else
        {
            steps.Add(E.IfThenElse(both, E.Block(typed, E.Assign(isDouble, E.Constant(true))), fallback));
        }

        return new Num(isDouble, value, boxed, false, null);
    }

    private static Num Unary(UnaryOpKind op, Num operand, List<E> steps, List<ParameterExpression> variables)
    {
        E generic = Ops(op == UnaryOpKind.USub ? nameof(CompiledOps.Negative) : nameof(CompiledOps.Positive), operand.AsObject());
        var isDouble = E.Variable(typeof(bool), "isFloat");
        var value = E.Variable(typeof(double), "float");
        var boxed = E.Variable(typeof(object), "obj");
        variables.Add(isDouble);
        variables.Add(value);
        variables.Add(boxed);
        E typed = E.Assign(value, op == UnaryOpKind.USub ? E.Negate(operand.Double) : operand.Double);
        steps.Add(E.IfThenElse(operand.IsDouble!, E.Block(typed, E.Assign(isDouble, E.Constant(true))), GenericInto(generic, isDouble, value, boxed)));
        return new Num(isDouble, value, boxed, false, null);
    }

    /// <summary>A node no operand of which can be a double: the generic operator, its result tested for float.</summary>
    private static Num Generic(E generic, List<E> steps, List<ParameterExpression> variables) => Leaf(generic, steps, variables);

    private static E GenericInto(E generic, ParameterExpression isDouble, ParameterExpression value, ParameterExpression boxed) => E.Block(
        E.Assign(boxed, generic),
        E.Assign(isDouble, E.TypeIs(boxed, typeof(double))),
        E.IfThen(isDouble, E.Assign(value, E.Unbox(boxed, typeof(double)))));

    private static E FloatCall(string name, params E[] args) => E.Call(typeof(FloatOps), name, null, args);
}
