using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>
/// <c>_typeinfo</c>: lets a module written in Python stand in for one of CPython's C modules down to
/// its messages, which name C types with their module ("unsupported operand type(s) for +:
/// 'datetime.date' and 'int'").
/// </summary>
internal static class TypeInfoModule
{
    public static void Fill(PythonEngine engine, PyModule module)
    {
        module.Dict!["set_c_name"] = new PyBuiltinFunction("set_c_name", null, (cls, name) =>
        {
            var type = cls as PyType ?? throw Ops.TypeError($"set_c_name() argument 1 must be type, not {Ops.TypeName(cls)}");
            if (!type.IsHeap)
            {
                throw Ops.TypeError($"cannot rename builtin type '{type.Name}'");
            }
            type.CName = name as string ?? throw Ops.TypeError($"set_c_name() argument 2 must be str, not {Ops.TypeName(name)}");
            return Py.None;
        });
    }
}
