using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Compiling.Lowering;
using IronUwsgi.Python.Compiling.Symbols;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Compiling;

/// <summary>
/// One function-like scope of a compiled source: its code object, and its delegates, which are
/// lowered and compiled on first call so importing a module compiles only what runs.
/// </summary>
internal sealed class CodeUnit
{
    private readonly object gate = new();
    private CompiledBody? compiled;
    private Func<BodyFrame, object>? body;
    private ComprehensionBody?[]? comprehensions;

    public CodeUnit(SourceUnit source, Scope scope, PyCode code)
    {
        Source = source;
        Scope = scope;
        Code = code;
    }

    public SourceUnit Source { get; }

    public Scope Scope { get; }

    public PyCode Code { get; }

    /// <summary>The compiled entry points; the first caller lowers and compiles them.</summary>
    public CompiledBody Compiled
    {
        get
        {
            if (compiled is { } c)
            {
                return c;
            }

            lock (gate)
            {
                return compiled ??= FunctionLowerer.Compile(this);
            }
        }
    }

    public bool IsCompiled => compiled is not null;

    /// <summary>Runs a comprehension or generator expression scope on the iterator of its first iterable.</summary>
    public object RunComprehension(ComprehensionKind kind, PyDict globals, PyCell[]? closure, object iterator) =>
        (comprehensions?[(int)kind] ?? CompileComprehension(kind))(globals, closure, iterator);

    private ComprehensionBody CompileComprehension(ComprehensionKind kind)
    {
        lock (gate)
        {
            comprehensions ??= new ComprehensionBody?[Enum.GetValues<ComprehensionKind>().Length];
            return comprehensions[(int)kind] ??= FunctionLowerer.CompileComprehension(this, kind);
        }
    }

    /// <summary>The docstring: the string constant that starts a def or class body, if any.</summary>
    public string? Doc => DocString(Scope.Node);

    /// <summary>The delegate of a module or class body, compiled on first use.</summary>
    public Func<BodyFrame, object> Body
    {
        get
        {
            lock (gate)
            {
                return body ??= FunctionLowerer.CompileBody(this);
            }
        }
    }

    public static string? DocString(Node node)
    {
        var body = node switch
        {
            FunctionDef f => f.Body,
            AsyncFunctionDef f => f.Body,
            ClassDef c => c.Body,
            Module m => m.Body,
            _ => null,
        };
        return body is [ExprStmt { Value: Constant { Value: string s } }, ..] ? s : null;
    }

    /// <summary>Gives a new function its entry points: the compiled ones, or stubs that compile on first call.</summary>
    public void Install(PyFunction function)
    {
        if (compiled is { } c)
        {
            c.InstallInto(function);
            return;
        }

        function.Body = (f, args) => Prepare(f).Body(f, args);
        switch (FastArity())
        {
            case 0:
                function.Fast0 = f => ((Func<PyFunction, object>)Prepare(f).Fast!)(f);
                break;
            case 1:
                function.Fast1 = (f, a) => ((Func<PyFunction, object, object>)Prepare(f).Fast!)(f, a);
                break;
            case 2:
                function.Fast2 = (f, a, b) => ((Func<PyFunction, object, object, object>)Prepare(f).Fast!)(f, a, b);
                break;
            case 3:
                function.Fast3 = (f, a, b, c3) => ((Func<PyFunction, object, object, object, object>)Prepare(f).Fast!)(f, a, b, c3);
                break;
        }
    }

    private CompiledBody Prepare(PyFunction f)
    {
        var c = Compiled;
        c.InstallInto(f);
        return c;
    }

    /// <summary>The positional arity of the fixed-arity entry, or -1 when the signature needs the binder.</summary>
    public int FastArity() => FunctionLowerer.FastArity(Code);
}

/// <summary>The compiled entry of a comprehension scope: globals, closure cells, and the iterator of the first iterable.</summary>
internal delegate object ComprehensionBody(PyDict globals, PyCell[]? closure, object iterator);

/// <summary>The delegates of a compiled function: the general entry and, for simple signatures, a fixed-arity one.</summary>
internal sealed class CompiledBody(FunctionBody body, Delegate? fast, int arity)
{
    public FunctionBody Body { get; } = body;

    public Delegate? Fast { get; } = fast;

    public void InstallInto(PyFunction f)
    {
        f.Body = Body;
        switch (arity)
        {
            case 0:
                f.Fast0 = (Func<PyFunction, object>)Fast!;
                break;
            case 1:
                f.Fast1 = (Func<PyFunction, object, object>)Fast!;
                break;
            case 2:
                f.Fast2 = (Func<PyFunction, object, object, object>)Fast!;
                break;
            case 3:
                f.Fast3 = (Func<PyFunction, object, object, object, object>)Fast!;
                break;
        }
    }
}

/// <summary>A compiled source text: file name, symbol table, and the code units of its scopes.</summary>
internal sealed class SourceUnit(string fileName, string moduleName, SymbolTable symbols, Engine.PythonEngine engine)
{
    private readonly Dictionary<Scope, CodeUnit> units = new(ReferenceEqualityComparer.Instance);

    public string FileName { get; } = fileName;

    public string ModuleName { get; } = moduleName;

    public SymbolTable Symbols { get; } = symbols;

    /// <summary>The builtins of the engine the source was compiled for; global lookups fall back to it.</summary>
    public PyDict Builtins { get; } = engine.Builtins;

    /// <summary>The engine the source was compiled for; its frames find their Python thread through it.</summary>
    public Engine.PythonEngine Engine { get; } = engine;

    public CodeUnit UnitOf(Scope scope)
    {
        lock (units)
        {
            if (!units.TryGetValue(scope, out var unit))
            {
                unit = new CodeUnit(this, scope, CodeObjects.For(scope, FileName));
                units[scope] = unit;
            }

            return unit;
        }
    }
}
