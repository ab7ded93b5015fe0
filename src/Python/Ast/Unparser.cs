using System.Text;

namespace IronUwsgi.Python.Ast;

/// <summary>
/// Source text of syntax trees in CPython's two styles: the compiler's (ast_unparse.c), for the strings that stand
/// for annotations under <c>from __future__ import annotations</c> (PEP 563), and ast.unparse's (Lib/ast.py), for
/// whole modules. The styles differ in tuples, yield, walrus, boolean chains, f-strings and docstrings.
/// </summary>
internal sealed partial class Unparser
{
    // Binding strength, weakest first, as ast.py's _Precedence orders it (the compiler's scale is the same from Tuple on).
    private const int NamedExprLevel = 1;
    private const int Tuple = 2;
    private const int YieldLevel = 3;
    private const int Test = 4;
    private const int Or = 5;
    private const int And = 6;
    private const int Not = 7;
    private const int Cmp = 8;
    private const int BOr = 9;
    private const int BXor = 10;
    private const int BAnd = 11;
    private const int Shift = 12;
    private const int Arith = 13;
    private const int Term = 14;
    private const int Factor = 15;
    private const int Power = 16;
    private const int AwaitLevel = 17;
    private const int Atom = 18;

    // True for ast.unparse's style, false for the compiler's.
    private readonly bool source;

    // Inside an f-string replacement field, ast.unparse writes strings without backslashes where it can.
    private readonly bool avoidBackslashes;

    private Unparser(bool source, bool avoidBackslashes = false)
    {
        this.source = source;
        this.avoidBackslashes = avoidBackslashes;
    }

    /// <summary>An annotation's text as the compiler stores it under PEP 563.</summary>
    public static string Unparse(Expr e)
    {
        var sb = new StringBuilder();
        new Unparser(false).Write(sb, e, Test);
        return sb.ToString();
    }

