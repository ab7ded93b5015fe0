using System.Text;
using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Lexing;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Ast;

/// <summary>ast.unparse's style: statements, docstrings, string quotes chosen to avoid escapes, and f-strings.</summary>
internal sealed partial class Unparser
{
    private static readonly string[] AllQuotes = ["'", "\"", "\"\"\"", "'''"];
    private static readonly string[] MultiQuotes = ["\"\"\"", "'''"];

    private readonly StringBuilder output = new();
    private int indent;

    /// <summary>The text ast.unparse gives for any node: a module, a statement, an expression, a pattern...</summary>
    public static string UnparseSource(Node node)
    {
        var u = new Unparser(true);
        u.WriteNode(node);
        return u.output.ToString();
    }

    private void WriteNode(Node node)
    {
        switch (node)
        {
            case Module m:
                WriteBodyWithDocstring(m.Body);
                break;
            case Interactive i:
                WriteBody(i.Body);
                break;
            case Expression e:
                Write(output, e.Body, Test);
                break;
            case Stmt s:
                WriteStatement(s);
                break;
            case Expr e:
                Write(output, e, Test);
                break;
            case Pattern p:
                WritePattern(p, Test);
                break;
            case Arguments a:
                WriteParameters(output, a);
                break;
            case Arg a:
                WriteArg(output, a);
                break;
            case Keyword k:
                WriteKeyword(output, k);
                break;
            case Alias a:
                WriteAlias(a);
                break;
            case WithItem w:
                WriteWithItem(w);
                break;
            case ExceptHandler h:
                WriteHandler(h, false);
                break;
            case MatchCase c:
                WriteCase(c);
                break;
            case Comprehension c:
                WriteGenerators(output, [c]);
                break;
            default:
                throw Ops.Error(PyExc.ValueError, $"cannot unparse {node.GetType().Name}");
        }
    }

    // A new line at the current indentation, except at the very start of the text.
    private void Fill(string text = "")
    {
        if (output.Length > 0)
        {
            output.Append('\n');
        }
        output.Append(' ', 4 * indent).Append(text);
    }

    // Definitions get a blank line before them (a newline, then Fill's own).
    private void BlankLine()
    {
        if (output.Length > 0)
        {
            output.Append('\n');
        }
    }

    private void Block(List<Stmt> body, bool docstring = false)
    {
        output.Append(':');
        indent++;
        if (docstring)
        {
            WriteBodyWithDocstring(body);
        }
        else
        {
            WriteBody(body);
        }
        indent--;
    }

    private void WriteBody(List<Stmt> body)
    {
        foreach (var s in body)
        {
            WriteStatement(s);
        }
    }

    private void WriteBodyWithDocstring(List<Stmt> body)
    {
        if (body is [ExprStmt { Value: Constant { Value: string doc } c }, ..])
        {
            Fill(c.Kind == "u" ? "u" : "");
            var (text, quotes) = StrLiteral(doc, MultiQuotes, false);
            output.Append(quotes[0]).Append(text).Append(quotes[0]);
            WriteBody(body[1..]);
            return;
        }
        WriteBody(body);
    }

