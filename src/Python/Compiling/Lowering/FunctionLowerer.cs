using System.Linq.Expressions;
using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Compiling.Generators;
using IronUwsgi.Python.Compiling.Runtime;
using IronUwsgi.Python.Compiling.Symbols;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using E = System.Linq.Expressions.Expression;

namespace IronUwsgi.Python.Compiling.Lowering;

/// <summary>
/// Lowers one scope (function, lambda, comprehension, class or module body) to a
/// System.Linq.Expressions tree and compiles it. Names become CLR locals, cells or dict
/// accesses as the symbol table decided; operations become calls to <see cref="CompiledOps"/>.
/// </summary>
internal sealed partial class FunctionLowerer
{
    private readonly CodeUnit unit;
    private readonly Scope scope;
    private readonly Dictionary<string, ParameterExpression> variables = new(StringComparer.Ordinal);
    private readonly List<ParameterExpression> temps = [];
    private readonly ParameterExpression line = E.Variable(typeof(int), "line");
    private readonly ParameterExpression globals = E.Variable(typeof(PyDict), "globals");
    private readonly ParameterExpression thread = E.Variable(typeof(PythonThread), "thread");

    // The frame's own call depth: traceback filters run before inner frames leave, so they cannot read it from the thread.
    private readonly ParameterExpression depth = E.Variable(typeof(int), "depth");
    private readonly LabelTarget returnLabel = E.Label(typeof(object), "return");
    private readonly List<JumpScope> jumps = [];
    private ParameterExpression? function;
    private ParameterExpression? namespaceDict;
    private ParameterExpression? bodyFrame;
    private GeneratorState? generator;

    // A run-once body without loops, run by the expression interpreter rather than compiled.
    private bool interpretedBody;

    private FunctionLowerer(CodeUnit unit, ComprehensionKind kind = ComprehensionKind.Own)
    {
        this.unit = unit;
        scope = unit.Scope;
        comprehensionKind = kind;
    }

    // For a comprehension scope: what its loops produce.
    private readonly ComprehensionKind comprehensionKind;

    // The globals argument of a comprehension entry, which takes no function object.
    private ParameterExpression? globalsParameter;

    private SourceUnit Source => unit.Source;

    private PyCode Code => unit.Code;

    /// <summary>Fixed-arity entry used for functions whose only parameters are up to three positional ones.</summary>
    public static int FastArity(PyCode code) =>
        code.KwOnlyArgCount == 0 && !code.HasVarArgs && !code.HasVarKeywords && code.ArgCount <= 3 ? code.ArgCount : -1;

    /// <summary>Lowers and compiles a function-like scope.</summary>
    public static CompiledBody Compile(CodeUnit unit) => new FunctionLowerer(unit).CompileFunction();

    /// <summary>Lowers and compiles a module or class body; run-once code is interpreted when that is cheaper.</summary>
    public static Func<BodyFrame, object> CompileBody(CodeUnit unit) => new FunctionLowerer(unit).CompileModuleOrClass();

    /// <summary>
    /// Lowers and compiles a comprehension or generator expression scope as a direct entry taking
    /// the globals, the closure cells and the first iterator, so running one makes no function object.
    /// </summary>
    public static ComprehensionBody CompileComprehension(CodeUnit unit, ComprehensionKind kind) =>
        new FunctionLowerer(unit, kind).CompileComprehensionEntry();

    private ComprehensionBody CompileComprehensionEntry()
    {
        globalsParameter = E.Parameter(typeof(PyDict), "globals");
        var closure = E.Parameter(typeof(PyCell[]), "closure");
        var iterator = E.Parameter(typeof(object), "iterator");
        DeclareFunctionVariables();
        var prologue = new List<E> { E.Assign(globals, globalsParameter), StoreName(".0", iterator) };
        LoadClosure(prologue, closure);
        E body;
        if (scope.IsGenerator && comprehensionKind == ComprehensionKind.Own)
        {
            body = BuildGenerator(prologue, FunctionBodyStatements);
        }
        else
        {
            prologue.AddRange(FunctionBodyStatements());
            prologue.Add(E.Return(returnLabel, NoneConstant));
            body = E.Block(AllVariables(), FramedBody(E.Block(prologue)));
        }

        return E.Lambda<ComprehensionBody>(body, Code.QualName, [globalsParameter, closure, iterator]).Compile();
    }

