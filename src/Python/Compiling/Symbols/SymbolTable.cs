using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Parsing;

namespace IronUwsgi.Python.Compiling.Symbols;

/// <summary>The scopes of one compiled tree, found by AST node, with bindings resolved.</summary>
internal sealed class SymbolTable
{
    private readonly Dictionary<Node, Scope> _scopes;

    private static readonly string[] FutureFeatures =
    [
        "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
        "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
    ];

    private SymbolTable(Scope top, Dictionary<Node, Scope> scopes, bool futureAnnotations)
    {
        Top = top;
        _scopes = scopes;
        FutureAnnotations = futureAnnotations;
    }

    public Scope Top { get; }

    /// <summary>True under <c>from __future__ import annotations</c>: annotations are kept as their source strings.</summary>
    public bool FutureAnnotations { get; }

    public Scope this[Node node] => _scopes[node];

    /// <summary>Builds and resolves the scopes of a module, or of code run by exec/eval (also a module-kind top).</summary>
    public static SymbolTable Build(Node tree, string fileName)
    {
        var builder = new SymbolTableBuilder(fileName);
        var top = builder.Run(tree);
        new ScopeResolver(fileName).Resolve(top);
        return new SymbolTable(top, builder.Scopes, ReadFutureImports(tree, fileName));
    }

    /// <summary>Checks the leading __future__ imports (after an optional docstring); true when one names annotations.</summary>
    private static bool ReadFutureImports(Node tree, string fileName)
    {
        if (tree is not Module module)
        {
            return false;
        }
        var annotations = false;
        var start = module.Body is [ExprStmt { Value: Constant { Value: string } }, ..] ? 1 : 0;
        foreach (var statement in module.Body.Skip(start))
        {
            if (statement is not ImportFrom { Module: "__future__", Level: null or 0 } import)
            {
                break;
            }
            foreach (var alias in import.Names)
            {
                if (alias.Name == "braces")
                {
                    throw Error(fileName, "not a chance", alias);
                }
                if (!FutureFeatures.Contains(alias.Name))
                {
                    throw Error(fileName, $"future feature {alias.Name} is not defined", alias);
                }
                annotations |= alias.Name == "annotations";
            }
        }
        return annotations;
    }

    internal static PythonSyntaxError Error(string fileName, string message, LocatedNode? at) =>
        new(SyntaxErrorKind.SyntaxError, message, fileName, at?.Lineno ?? 1, (at?.ColOffset ?? 0) + 1,
            at?.EndLineno ?? 1, (at?.EndColOffset ?? 0) + 1, null);
}