    private void WriteStatement(Stmt statement)
    {
        switch (statement)
        {
            case ExprStmt e:
                Fill();
                Write(output, e.Value, YieldLevel);
                break;
            case Assign a:
                Fill();
                foreach (var target in a.Targets)
                {
                    Write(output, target, Tuple);
                    output.Append(" = ");
                }
                Write(output, a.Value, Test);
                break;
            case AugAssign a:
                Fill();
                Write(output, a.Target, Test);
                output.Append(' ').Append(OperatorSymbol(a.Op)).Append("= ");
                Write(output, a.Value, Test);
                break;
            case AnnAssign a:
                Fill();
                Parenthesised(output, a.Simple == 0 && a.Target is Name, () => Write(output, a.Target, Test));
                Write(output.Append(": "), a.Annotation, Test);
                if (a.Value is not null)
                {
                    Write(output.Append(" = "), a.Value, Test);
                }
                break;
            case Return r:
                Fill("return");
                if (r.Value is not null)
                {
                    Write(output.Append(' '), r.Value, Test);
                }
                break;
            case Pass:
                Fill("pass");
                break;
            case Break:
                Fill("break");
                break;
            case Continue:
                Fill("continue");
                break;
            case Delete d:
                Fill("del ");
                WriteList(output, d.Targets);
                break;
            case Assert a:
                Fill("assert ");
                Write(output, a.Test, Test);
                if (a.Msg is not null)
                {
                    Write(output.Append(", "), a.Msg, Test);
                }
                break;
            case Global g:
                Fill("global " + string.Join(", ", g.Names));
                break;
            case Nonlocal n:
                Fill("nonlocal " + string.Join(", ", n.Names));
                break;
            case Import i:
                Fill("import ");
                WriteAliases(i.Names);
                break;
            case ImportFrom i:
                Fill("from ");
                output.Append('.', i.Level ?? 0).Append(i.Module).Append(" import ");
                WriteAliases(i.Names);
                break;
            case Raise r:
                Fill("raise");
                if (r.Exc is null)
                {
                    if (r.Cause is not null)
                    {
                        throw Ops.Error(PyExc.ValueError, "Node can't use cause without an exception.");
                    }
                    break;
                }
                Write(output.Append(' '), r.Exc, Test);
                if (r.Cause is not null)
                {
                    Write(output.Append(" from "), r.Cause, Test);
                }
                break;
            case If i:
                WriteIf(i);
                break;
            case While w:
                Fill("while ");
                Write(output, w.Test, Test);
                Block(w.Body);
                WriteElse(w.Orelse);
                break;
            case For f:
                WriteFor("for ", f.Target, f.Iter, f.Body, f.Orelse);
                break;
            case AsyncFor f:
                WriteFor("async for ", f.Target, f.Iter, f.Body, f.Orelse);
                break;
            case With w:
                WriteWith("with ", w.Items, w.Body);
                break;
            case AsyncWith w:
                WriteWith("async with ", w.Items, w.Body);
                break;
            case Try t:
                WriteTry(t.Body, t.Handlers, t.Orelse, t.Finalbody, false);
                break;
            case TryStar t:
                WriteTry(t.Body, t.Handlers, t.Orelse, t.Finalbody, true);
                break;
            case FunctionDef f:
                WriteFunction("def", f.Name, f.Args, f.Body, f.DecoratorList, f.Returns);
                break;
            case AsyncFunctionDef f:
                WriteFunction("async def", f.Name, f.Args, f.Body, f.DecoratorList, f.Returns);
                break;
            case ClassDef c:
                WriteClass(c);
                break;
            case Match m:
                Fill("match ");
                Write(output, m.Subject, Test);
                output.Append(':');
                indent++;
                foreach (var c in m.Cases)
                {
                    WriteCase(c);
                }
                indent--;
                break;
            default:
                throw Ops.Error(PyExc.ValueError, $"cannot unparse {statement.GetType().Name}");
        }
    }

    private void WriteIf(If node)
    {
        Fill("if ");
        Write(output, node.Test, Test);
        Block(node.Body);
        // An else holding only an if reads back as elif.
        while (node.Orelse is [If inner])
        {
            node = inner;
            Fill("elif ");
            Write(output, node.Test, Test);
            Block(node.Body);
        }
        WriteElse(node.Orelse);
    }

    private void WriteElse(List<Stmt> orelse)
    {
        if (orelse.Count > 0)
        {
            Fill("else");
            Block(orelse);
        }
    }

    private void WriteFor(string keyword, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse)
    {
        Fill(keyword);
        Write(output, target, Tuple);
        Write(output.Append(" in "), iter, Test);
        Block(body);
        WriteElse(orelse);
    }

    private void WriteWith(string keyword, List<WithItem> items, List<Stmt> body)
    {
        Fill(keyword);
        for (var i = 0; i < items.Count; i++)
        {
            Separate(output, i);
            WriteWithItem(items[i]);
        }
        Block(body);
    }

    private void WriteWithItem(WithItem item)
    {
        Write(output, item.ContextExpr, Test);
        if (item.OptionalVars is not null)
        {
            Write(output.Append(" as "), item.OptionalVars, Test);
        }
    }

    private void WriteTry(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody, bool star)
    {
        Fill("try");
        Block(body);
        foreach (var h in handlers)
        {
            WriteHandler(h, star);
        }
        WriteElse(orelse);
        if (finalbody.Count > 0)
        {
            Fill("finally");
            Block(finalbody);
        }
    }

    private void WriteHandler(ExceptHandler handler, bool star)
    {
        Fill(star ? "except*" : "except");
        if (handler.Type is not null)
        {
            Write(output.Append(' '), handler.Type, Test);
        }
        if (handler.Name is not null)
        {
            output.Append(" as ").Append(handler.Name);
        }
        Block(handler.Body);
    }

    private void WriteDecorators(List<Expr> decorators)
    {
        BlankLine();
        foreach (var d in decorators)
        {
            Fill("@");
            Write(output, d, Test);
        }
    }