    private CompiledBody CompileFunction()
    {
        function = E.Parameter(typeof(PyFunction), "function");
        var arity = FastArity(Code);
        var parameters = new List<ParameterExpression> { function };
        var prologue = new List<E>();
        ParameterExpression? argArray = null;
        if (arity >= 0)
        {
            for (var i = 0; i < arity; i++)
            {
                parameters.Add(E.Parameter(typeof(object), "a" + i));
            }
        }
        else
        {
            argArray = E.Parameter(typeof(object[]), "args");
            parameters.Add(argArray);
        }

        DeclareFunctionVariables();
        prologue.Add(E.Assign(globals, E.Property(function, nameof(PyFunction.Globals))));
        for (var i = 0; i < Code.TotalArgCount; i++)
        {
            E value = argArray is null ? parameters[i + 1] : E.ArrayIndex(argArray, E.Constant(i));
            prologue.Add(StoreName(Code.VarNames[i], value));
        }

        LoadClosure(prologue, E.Property(function, nameof(PyFunction.Closure)));
        E body;
        if (scope.IsCoroutine)
        {
            // Coroutines (async def) are not implemented: calling one fails clearly instead of running synchronously.
            body = E.Throw(Ops(nameof(CompiledOps.CoroutinesUnsupported), E.Constant(Code.QualName)), typeof(object));
        }
        else if (scope.IsGenerator)
        {
            body = BuildGenerator(prologue, FunctionBodyStatements);
        }
        else
        {
            prologue.AddRange(FunctionBodyStatements());
            prologue.Add(E.Return(returnLabel, NoneConstant));
            body = E.Block(AllVariables(), FramedBody(E.Block(prologue)));
        }

        var lambda = E.Lambda(DelegateType(arity), body, Code.QualName, parameters);
        var compiled = lambda.Compile();
        FunctionBody general = arity switch
        {
            -1 => (FunctionBody)compiled,
            0 => Adapt0((Func<PyFunction, object>)compiled),
            1 => Adapt1((Func<PyFunction, object, object>)compiled),
            2 => Adapt2((Func<PyFunction, object, object, object>)compiled),
            _ => Adapt3((Func<PyFunction, object, object, object, object>)compiled),
        };
        return new CompiledBody(general, arity >= 0 ? compiled : null, arity);
    }

    private static FunctionBody Adapt0(Func<PyFunction, object> f) => (fn, _) => f(fn);

    private static FunctionBody Adapt1(Func<PyFunction, object, object> f) => (fn, a) => f(fn, a[0]);

    private static FunctionBody Adapt2(Func<PyFunction, object, object, object> f) => (fn, a) => f(fn, a[0], a[1]);

    private static FunctionBody Adapt3(Func<PyFunction, object, object, object, object> f) => (fn, a) => f(fn, a[0], a[1], a[2]);

    private static Type DelegateType(int arity) => arity switch
    {
        -1 => typeof(FunctionBody),
        0 => typeof(Func<PyFunction, object>),
        1 => typeof(Func<PyFunction, object, object>),
        2 => typeof(Func<PyFunction, object, object, object>),
        _ => typeof(Func<PyFunction, object, object, object, object>),
    };

    private Func<BodyFrame, object> CompileModuleOrClass()
    {
        bodyFrame = E.Parameter(typeof(BodyFrame), "frame");
        namespaceDict = E.Variable(typeof(PyDict), "ns");
        var prologue = new List<E>
        {
            E.Assign(globals, E.Property(bodyFrame, nameof(BodyFrame.Globals))),
            E.Assign(namespaceDict, E.Property(bodyFrame, nameof(BodyFrame.Locals))),
        };
        DeclareFunctionVariables();
        LoadClosure(prologue, E.Property(bodyFrame, nameof(BodyFrame.Closure)));
        E result = NoneConstant;
        if (scope.Kind == ScopeKind.Class)
        {
            prologue.AddRange(ClassPrologue());
            if (scope.NeedsClassCell)
            {
                var cell = E.Variable(typeof(PyCell), "__class__");
                variables["__class__"] = cell;
                prologue.Add(E.Assign(cell, E.New(typeof(PyCell))));
                result = cell;
            }
        }

        var statements = scope.Node switch
        {
            Module m => m.Body,
            Interactive i => i.Body,
            ClassDef c => c.Body,
            _ => [],
        };
        interpretedBody = !LoopFinder.HasLoop(statements);
        if (CodeUnit.DocString(scope.Node) is { } doc)
        {
            prologue.Add(StoreName("__doc__", E.Constant(doc)));
        }

        if (scope.Node is Ast.Expression expression)
        {
            prologue.Add(E.Return(returnLabel, Lower(expression.Body)));
        }
        else
        {
            foreach (var s in statements)
            {
                prologue.Add(Lower(s));
            }

            prologue.Add(E.Return(returnLabel, E.Convert(result, typeof(object))));
        }

        var vars = AllVariables().Append(namespaceDict);
        var body = E.Block(vars, FramedBody(E.Block(prologue), interpretedBody));
        var lambda = E.Lambda<Func<BodyFrame, object>>(body, Code.QualName, [bodyFrame]);
        return lambda.Compile(preferInterpretation: interpretedBody);
    }

    private IEnumerable<E> ClassPrologue()
    {
        yield return E.Call(namespaceDict!, typeof(PyDict).GetMethod("set_Item", [typeof(string), typeof(object)])!,
            E.Constant("__module__"), LoadName("__name__", forClassModule: true));
        yield return E.Call(namespaceDict!, typeof(PyDict).GetMethod("set_Item", [typeof(string), typeof(object)])!,
            E.Constant("__qualname__"), E.Constant(scope.QualifiedName, typeof(object)));
    }

