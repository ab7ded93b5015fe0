using IronUwsgi.Python.Ast;
using Attribute = IronUwsgi.Python.Ast.Attribute;
using Tuple = IronUwsgi.Python.Ast.Tuple;
using List = IronUwsgi.Python.Ast.List;

namespace IronUwsgi.Python.Compiling.Generators;

/// <summary>Questions the generator lowering asks of expressions: does it yield, and what are its operands in evaluation order.</summary>
internal static class GeneratorLowering
{
    public static bool ContainsYield(Expr expr) => expr switch
    {
        Yield or YieldFrom => true,
        Lambda => false,
        ListComp c => ContainsYield(c.Generators[0].Iter),
        SetComp c => ContainsYield(c.Generators[0].Iter),
        DictComp c => ContainsYield(c.Generators[0].Iter),
        GeneratorExp c => ContainsYield(c.Generators[0].Iter),
        _ => Children(expr).Any(ContainsYield),
    };

    /// <summary>The operand expressions of a node, in the order Python evaluates them.</summary>
    public static IEnumerable<Expr> Children(Expr expr)
    {
        switch (expr)
        {
            case BoolOp b:
                return b.Values;
            case NamedExpr n:
                return [n.Value];
            case BinOp b:
                return [b.Left, b.Right];
            case UnaryOp u:
                return [u.Operand];
            case IfExp i:
                return [i.Test, i.Body, i.Orelse];
            case Dict d:
                return d.Keys.Zip(d.Values).SelectMany(p => p.First is null ? [p.Second] : new[] { p.First, p.Second });
            case Set s:
                return s.Elts;
            case Compare c:
                return c.Comparators.Prepend(c.Left);
            case Call c:
                return c.Args.Concat(c.Keywords.Select(k => k.Value)).Prepend(c.Func);
            case FormattedValue f:
                return f.FormatSpec is null ? [f.Value] : [f.Value, f.FormatSpec];
            case JoinedStr j:
                return j.Values;
            case Attribute a:
                return [a.Value];
            case Subscript s:
                return [s.Value, s.Slice];
            case Starred s:
                return [s.Value];
            case List l:
                return l.Elts;
            case Tuple t:
                return t.Elts;
            case Slice s:
                return new[] { s.Lower, s.Upper, s.Step }.OfType<Expr>();
            case Await a:
                return [a.Value];
            case Yield y:
                return y.Value is null ? [] : [y.Value];
            case YieldFrom y:
                return [y.Value];
            case ListComp c:
                return [c.Generators[0].Iter];
            case SetComp c:
                return [c.Generators[0].Iter];
            case DictComp c:
                return [c.Generators[0].Iter];
            case GeneratorExp c:
                return [c.Generators[0].Iter];
            default:
                return [];
        }
    }
}
