using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Lexing;

namespace IronUwsgi.Python.Parsing;

/// <summary>Assignment and deletion targets: parsing target lists and setting Store/Del contexts.</summary>
internal sealed partial class Parser
{
    /// <summary>
    /// A comma-separated target list (for loops, comprehensions, del), parsed at bitwise_or level so
    /// that the following 'in' is not taken as a comparison.
    /// </summary>
    private Expr ParseTargetList(ExprContext ctx, string? terminator)
    {
        SourcePos start = Cur.Start;
        Expr first = ParseTargetElement();
        Expr result = first;
        if (IsOp(","))
        {
            var elts = new List<Expr> { first };
            while (AcceptOp(","))
            {
                if (!StartsExpression(Cur) || (terminator is not null && IsKw(terminator)))
                {
                    break;
                }

                elts.Add(ParseTargetElement());
            }

            result = Fin(new Ast.Tuple(elts, ExprContext.Load), start);
        }

        SetContext(result, ctx);
        return result;
    }

    private Expr ParseTargetElement()
    {
        if (IsOp("*"))
        {
            SourcePos start = Advance().Start;
            return Fin(new Starred(ParseTargetElement(), ExprContext.Load), start);
        }

        return ParseBitwiseOr();
    }

    /// <summary>Turns a parsed expression into a target, or raises CPython's error for the first invalid part.</summary>
    private void SetContext(Expr e, ExprContext ctx)
    {
        switch (e)
        {
            case Name n:
                n.Ctx = ctx;
                break;
            case Ast.Attribute a:
                a.Ctx = ctx;
                break;
            case Subscript s:
                s.Ctx = ctx;
                break;
            case Starred s:
                if (ctx == ExprContext.Del)
                {
                    throw ErrorAt(s, "cannot delete starred");
                }

                s.Ctx = ctx;
                SetContext(s.Value, ctx);
                break;
            case Ast.Tuple t:
                t.Ctx = ctx;
                foreach (Expr elt in t.Elts)
                {
                    SetContext(elt, ctx);
                }

                break;
            case List l:
                l.Ctx = ctx;
                foreach (Expr elt in l.Elts)
                {
                    SetContext(elt, ctx);
                }

                break;
            default:
                throw ErrorAt(e, ctx == ExprContext.Del ? $"cannot delete {ExprName(e)}" : $"cannot assign to {ExprName(e)}");
        }
    }

    private static bool IsSingleTarget(Expr e) => e is Name or Ast.Attribute or Subscript;
}
