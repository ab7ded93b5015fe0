namespace IronUwsgi.Python.Compiling.Lowering;

/// <summary>
/// What a comprehension scope's compiled body produces. <see cref="Own"/> is what the source says
/// (a list, set or dict, or a generator for a generator expression); the others run a generator
/// expression's loops straight into the builtin that consumes it, e.g. <c>sum(x for x in xs)</c>.
/// </summary>
internal enum ComprehensionKind
{
    Own,
    List,
    Set,
    Sum,
    Any,
    All,
}