    private void WriteFunction(string keyword, string name, Arguments args, List<Stmt> body, List<Expr> decorators, Expr? returns)
    {
        WriteDecorators(decorators);
        Fill(keyword + " " + name + "(");
        WriteParameters(output, args);
        output.Append(')');
        if (returns is not null)
        {
            Write(output.Append(" -> "), returns, Test);
        }
        Block(body, docstring: true);
    }

    private void WriteClass(ClassDef node)
    {
        WriteDecorators(node.DecoratorList);
        Fill("class " + node.Name);
        Parenthesised(output, node.Bases.Count + node.Keywords.Count > 0, () =>
        {
            WriteList(output, node.Bases);
            for (var i = 0; i < node.Keywords.Count; i++)
            {
                Separate(output, node.Bases.Count + i);
                WriteKeyword(output, node.Keywords[i]);
            }
        });
        Block(node.Body, docstring: true);
    }

    private void WriteKeyword(StringBuilder sb, Keyword k)
    {
        sb.Append(k.Arg is null ? "**" : k.Arg + "=");
        Write(sb, k.Value, Test);
    }

    private void WriteAliases(List<Alias> names)
    {
        for (var i = 0; i < names.Count; i++)
        {
            Separate(output, i);
            WriteAlias(names[i]);
        }
    }

    private void WriteAlias(Alias a)
    {
        output.Append(a.Name);
        if (a.Asname is not null)
        {
            output.Append(" as ").Append(a.Asname);
        }
    }

    private void WriteCase(MatchCase c)
    {
        Fill("case ");
        WritePattern(c.Pattern, Test);
        if (c.Guard is not null)
        {
            Write(output.Append(" if "), c.Guard, Test);
        }
        Block(c.Body);
    }

    private void WritePattern(Pattern pattern, int level)
    {
        switch (pattern)
        {
            case MatchValue v:
                Write(output, v.Value, Test);
                break;
            case MatchSingleton s:
                WriteConstant(output, s.Value);
                break;
            case MatchSequence s:
                output.Append('[');
                WritePatterns(s.Patterns);
                output.Append(']');
                break;
            case MatchStar s:
                output.Append('*').Append(s.Name ?? "_");
                break;
            case MatchMapping m:
                output.Append('{');
                for (var i = 0; i < m.Keys.Count; i++)
                {
                    Separate(output, i);
                    Write(output, m.Keys[i], Test);
                    output.Append(": ");
                    WritePattern(m.Patterns[i], Test);
                }
                if (m.Rest is not null)
                {
                    Separate(output, m.Keys.Count);
                    output.Append("**").Append(m.Rest);
                }
                output.Append('}');
                break;
            case MatchClass c:
                Write(output, c.Cls, Atom);
                output.Append('(');
                WritePatterns(c.Patterns);
                for (var i = 0; i < c.KwdAttrs.Count; i++)
                {
                    Separate(output, c.Patterns.Count + i);
                    output.Append(c.KwdAttrs[i]).Append('=');
                    WritePattern(c.KwdPatterns[i], Test);
                }
                output.Append(')');
                break;
            case MatchAs { Name: null }:
                output.Append('_');
                break;
            case MatchAs { Pattern: null } a:
                output.Append(a.Name);
                break;
            case MatchAs a:
                Parenthesised(output, level > Test, () =>
                {
                    WritePattern(a.Pattern!, BOr);
                    output.Append(" as ").Append(a.Name);
                });
                break;
            case MatchOr o:
                Parenthesised(output, level > BOr, () =>
                {
                    for (var i = 0; i < o.Patterns.Count; i++)
                    {
                        output.Append(i > 0 ? " | " : string.Empty);
                        WritePattern(o.Patterns[i], BOr + 1);
                    }
                });
                break;
        }
    }

    private void WritePatterns(List<Pattern> patterns)
    {
        for (var i = 0; i < patterns.Count; i++)
        {
            Separate(output, i);
            WritePattern(patterns[i], Test);
        }
    }

