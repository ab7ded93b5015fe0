namespace IronUwsgi.Python.Objects;

/// <summary>A module: a namespace dict with a name. Modules are per-engine mutable state.</summary>
internal sealed class PyModule : PyObject
{
    public PyModule(string name, PyDict? dict = null)
        : base(Py.ModuleType)
    {
        Dict = dict ?? new PyDict();
        Dict["__name__"] = name;
        if (!Dict.ContainsKey("__doc__"))
        {
            Dict["__doc__"] = Py.None;
        }
    }

    /// <summary>Implemented in C# (builtins, sys, the native modules): its repr says "(built-in)".</summary>
    public bool IsBuiltin { get; init; }

    public string Name => Dict!.TryGetValue("__name__", out var n) && n is string s ? s : "?";
}
