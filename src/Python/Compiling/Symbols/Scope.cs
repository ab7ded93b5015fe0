using IronUwsgi.Python.Ast;

namespace IronUwsgi.Python.Compiling.Symbols;

/// <summary>What kind of block a scope is; it decides how its names are stored.</summary>
internal enum ScopeKind
{
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
}

/// <summary>Where a name lives once scopes are resolved (CPython's symtable scopes).</summary>
internal enum Binding
{
    /// <summary>A fast local of a function.</summary>
    Local,

    /// <summary>A local of a function that inner scopes capture: stored in a cell.</summary>
    Cell,

    /// <summary>A name of an enclosing function, reached through the closure's cell.</summary>
    Free,

    /// <summary>A module global (declared <c>global</c> or never bound in the function chain).</summary>
    Global,

    /// <summary>Looked up by name: module bodies and class bodies (namespace, then globals, then builtins).</summary>
    Name,

    /// <summary>In a class body: the class namespace first, then the enclosing function's cell.</summary>
    ClassFree,
}

/// <summary>What the first pass learned about one name in one scope.</summary>
[Flags]
internal enum SymbolFlags
{
    None = 0,
    Assigned = 1,
    Parameter = 2,
    Used = 4,
    DeclaredGlobal = 8,
    DeclaredNonlocal = 16,
    Annotated = 32,

    /// <summary>Bound by a walrus inside a comprehension nested in this function (CPython's DEF_COMP_ITER rules).</summary>
    ComprehensionTarget = 64,
}

/// <summary>One block of code with its names, children and resolved bindings.</summary>
internal sealed class Scope(ScopeKind kind, string name, Scope? parent, Node node)
{
    public ScopeKind Kind { get; } = kind;

    public string Name { get; } = name;

    public Scope? Parent { get; } = parent;

    /// <summary>The AST node that opens the scope (Module, FunctionDef, Lambda, ClassDef, a comprehension).</summary>
    public Node Node { get; } = node;

    public List<Scope> Children { get; } = [];

    public Dictionary<string, SymbolFlags> Symbols { get; } = new(StringComparer.Ordinal);

    /// <summary>Names in first-seen order, so locals get stable slots.</summary>
    public List<string> Order { get; } = [];

    public List<string> Parameters { get; } = [];

    public Dictionary<string, Binding> Bindings { get; } = new(StringComparer.Ordinal);

    /// <summary>Names of this scope stored in cells, in slot order.</summary>
    public List<string> CellVars { get; } = [];

    /// <summary>Names reached through the closure, in the order the closure tuple holds them.</summary>
    public List<string> FreeVars { get; } = [];

    public bool IsGenerator { get; set; }

    /// <summary>The nonlocal statement that declared each nonlocal name, for the error when nothing binds it.</summary>
    public Dictionary<string, Ast.Stmt> NonlocalStatements { get; } = [];

    public bool IsCoroutine { get; set; }

    /// <summary>Code here asks for a frame (sys._getframe, inspect.currentframe): its calls record its locals for f_locals.</summary>
    public bool ReadsFrames { get; set; }

    /// <summary>A class body whose methods use <c>super()</c> or <c>__class__</c>: it creates the <c>__class__</c> cell.</summary>
    public bool NeedsClassCell { get; set; }

    /// <summary>The dotted qualified name CPython gives functions and classes defined here.</summary>
    public string QualifiedName { get; set; } = name;

    public bool HasStarImport { get; set; }

    public bool IsFunctionLike => Kind is ScopeKind.Function or ScopeKind.Lambda or ScopeKind.Comprehension;

    public SymbolFlags FlagsOf(string name) => Symbols.TryGetValue(name, out var f) ? f : SymbolFlags.None;

    public void Add(string name, SymbolFlags flags)
    {
        if (Symbols.TryGetValue(name, out var old))
        {
            Symbols[name] = old | flags;
        }
        else
        {
            Symbols[name] = flags;
            Order.Add(name);
        }
    }

    public Binding BindingOf(string name) =>
        Bindings.TryGetValue(name, out var b) ? b : Kind is ScopeKind.Module or ScopeKind.Class ? Binding.Name : Binding.Global;
}
