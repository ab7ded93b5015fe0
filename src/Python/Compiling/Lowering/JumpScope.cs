using System.Linq.Expressions;

namespace IronUwsgi.Python.Compiling.Lowering;

/// <summary>What a break, continue or return crosses on its way out: a loop or a protected region.</summary>
internal abstract class JumpScope;

/// <summary>A loop: where break and continue go.</summary>
internal sealed class LoopScope(LabelTarget breakLabel, LabelTarget continueLabel) : JumpScope
{
    public LabelTarget Break { get; } = breakLabel;

    public LabelTarget Continue { get; } = continueLabel;
}

/// <summary>
/// A region whose clean-up code must run on every exit (finally, with, except-handler state):
/// a jump out of it records which exit it wanted, runs the clean-up, then continues that exit.
/// </summary>
internal sealed class ProtectedScope(ParameterExpression pending, LabelTarget cleanup) : JumpScope
{
    public ParameterExpression Pending { get; } = pending;

    public LabelTarget Cleanup { get; } = cleanup;

    /// <summary>Exits taken from inside, lowered at the region's own depth; exit k resumes as Continuations[k - 1].</summary>
    public List<Func<Expression>> Continuations { get; } = [];
}