    private void Write(StringBuilder sb, Expr e, int level)
    {
        switch (e)
        {
            case Name n:
                sb.Append(n.Id);
                break;
            case Constant c:
                sb.Append(source && c.Kind == "u" ? "u" : string.Empty);
                WriteConstant(sb, c.Value);
                break;
            case Attribute a:
                Write(sb, a.Value, Atom);
                // 1 .real: an int literal needs a space before the dot (ast.unparse also spaces True and False, ints to it).
                if (a.Value is Constant { Value: int or long or System.Numerics.BigInteger } || (source && a.Value is Constant { Value: bool }))
                {
                    sb.Append(' ');
                }
                sb.Append('.').Append(a.Attr);
                break;
            case Subscript s:
                Write(sb, s.Value, Atom);
                sb.Append('[');
                if (s.Slice is Ast.Tuple { Elts.Count: > 0 } index)
                {
                    WriteList(sb, index.Elts);
                    if (index.Elts.Count == 1)
                    {
                        sb.Append(',');
                    }
                }
                else
                {
                    Write(sb, s.Slice, source ? Test : Tuple);
                }
                sb.Append(']');
                break;
            case Slice sl:
                if (sl.Lower is not null)
                {
                    Write(sb, sl.Lower, Test);
                }
                sb.Append(':');
                if (sl.Upper is not null)
                {
                    Write(sb, sl.Upper, Test);
                }
                if (sl.Step is not null)
                {
                    sb.Append(':');
                    Write(sb, sl.Step, Test);
                }
                break;
            case Ast.Tuple t:
                // The compiler's style always brackets a tuple; ast.unparse only where the context needs it.
                Parenthesised(sb, !source || t.Elts.Count == 0 || level > Tuple, () =>
                {
                    WriteList(sb, t.Elts);
                    if (t.Elts.Count == 1)
                    {
                        sb.Append(',');
                    }
                });
                break;
            case List l:
                sb.Append('[');
                WriteList(sb, l.Elts);
                sb.Append(']');
                break;
            case Set { Elts.Count: 0 } when source:
                sb.Append("{*()}");
                break;
            case Set s:
                sb.Append('{');
                WriteList(sb, s.Elts);
                sb.Append('}');
                break;
            case Dict d:
                sb.Append('{');
                for (var i = 0; i < d.Keys.Count; i++)
                {
                    Separate(sb, i);
                    if (d.Keys[i] is { } key)
                    {
                        Write(sb, key, Test);
                        sb.Append(": ");
                        Write(sb, d.Values[i], Test);
                    }
                    else
                    {
                        sb.Append("**");
                        Write(sb, d.Values[i], BOr);
                    }
                }
                sb.Append('}');
                break;
            case BinOp b:
                WriteBinOp(sb, b, level);
                break;
            case UnaryOp u:
                var (symbol, own) = u.Op switch
                {
                    UnaryOpKind.Not => ("not ", Not),
                    UnaryOpKind.Invert => ("~", Factor),
                    UnaryOpKind.UAdd => ("+", Factor),
                    _ => ("-", Factor),
                };
                Parenthesised(sb, level > own, () =>
                {
                    sb.Append(symbol);
                    Write(sb, u.Operand, own);
                });
                break;
            case BoolOp b:
                var boolLevel = b.Op == BoolOpKind.And ? And : Or;
                Parenthesised(sb, level > boolLevel, () =>
                {
                    for (var i = 0; i < b.Values.Count; i++)
                    {
                        if (i > 0)
                        {
                            sb.Append(b.Op == BoolOpKind.And ? " and " : " or ");
                        }
                        // ast.unparse raises the level with each operand (so `a or b or (not c)`), capped at Atom.
                        Write(sb, b.Values[i], source ? Math.Min(Atom, boolLevel + 1 + i) : boolLevel + 1);
                    }
                });
                break;
            case Compare c:
                Parenthesised(sb, level > Cmp, () =>
                {
                    Write(sb, c.Left, Cmp + 1);
                    for (var i = 0; i < c.Ops.Count; i++)
                    {
                        sb.Append(CompareSymbol(c.Ops[i]));
                        Write(sb, c.Comparators[i], Cmp + 1);
                    }
                });
                break;
            case IfExp x:
                Parenthesised(sb, level > Test, () =>
                {
                    Write(sb, x.Body, Test + 1);
                    sb.Append(" if ");
                    Write(sb, x.Test, Test + 1);
                    sb.Append(" else ");
                    Write(sb, x.Orelse, Test);
                });
                break;
            case NamedExpr n:
                Parenthesised(sb, level > (source ? NamedExprLevel : Tuple), () =>
                {
                    Write(sb, n.Target, Atom);
                    sb.Append(" := ");
                    Write(sb, n.Value, Atom);
                });
                break;
            case Lambda l:
                Parenthesised(sb, level > Test, () =>
                {
                    sb.Append("lambda");
                    var parameters = new StringBuilder();
                    WriteParameters(parameters, l.Args);
                    if (parameters.Length > 0)
                    {
                        sb.Append(' ').Append(parameters);
                    }
                    sb.Append(": ");
                    Write(sb, l.Body, Test);
                });
                break;
            case Call call:
                Write(sb, call.Func, Atom);
                sb.Append('(');
                var first = true;
                foreach (var arg in call.Args)
                {
                    Separate(sb, first ? 0 : 1);
                    first = false;
                    Write(sb, arg, Test);
                }
                foreach (var kw in call.Keywords)
                {
                    Separate(sb, first ? 0 : 1);
                    first = false;
                    sb.Append(kw.Arg is null ? "**" : kw.Arg + "=");
                    Write(sb, kw.Value, Test);
                }
                sb.Append(')');
                break;
            case Starred s:
                sb.Append('*');
                Write(sb, s.Value, BOr);
                break;
            case Await a:
                Parenthesised(sb, level > AwaitLevel, () =>
                {
                    sb.Append("await ");
                    Write(sb, a.Value, Atom);
                });
                break;
            case Yield y when source:
                Parenthesised(sb, level > YieldLevel, () =>
                {
                    sb.Append("yield");
                    if (y.Value is not null)
                    {
                        Write(sb.Append(' '), y.Value, Atom);
                    }
                });
                break;
            case YieldFrom y when source:
                Parenthesised(sb, level > YieldLevel, () => Write(sb.Append("yield from "), y.Value, Atom));
                break;
            case Yield y:
                sb.Append(y.Value is null ? "(yield)" : "(yield ");
                if (y.Value is not null)
                {
                    Write(sb, y.Value, Test);
                    sb.Append(')');
                }
                break;
            case YieldFrom y:
                sb.Append("(yield from ");
                Write(sb, y.Value, Test);
                sb.Append(')');
                break;
            case ListComp c:
                WriteComprehension(sb, "[", "]", c.Elt, null, c.Generators);
                break;
            case SetComp c:
                WriteComprehension(sb, "{", "}", c.Elt, null, c.Generators);
                break;
            case DictComp c:
                WriteComprehension(sb, "{", "}", c.Key, c.Value, c.Generators);
                break;
            case GeneratorExp c:
                WriteComprehension(sb, "(", ")", c.Elt, null, c.Generators);
                break;
            case JoinedStr j when source:
                WriteSourceFString(sb, j);
                break;
            case FormattedValue f when source:
                WriteReplacementField(sb, f);
                break;
            case JoinedStr j:
                var body = new StringBuilder();
                WriteFStringBody(body, j.Values);
                PyRepr.AppendStr(sb.Append('f'), body.ToString());
                break;
            case FormattedValue f:
                var single = new StringBuilder();
                WriteFStringBody(single, [f]);
                PyRepr.AppendStr(sb.Append('f'), single.ToString());
                break;
            default:
                throw new ArgumentException($"not an expression node: {e.GetType().Name}", nameof(e));
        }
    }

