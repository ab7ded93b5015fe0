using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Compiling.Lowering;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Compiling.Runtime;

/// <summary>Creating functions and classes from compiled code.</summary>
internal static partial class CompiledOps
{
    public static object MakeFunction(CodeUnit unit, PyDict globals, PyTuple? defaults, PyDict? kwDefaults, PyCell[]? closure, PyDict? annotations)
    {
        var f = new PyFunction(unit.Code, globals, NotYetCompiled)
        {
            Defaults = defaults,
            KwDefaults = kwDefaults,
            Closure = closure,
            Annotations = annotations,
        };
        if (unit.Doc is { } doc)
        {
            f.Doc = doc;
        }

        unit.Install(f);
        return f;
    }

    public static PythonException CoroutinesUnsupported(string qualName) =>
        Ops.Error(PyExc.NotImplementedError, $"{qualName}() is a coroutine function (async def); coroutines are not supported by this implementation");

    public static object FirstOfTuple(object args) =>
        args is PyTuple { Count: > 0 } t ? t[0] : throw Ops.RuntimeError("super(): no arguments");

    public static object SuperWithoutArguments() => throw Ops.RuntimeError("super(): no arguments");

    public static object SuperEmptyClassCell() => throw Ops.RuntimeError("super(): empty __class__ cell");

    private static object NotYetCompiled(PyFunction f, object[] args) => throw new InvalidOperationException("function body not installed");

    /// <summary>
    /// <c>class Name(bases, **keywords): body</c>: picks the metaclass, prepares the namespace,
    /// runs the body in it, calls the metaclass, and fills the <c>__class__</c> cell for super().
    /// </summary>
    public static object BuildClass(CodeUnit unit, PyDict globals, string name, PyList baseList, PyDict? keywords, PyCell[]? closure)
    {
        var bases = ResolveBases(baseList.ToArray(), out var originalBases);
        object? meta = null;
        var kwNames = new List<string>();
        var kwValues = new List<object>();
        if (keywords is not null)
        {
            var it = Ops.GetIter(keywords);
            while (Ops.TryNext(it, out var key))
            {
                if ((string)key == "metaclass")
                {
                    meta = keywords[key];
                    continue;
                }

                kwNames.Add((string)key);
                kwValues.Add(keywords[key]);
            }
        }

        meta ??= bases.Length == 0 ? Py.TypeType : Py.TypeOf(bases[0]);
        if (meta is PyType metaType)
        {
            meta = TypeFactory.CalculateMeta(metaType, bases);
        }

        var basesTuple = new PyTuple(bases);
        PyDict ns;
        if (meta is PyType mt && !ReferenceEquals(mt.Lookup("__prepare__"), Py.TypeType.Lookup("__prepare__")) && Ops.TryGetAttr(meta, "__prepare__", out var prepare))
        {
            var prepared = Ops.Call(prepare, [name, basesTuple, .. kwValues], kwNames.Count == 0 ? null : kwNames.ToArray());
            ns = prepared as PyDict ?? throw Ops.TypeError($"{Ops.TypeName(meta)}.__prepare__() must return a mapping, not {Ops.TypeName(prepared)}");
        }
        else
        {
            ns = new PyDict();
        }

        if (originalBases is not null)
        {
            ns["__orig_bases__"] = new PyTuple(originalBases);
        }

        var body = unit.Body;
        var classCell = body(new BodyFrame(globals, ns, closure));
        var cls = Ops.Call(meta, [name, basesTuple, ns, .. kwValues], kwNames.Count == 0 ? null : kwNames.ToArray());
        if (classCell is PyCell cell)
        {
            cell.Value = cls;
        }

        return cls;
    }

    // PEP 560: a base that is not a class may supply replacements through __mro_entries__.
    private static object[] ResolveBases(object[] bases, out object[]? original)
    {
        original = null;
        if (bases.All(b => b is PyType))
        {
            return bases;
        }

        var result = new List<object>();
        foreach (var b in bases)
        {
            if (b is not PyType && Ops.TryGetAttr(b, "__mro_entries__", out var entries))
            {
                original = bases;
                result.AddRange(Ops.ToArray(Ops.Call(entries, new PyTuple(bases))));
            }
            else
            {
                result.Add(b);
            }
        }

        return result.ToArray();
    }
}
