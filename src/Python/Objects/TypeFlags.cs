namespace IronUwsgi.Python.Objects;

/// <summary>Properties of a type that operations test often.</summary>
[Flags]
internal enum TypeFlags
{
    None = 0,
    /// <summary>Created by a class statement or type(); mutable, tracks subclasses.</summary>
    Heap = 1,
    /// <summary>Attributes cannot be set (the builtin types).</summary>
    Immutable = 2,
    /// <summary>May be used as a base class.</summary>
    BaseType = 4,
    /// <summary>Instances carry a __dict__.</summary>
    HasDict = 8,
}