    private IEnumerable<ParameterExpression> AllVariables()
    {
        var all = new List<ParameterExpression> { line, globals, thread, depth };
        all.AddRange(variables.Values.Distinct());
        all.AddRange(temps);
        return all;
    }

    private void DeclareFunctionVariables()
    {
        foreach (var (name, binding) in scope.Bindings)
        {
            switch (binding)
            {
                case Binding.Local:
                    variables[name] = E.Variable(typeof(object), name);
                    break;
                case Binding.Cell:
                    variables[name] = E.Variable(typeof(PyCell), name);
                    break;
            }
        }

        foreach (var name in scope.FreeVars)
        {
            variables[name] = E.Variable(typeof(PyCell), name);
        }

        foreach (var p in Code.VarNames.Take(Code.TotalArgCount))
        {
            if (!variables.ContainsKey(p))
            {
                variables[p] = E.Variable(typeof(object), p);
            }
        }
    }

    private void LoadClosure(List<E> prologue, E closure)
    {
        // Cells exist before the parameters are stored into them.
        foreach (var name in scope.CellVars)
        {
            prologue.Insert(0, E.Assign(variables[name], E.New(typeof(PyCell))));
        }

        for (var i = 0; i < scope.FreeVars.Count; i++)
        {
            prologue.Add(E.Assign(variables[scope.FreeVars[i]], E.ArrayIndex(closure, E.Constant(i))));
        }
    }

    private List<E> FunctionBodyStatements()
    {
        var result = new List<E>();
        switch (scope.Node)
        {
            case FunctionDef f:
                result.AddRange(f.Body.Select(Lower));
                break;
            case AsyncFunctionDef f:
                result.AddRange(f.Body.Select(Lower));
                break;
            case Lambda l:
                SetLine(result, l);
                if (scope.IsGenerator)
                {
                    result.Add(Lower(new ExprStmt(l.Body) { Lineno = l.Lineno }));
                }
                else
                {
                    result.Add(E.Return(returnLabel, Lower(l.Body)));
                }

                break;
            default:
                result.Add(ComprehensionBody((Ast.Expr)scope.Node));
                break;
        }

        return result;
    }

    /// <summary>
    /// Wraps a frame's code: recursion accounting, the frame stack, and traceback recording. Compiled
    /// code records in an exception filter (free until something is thrown); the expression
    /// interpreter does not run filters, so an interpreted body records in the catch and rethrows.
    /// </summary>
    private E FramedBody(E inner, bool interpreted = false)
    {
        var ex = E.Parameter(typeof(Exception), "e");
        var record = E.Call(typeof(Tracebacks), nameof(Tracebacks.Record), null, ex, E.Constant(Code), globals, line, depth);
        var handler = interpreted
            ? E.MakeCatchBlock(typeof(Exception), ex, E.Block(typeof(void), record, E.Rethrow()), null)
            : E.MakeCatchBlock(typeof(Exception), ex, E.Rethrow(), record);
        var guarded = E.TryCatch(E.Block(typeof(void), inner), handler);
        var enter = new List<E>
        {
            E.Assign(globals, GlobalsSource),
            E.Assign(thread, CurrentThread),
            E.Assign(depth, E.Call(thread, nameof(PythonThread.Enter), null, E.Constant(Code), globals)),
        };
        if (bodyFrame is not null)
        {
            enter.Add(E.Call(thread, nameof(PythonThread.SetLocals), null, depth, E.Property(bodyFrame, nameof(BodyFrame.Locals))));
        }

        enter.Add(E.TryFinally(guarded, E.Call(thread, nameof(PythonThread.Leave), null)));
        enter.Add(E.Label(returnLabel, NoneConstant));
        return E.Block(enter);
    }

    // The engine's running thread: a field read, with the thread-static lookup (which names the error) as fallback.
    private E CurrentThread => E.Coalesce(
        E.Field(E.Constant(unit.Source.Engine), nameof(PythonEngine.RunningThread)),
        E.Property(null, typeof(PythonThread), nameof(PythonThread.Current)));

    // Where the frame's globals come from, assigned before the frame is entered.
    private E GlobalsSource => function is not null ? E.Property(function, nameof(PyFunction.Globals))
        : bodyFrame is not null ? E.Property(bodyFrame, nameof(BodyFrame.Globals))
        : globalsParameter!;

    private static E NoneConstant => E.Constant(Py.None, typeof(object));

    private void SetLine(List<E> into, LocatedNode node) => into.Add(E.Assign(line, E.Constant(node.Lineno)));

    private ParameterExpression Temp(Type type, string name)
    {
        var t = E.Variable(type, name);
        if (generator is not null)
        {
            generator.Hoisted.Add(t);
        }
        else
        {
            temps.Add(t);
        }

        return t;
    }
}

/// <summary>What a module or class body runs with: its globals, its namespace and the closure cells it reads.</summary>
internal sealed class BodyFrame(PyDict globals, PyDict locals, PyCell[]? closure)
{
    public PyDict Globals { get; } = globals;

    public PyDict Locals { get; } = locals;

    public PyCell[]? Closure { get; } = closure;
}