    private void WriteConstant(StringBuilder sb, object? value)
    {
        if (source)
        {
            WriteSourceConstant(sb, value);
            return;
        }
        switch (value)
        {
            case EllipsisValue:
                sb.Append("...");
                break;
            case double d when double.IsInfinity(d):
                sb.Append(d > 0 ? "1e309" : "-1e309");
                break;
            default:
                PyRepr.AppendConstant(sb, value);
                break;
        }
    }

    private void WriteBinOp(StringBuilder sb, BinOp b, int level)
    {
        var own = b.Op switch
        {
            OperatorKind.Add or OperatorKind.Sub => Arith,
            OperatorKind.Mult or OperatorKind.MatMult or OperatorKind.Div or OperatorKind.Mod or OperatorKind.FloorDiv => Term,
            OperatorKind.Pow => Power,
            OperatorKind.LShift or OperatorKind.RShift => Shift,
            OperatorKind.BitOr => BOr,
            OperatorKind.BitXor => BXor,
            _ => BAnd,
        };

        // Power binds right to left, every other operator left to right.
        var rightAssociative = b.Op == OperatorKind.Pow;
        Parenthesised(sb, level > own, () =>
        {
            Write(sb, b.Left, rightAssociative ? own + 1 : own);
            sb.Append(' ').Append(OperatorSymbol(b.Op)).Append(' ');
            Write(sb, b.Right, rightAssociative ? own : own + 1);
        });
    }

    private static string OperatorSymbol(OperatorKind op) => op switch
    {
        OperatorKind.Add => "+",
        OperatorKind.Sub => "-",
        OperatorKind.Mult => "*",
        OperatorKind.MatMult => "@",
        OperatorKind.Div => "/",
        OperatorKind.Mod => "%",
        OperatorKind.FloorDiv => "//",
        OperatorKind.Pow => "**",
        OperatorKind.LShift => "<<",
        OperatorKind.RShift => ">>",
        OperatorKind.BitOr => "|",
        OperatorKind.BitXor => "^",
        _ => "&",
    };

