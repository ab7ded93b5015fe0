using IronUwsgi.Python.Ast;

namespace IronUwsgi.Python.Compiling.Lowering;

/// <summary>
/// Decides how run-once bodies (modules, classes) execute: straight-line code is interpreted by
/// the expression interpreter, which saves the JIT cost at startup; a body with a loop is compiled,
/// unless the loop walks a literal display (a tuple, list or set written out), whose few rounds cost less
/// interpreted than the JIT of the whole body.
/// </summary>
internal static class LoopFinder
{
    public static bool HasLoop(List<Stmt> body) => body.Any(HasLoop);

    private static bool HasLoop(Stmt s) => s switch
    {
        For f => !IsDisplay(f.Iter) || HasLoop(f.Body) || HasLoop(f.Orelse),
        While or AsyncFor => true,
        If i => HasLoop(i.Body) || HasLoop(i.Orelse),
        With w => HasLoop(w.Body),
        Try t => HasLoop(t.Body) || HasLoop(t.Orelse) || HasLoop(t.Finalbody) || t.Handlers.Any(h => HasLoop(h.Body)),
        TryStar t => HasLoop(t.Body) || HasLoop(t.Orelse) || HasLoop(t.Finalbody) || t.Handlers.Any(h => HasLoop(h.Body)),
        Match m => m.Cases.Any(c => HasLoop(c.Body)),
        _ => false,
    };

    private static bool IsDisplay(Expr e) => e is Ast.Tuple or Ast.List or Ast.Set;
}
