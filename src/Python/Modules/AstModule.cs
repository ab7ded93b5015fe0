using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>
/// The native half of `ast`: the class table that Lib/ast.py turns into classes, the registration
/// of those classes with the engine, and parsing to ast objects.
/// </summary>
internal static class AstModule
{
    public static void Fill(PythonEngine engine, PyModule module)
    {
        var d = module.Dict!;
        d["PyCF_ONLY_AST"] = Py.Int(DynamicCode.OnlyAst);
        d["PyCF_TYPE_COMMENTS"] = Py.Int(0x1000);
        d["PyCF_ALLOW_TOP_LEVEL_AWAIT"] = Py.Int(0x2000);
        d["classes"] = new PyBuiltinFunction("classes", null, () => new PyList(Classes().ToArray()));
        d["register"] = new PyBuiltinFunction("register", null, (object classes) =>
        {
            engine.AstObjects = new AstObjects(classes as PyDict ?? throw Ops.TypeError("register() needs a dict of classes"));
            return Py.None;
        });
        d["unparse"] = new PyBuiltinFunction("unparse", null, node => Unparser.UnparseSource(Objects(engine).FromPython(node, locations: false)));
        d["parse"] = new PyBuiltinFunction("parse", null, (object source, object fileName, object mode) =>
            DynamicCode.Compile(engine, source, Ops.Str(fileName), Ops.Str(mode), DynamicCode.OnlyAst));
    }

    /// <summary>The registered classes, importing `ast` first when Python code has not.</summary>
    public static AstObjects Objects(PythonEngine engine)
    {
        if (engine.AstObjects is null)
        {
            engine.Import("ast");
        }
        return engine.AstObjects ?? throw Ops.Error(PyExc.ImportError, "the ast module did not register its classes");
    }

    // (name, base, _fields, _attributes, optional fields) in an order where each base comes first.
    private static IEnumerable<object> Classes()
    {
        static PyTuple Names(IEnumerable<string> names) => new(names.Cast<object>().ToArray());
        foreach (var a in AstSchema.Abstract)
        {
            yield return new PyTuple([a.Name, "AST", Py.EmptyTuple, Names(a.Attributes), Py.EmptyTuple]);
        }
        foreach (var n in AstSchema.Nodes)
        {
            var optional = n.Fields.Where((_, i) => n.Cardinality[i] == "?");
            yield return new PyTuple([n.Name, n.Base, Names(n.Fields), Names(n.Attributes), Names(optional)]);
        }
        foreach (var e in AstSchema.Enums)
        {
            yield return new PyTuple([e.Name, e.Base, Py.EmptyTuple, Py.EmptyTuple, Py.EmptyTuple]);
        }
    }
}