    private static string CompareSymbol(CmpOpKind op) => op switch
    {
        CmpOpKind.Eq => " == ",
        CmpOpKind.NotEq => " != ",
        CmpOpKind.Lt => " < ",
        CmpOpKind.LtE => " <= ",
        CmpOpKind.Gt => " > ",
        CmpOpKind.GtE => " >= ",
        CmpOpKind.Is => " is ",
        CmpOpKind.IsNot => " is not ",
        CmpOpKind.In => " in ",
        _ => " not in ",
    };

    private void WriteComprehension(StringBuilder sb, string open, string close, Expr elt, Expr? value, List<Comprehension> generators)
    {
        sb.Append(open);
        Write(sb, elt, Test);
        if (value is not null)
        {
            sb.Append(": ");
            Write(sb, value, Test);
        }
        WriteGenerators(sb, generators);
        sb.Append(close);
    }

    private void WriteGenerators(StringBuilder sb, List<Comprehension> generators)
    {
        foreach (var g in generators)
        {
            sb.Append(g.IsAsync != 0 ? " async for " : " for ");
            Write(sb, g.Target, Tuple);
            sb.Append(" in ");
            Write(sb, g.Iter, Test + 1);
            foreach (var test in g.Ifs)
            {
                sb.Append(" if ");
                Write(sb, test, Test + 1);
            }
        }
    }

    private void WriteParameters(StringBuilder sb, Arguments args)
    {
        var positional = args.Posonlyargs.Concat(args.Args).ToList();
        var firstDefault = positional.Count - args.Defaults.Count;
        var count = 0;
        for (var i = 0; i < positional.Count; i++)
        {
            Separate(sb, count++);
            WriteArg(sb, positional[i]);
            if (i >= firstDefault)
            {
                sb.Append('=');
                Write(sb, args.Defaults[i - firstDefault], Test);
            }
            if (i == args.Posonlyargs.Count - 1)
            {
                sb.Append(", /");
            }
        }
        if (args.Vararg is not null || args.Kwonlyargs.Count > 0)
        {
            Separate(sb, count++);
            sb.Append('*');
            if (args.Vararg is not null)
            {
                WriteArg(sb, args.Vararg);
            }
        }
        for (var i = 0; i < args.Kwonlyargs.Count; i++)
        {
            Separate(sb, count++);
            WriteArg(sb, args.Kwonlyargs[i]);
            if (args.KwDefaults[i] is { } d)
            {
                sb.Append('=');
                Write(sb, d, Test);
            }
        }
        if (args.Kwarg is not null)
        {
            Separate(sb, count);
            WriteArg(sb.Append("**"), args.Kwarg);
        }
    }

    private void WriteArg(StringBuilder sb, Arg arg)
    {
        sb.Append(arg.Name);
        if (arg.Annotation is not null)
        {
            Write(sb.Append(": "), arg.Annotation, Test);
        }
    }

    private void WriteFStringBody(StringBuilder sb, List<Expr> values)
    {
        foreach (var v in values)
        {
            if (v is Constant { Value: string text })
            {
                sb.Append(text.Replace("{", "{{").Replace("}", "}}"));
            }
            else if (v is FormattedValue f)
            {
                WriteReplacementField(sb, f);
            }
        }
    }

    private void WriteList(StringBuilder sb, List<Expr> items)
    {
        for (var i = 0; i < items.Count; i++)
        {
            Separate(sb, i);
            Write(sb, items[i], Test);
        }
    }

    private static void Separate(StringBuilder sb, int index)
    {
        if (index > 0)
        {
            sb.Append(", ");
        }
    }

    private static void Parenthesised(StringBuilder sb, bool wrap, Action body)
    {
        sb.Append(wrap ? "(" : string.Empty);
        body();
        sb.Append(wrap ? ")" : string.Empty);
    }
}
