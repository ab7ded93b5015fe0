using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Builtins;

/// <summary>Helpers that put C# methods and attributes into a builtin type's namespace.</summary>
internal static class TypeBuilder
{
    public static PyBuiltinFunction Def(this PyType t, string name, Func<object, object> f) => Put(t, new PyBuiltinFunction(name, t, f));

    public static PyBuiltinFunction Def(this PyType t, string name, Func<object, object, object> f) => Put(t, new PyBuiltinFunction(name, t, f));

    public static PyBuiltinFunction Def(this PyType t, string name, Func<object, object, object, object> f) => Put(t, new PyBuiltinFunction(name, t, f));

    /// <summary>A method taking self plus between min and max positional arguments (args[0] is self).</summary>
    public static PyBuiltinFunction DefRange(this PyType t, string name, int min, int max, Func<object[], object> f) =>
        Put(t, new PyBuiltinFunction(name, t, min + 1, max < 0 ? -1 : max + 1, f));

    /// <summary>A method taking self, one argument and an optional one (null when not passed).</summary>
    public static PyBuiltinFunction DefOptional(this PyType t, string name, OptionalArgBuiltin f) =>
        Put(t, PyBuiltinFunction.WithOptionalArg(name, t, f));

    /// <summary>A method with named parameters; the first name is self.</summary>
    public static PyBuiltinFunction DefNamed(this PyType t, string name, string[] parameters, int required, Func<object?[], object> f) =>
        Put(t, new PyBuiltinFunction(name, t, parameters, required, f));

    /// <summary>A method taking self then positional and keyword values (raw convention).</summary>
    public static PyBuiltinFunction DefRaw(this PyType t, string name, RawBuiltin f) =>
        Put(t, new PyBuiltinFunction(name, t, f));

    /// <summary>__new__ as a static method receiving (cls, args..., kwvalues...) and kwnames.</summary>
    public static void DefNew(this PyType t, Func<PyType, object[], string[]?, object> f)
    {
        var fn = new PyBuiltinFunction("__new__", null, (object[] args, string[]? kw) =>
        {
            if (args.Length == 0 || args[0] is not PyType cls)
            {
                throw Runtime.Ops.TypeError($"{t.Name}.__new__(X): X is not a type object");
            }
            if (!cls.IsSubtypeOf(t))
            {
                throw Runtime.Ops.TypeError($"{t.Name}.__new__({cls.Name}): {cls.Name} is not a subtype of {t.Name}");
            }
            return f(cls, args[1..], kw);
        });
        t.Namespace["__new__"] = new PyStaticMethod(fn);
    }

    /// <summary>A class method (receives the class first).</summary>
    public static void DefClass(this PyType t, string name, int min, int max, Func<object[], object> f) =>
        t.Namespace[name] = new PyClassMethod(new PyBuiltinFunction(name, null, min + 1, max < 0 ? -1 : max + 1, f));

    public static void DefStatic(this PyType t, string name, int min, int max, Func<object[], object> f) =>
        t.Namespace[name] = new PyStaticMethod(new PyBuiltinFunction(name, null, min, max, f));

    public static void Prop(this PyType t, string name, Func<object, object> get, Action<object, object>? set = null) =>
        t.Namespace[name] = new PyGetSet(name, t, get, set);

    private static PyBuiltinFunction Put(PyType t, PyBuiltinFunction f)
    {
        t.Namespace[f.Name] = f;
        return f;
    }
}
