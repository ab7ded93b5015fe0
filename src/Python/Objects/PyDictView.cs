using IronUwsgi.Python.Builtins;

namespace IronUwsgi.Python.Objects;

/// <summary>dict.keys(), dict.values() and dict.items(): live views of a dict.</summary>
internal sealed class PyDictView : PyObject
{
    public PyDictView(PyDict dict, DictIterKind kind)
        : base(kind switch { DictIterKind.Keys => Py.DictKeysType, DictIterKind.Values => Py.DictValuesType, _ => Py.DictItemsType })
    {
        Mapping = dict;
        Kind = kind;
    }

    public PyDict Mapping { get; }

    public DictIterKind Kind { get; }
}
