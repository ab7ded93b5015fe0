using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>Exception classes of native modules (struct.error, binascii.Error...), made per engine like a class statement would.</summary>
internal static class ModuleErrors
{
    public static PyType Define(string module, string name, params PyType[] bases)
    {
        var ns = new PyDict();
        ns["__module__"] = module;
        return (PyType)Ops.Call(Py.TypeType, name, new PyTuple(bases), ns);
    }
}
