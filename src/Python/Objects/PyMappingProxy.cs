namespace IronUwsgi.Python.Objects;

/// <summary>mappingproxy: the read-only view of a class namespace returned by <c>cls.__dict__</c>.</summary>
internal sealed class PyMappingProxy : PyObject
{
    public PyMappingProxy(PyDict mapping)
        : base(Py.MappingProxyType) => Mapping = mapping;

    public PyDict Mapping { get; }
}