    private void WriteSourceConstant(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case EllipsisValue:
                sb.Append("...");
                break;
            case double or System.Numerics.Complex:
                // An infinity has no literal: 1e309 overflows to one, and inf - inf makes a NaN.
                var text = new StringBuilder();
                PyRepr.AppendConstant(text, value);
                sb.Append(text.Replace("inf", "1e309").Replace("nan", "(1e309-1e309)"));
                break;
            case string s when avoidBackslashes:
                var (body, quotes) = StrLiteral(s, AllQuotes, false);
                sb.Append(quotes[0]).Append(body).Append(quotes[0]);
                break;
            default:
                PyRepr.AppendConstant(sb, value);
                break;
        }
    }

    private void WriteSourceFString(StringBuilder sb, JoinedStr node)
    {
        sb.Append('f');
        var inner = new StringBuilder();
        if (avoidBackslashes)
        {
            WriteFStringInner(inner, node);
            var (body, quotes) = StrLiteral(inner.ToString(), AllQuotes, false);
            sb.Append(quotes[0]).Append(body).Append(quotes[0]);
            return;
        }
        // Each part narrows the quotes the whole literal may use; text parts also escape their newlines and tabs.
        IReadOnlyList<string> usable = AllQuotes;
        var joined = new StringBuilder();
        foreach (var value in node.Values)
        {
            inner.Clear();
            WriteFStringInner(inner, value);
            var (part, remaining) = StrLiteral(inner.ToString(), usable, value is Constant);
            joined.Append(part);
            usable = remaining;
        }
        sb.Append(usable[0]).Append(joined).Append(usable[0]);
    }

    private void WriteFStringInner(StringBuilder sb, Expr node)
    {
        switch (node)
        {
            case JoinedStr j:
                foreach (var v in j.Values)
                {
                    WriteFStringInner(sb, v);
                }
                break;
            case Constant { Value: string text }:
                sb.Append(text.Replace("{", "{{").Replace("}", "}}"));
                break;
            case FormattedValue f:
                WriteReplacementField(sb, f);
                break;
            default:
                throw Ops.Error(PyExc.ValueError, $"Unexpected node inside JoinedStr, <ast.{node.GetType().Name} object>");
        }
    }

    // One {...} field in either style; ast.unparse also keeps backslashes out of the expression.
    private void WriteReplacementField(StringBuilder sb, FormattedValue f)
    {
        var expression = new StringBuilder();
        (source ? new Unparser(true, avoidBackslashes: true) : this).Write(expression, f.Value, Test + 1);
        if (source && expression.ToString().Contains('\\'))
        {
            throw Ops.Error(PyExc.ValueError, "Unable to avoid backslash in f-string expression part");
        }
        sb.Append('{');
        // A value starting with a brace would read as an escaped one.
        if (expression.Length > 0 && expression[0] == '{')
        {
            sb.Append(' ');
        }
        sb.Append(expression);
        if (f.Conversion > 0)
        {
            sb.Append('!').Append((char)f.Conversion);
        }
        if (f.FormatSpec is not null)
        {
            sb.Append(':');
            WriteFStringInner(sb, f.FormatSpec);
        }
        sb.Append('}');
    }

    /// <summary>
    /// The body of a string literal for <paramref name="s"/> and the quotes that can enclose it, best first: only
    /// backslashes and unprintable characters are escaped (newlines and tabs too when asked), and a quote the text
    /// contains is not offered. When none fits, the body and quote of repr().
    /// </summary>
    private static (string Body, IReadOnlyList<string> Quotes) StrLiteral(string s, IReadOnlyList<string> quoteTypes, bool escapeWhitespace)
    {
        var escaped = new StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i += CodePoints.Width(s, i))
        {
            var cp = CodePoints.At(s, i);
            if ((cp is 10 or 9 && !escapeWhitespace) || (cp != '\\' && UnicodeTables.IsPrintable(cp)))
            {
                escaped.AppendCodePoint(cp);
            }
            else
            {
                escaped.Append(Encoding.Latin1.GetString(EscapeCodecs.Encode(CodePoints.FromCodePoint(cp), raw: false)));
            }
        }
        var text = escaped.ToString();
        var possible = quoteTypes.Where(q => (q.Length == 3 || !text.Contains('\n')) && !text.Contains(q, StringComparison.Ordinal)).ToList();
        if (possible.Count == 0)
        {
            var repr = new StringBuilder();
            PyRepr.AppendStr(repr, s);
            var quote = quoteTypes.FirstOrDefault(q => q.Contains(repr[0])) ?? repr[0].ToString();
            return (repr.ToString(1, repr.Length - 2), [quote]);
        }
        if (text.Length > 0)
        {
            // Prefer a quote that differs from the last character; a triple quote that does not gets it escaped.
            possible = possible.OrderBy(q => q[0] == text[^1]).ToList();
            if (possible[0][0] == text[^1])
            {
                text = text[..^1] + "\\" + text[^1];
            }
        }
        return (text, possible);
    }
}
