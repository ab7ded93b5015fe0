using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Engine;

/// <summary>A namespace (module globals) as a .NET host sees it: get and set variables by name.</summary>
public sealed class PythonScope
{
    internal PythonScope(PyDict dict) => Dict = dict;

    internal PyDict Dict { get; }

    public bool TryGet(string name, out object value) => Dict.TryGetValue(name, out value);

    public object Get(string name) => Dict.TryGetValue(name, out var v) ? v : throw new KeyNotFoundException($"name '{name}' is not defined");

    public void Set(string name, object value) => Dict[name] = value;

    public bool Contains(string name) => Dict.ContainsKey(name);
}
