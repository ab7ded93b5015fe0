using IronUwsgi.Python.Compiling;
using IronUwsgi.Python.Compiling.Lowering;
using IronUwsgi.Python.Compiling.Symbols;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Parsing;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>exec, eval and compile: source compiled at run time, run in given or current globals.</summary>
internal static class DynamicCode
{
    /// <summary>compile()'s flag asking for the tree as ast objects instead of code.</summary>
    public const int OnlyAst = 0x400;

    public static object Compile(PythonEngine engine, object source, string fileName, string mode, long flags = 0)
    {
        if ((flags & OnlyAst) != 0)
        {
            var asts = AstModule.Objects(engine);
            return asts.IsAst(source) ? source : asts.ToPython(Parse(SourceText(source), fileName, mode));
        }
        return CompileUnit(engine, source, fileName, mode).Code;
    }

    /// <summary>Parses source in a compile() mode: exec, eval or single.</summary>
    public static Ast.Node Parse(string text, string fileName, string mode)
    {
        try
        {
            return mode switch
            {
                "exec" => PythonParser.ParseModule(text, fileName),
                "eval" => PythonParser.ParseExpression(text.TrimStart(' ', '\t'), fileName),
                "single" => PythonParser.ParseInteractive(text, fileName),
                "func_type" => PythonParser.ParseFunctionType(text, fileName),
                _ => throw Ops.ValueError("compile() mode must be 'exec', 'eval' or 'single'"),
            };
        }
        catch (PythonSyntaxError e)
        {
            throw Errors.FromSyntaxError(e);
        }
    }

    private static string SourceText(object source) => source switch
    {
        string s => s,
        PyValueInstance { Value: string vs } => vs,
        PyBytes b => System.Text.Encoding.UTF8.GetString(b.Value),
        _ => throw Ops.TypeError("compile() arg 1 must be a string, bytes or AST object"),
    };

    /// <summary>Compiles source text, a code object or an ast tree in a compile() mode.</summary>
    internal static CodeUnit CompileUnit(PythonEngine engine, object source, string fileName, string mode)
    {
        if (source is PyCode code)
        {
            return engine.CodeUnits.TryGetValue(code, out var known) ? known : throw Ops.TypeError("code object was not compiled by this engine");
        }

        if (mode == "func_type")
        {
            throw Ops.ValueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        }

        var tree = source is PyObject && engine.AstObjects is { } asts && asts.IsAst(source)
            ? asts.FromPython(CheckMode(asts.NodeName(source), source, mode))
            : Parse(SourceText(source), fileName, mode);
        try
        {
            var symbols = SymbolTable.Build(tree, fileName);
            var unit = new SourceUnit(fileName, "<dynamic>", symbols, engine).UnitOf(symbols.Top);
            engine.CodeUnits.AddOrUpdate(unit.Code, unit);
            return unit;
        }
        catch (PythonSyntaxError e)
        {
            throw Errors.FromSyntaxError(e);
        }
    }

    private static object CheckMode(string? name, object tree, string mode)
    {
        var expected = mode switch
        {
            "exec" => "Module",
            "eval" => "Expression",
            "single" => "Interactive",
            _ => throw Ops.ValueError("compile() mode must be 'exec', 'eval' or 'single'"),
        };
        return name == expected ? tree : throw Ops.TypeError($"expected {expected} node, got {name ?? Ops.TypeName(tree)}");
    }

    public static object Exec(PythonEngine engine, object source, object? globals, object? locals)
    {
        var (g, l) = Namespaces(globals, locals, "exec");
        var unit = CompileUnit(engine, source, "<string>", "exec");
        engine.Exec(unit, g, l);
        return Py.None;
    }

    public static object Eval(PythonEngine engine, object source, object? globals, object? locals)
    {
        var (g, l) = Namespaces(globals, locals, "eval");
        var unit = CompileUnit(engine, source, "<string>", "eval");
        if (!g.ContainsKey("__builtins__"))
        {
            g["__builtins__"] = engine.BuiltinsModule;
        }

        return unit.Body(new BodyFrame(g, l, null));
    }

    private static (PyDict Globals, PyDict Locals) Namespaces(object? globals, object? locals, string function)
    {
        if (globals is null || globals == Py.None)
        {
            var frame = PythonThread.Current.Frame(0);
            var current = frame?.Globals ?? new PyDict();
            return (current, locals as PyDict ?? frame?.Locals ?? current);
        }

        var g = globals as PyDict ?? throw Ops.TypeError($"{function}() globals must be a dict, not {Ops.TypeName(globals)}");
        var l = locals is null || locals == Py.None ? g : locals as PyDict ?? throw Ops.TypeError($"locals must be a mapping");
        return (g, l);
    }
}
