using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Parsing;

namespace IronUwsgi.Python.Compiling.Symbols;

/// <summary>The scopes of one compiled tree, found by AST node, with bindings resolved.</summary>
internal sealed class SymbolTable
{
    private readonly Dictionary<Node, Scope> _scopes;

    private SymbolTable(Scope top, Dictionary<Node, Scope> scopes)
    {
        Top = top;
        _scopes = scopes;
    }

    public Scope Top { get; }

    public Scope this[Node node] => _scopes[node];

    /// <summary>Builds and resolves the scopes of a module, or of code run by exec/eval (also a module-kind top).</summary>
    public static SymbolTable Build(Node tree, string fileName)
    {
        var builder = new SymbolTableBuilder(fileName);
        var top = builder.Run(tree);
        new ScopeResolver(fileName).Resolve(top);
        return new SymbolTable(top, builder.Scopes);
    }

    internal static PythonSyntaxError Error(string fileName, string message, LocatedNode? at) =>
        new(SyntaxErrorKind.SyntaxError, message, fileName, at?.Lineno ?? 1, (at?.ColOffset ?? 0) + 1,
            at?.EndLineno ?? 1, (at?.EndColOffset ?? 0) + 1, null);
}
