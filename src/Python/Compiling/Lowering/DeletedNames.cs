using IronUwsgi.Python.Ast;

namespace IronUwsgi.Python.Compiling.Lowering;

/// <summary>Names a scope's own statements delete, so their loads keep the unbound check.</summary>
internal static class DeletedNames
{
    public static HashSet<string> In(Node scopeNode)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var body = scopeNode switch
        {
            FunctionDef f => f.Body,
            AsyncFunctionDef f => f.Body,
            _ => [],
        };
        Walk(body, found);
        return found;
    }

    private static void Walk(List<Stmt> body, HashSet<string> found)
    {
        foreach (var s in body)
        {
            switch (s)
            {
                case Delete d:
                    foreach (var t in d.Targets)
                    {
                        AddTargets(t, found);
                    }

                    break;
                case If i:
                    Walk(i.Body, found);
                    Walk(i.Orelse, found);
                    break;
                case While w:
                    Walk(w.Body, found);
                    Walk(w.Orelse, found);
                    break;
                case For f:
                    Walk(f.Body, found);
                    Walk(f.Orelse, found);
                    break;
                case With w:
                    Walk(w.Body, found);
                    break;
                case Try t:
                    Walk(t.Body, found);
                    Walk(t.Orelse, found);
                    Walk(t.Finalbody, found);
                    foreach (var h in t.Handlers)
                    {
                        if (h.Name is not null)
                        {
                            found.Add(h.Name);
                        }

                        Walk(h.Body, found);
                    }

                    break;
                case TryStar t:
                    Walk(t.Body, found);
                    Walk(t.Orelse, found);
                    Walk(t.Finalbody, found);
                    foreach (var h in t.Handlers)
                    {
                        if (h.Name is not null)
                        {
                            found.Add(h.Name);
                        }

                        Walk(h.Body, found);
                    }

                    break;
                case Match m:
                    foreach (var c in m.Cases)
                    {
                        Walk(c.Body, found);
                    }

                    break;
            }
        }
    }

    private static void AddTargets(Expr target, HashSet<string> found)
    {
        switch (target)
        {
            case Name n:
                found.Add(n.Id);
                break;
            case Ast.Tuple t:
                t.Elts.ForEach(e => AddTargets(e, found));
                break;
            case Ast.List l:
                l.Elts.ForEach(e => AddTargets(e, found));
                break;
        }
    }
}
