using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Compiling.Runtime;

/// <summary>The tests structural pattern matching needs (PEP 634).</summary>
internal static partial class CompiledOps
{
    /// <summary>The items of a subject that sequence patterns accept (not str, bytes or bytearray), else null.</summary>
    public static object[]? MatchSequenceItems(object subject) => subject switch
    {
        PyList l => l.ToArray(),
        PyTuple t => t.Items,
        PyRange => Ops.ToArray(subject),
        string or PyBytes or PyByteArray => null,
        PyObject o when o.Type.IsSubtypeOf(Py.ListType) || o.Type.IsSubtypeOf(Py.TupleType) => Ops.ToArray(subject),
        _ => null,
    };

    public static object ListSlice(object[] items, int start, int fromEnd) => new PyList(items[start..(items.Length - fromEnd)]);

    public static bool IsMapping(object subject) => subject is PyDict;

    public static bool MappingTryGet(object subject, object key, out object value) => ((PyDict)subject).TryGetValue(key, out value);

    public static object MappingRest(object subject, object[] keys)
    {
        var rest = ((PyDict)subject).Copy();
        foreach (var k in keys)
        {
            rest.Remove(k);
        }

        return rest;
    }

    public static bool MatchIsInstance(object subject, object cls)
    {
        if (cls is not PyType t)
        {
            throw Ops.TypeError("called match pattern must be a class");
        }

        return Py.TypeOf(subject).IsSubtypeOf(t);
    }

    private static readonly PyType[] SelfMatching =
    [
        Py.BoolType, Py.ByteArrayType, Py.BytesType, Py.DictType, Py.FloatType, Py.FrozenSetType,
        Py.IntType, Py.ListType, Py.SetType, Py.StrType, Py.TupleType,
    ];

    /// <summary>Values for the positional sub-patterns of a class pattern, from <c>__match_args__</c>; null where an attribute is missing.</summary>
    public static object?[] MatchPositional(object subject, object cls, int count, string[] keywordNames)
    {
        var type = (PyType)cls;
        if (!Ops.TryGetAttr(type, "__match_args__", out var matchArgs))
        {
            if (SelfMatching.Any(type.IsSubtypeOf))
            {
                return count == 1 ? [subject] : throw Ops.TypeError($"{type.Name}() accepts 1 positional sub-pattern ({count} given)");
            }

            throw Ops.TypeError($"{type.Name}() accepts 0 positional sub-patterns ({count} given)");
        }

        if (matchArgs is not PyTuple names)
        {
            throw Ops.TypeError($"{type.Name}.__match_args__ must be a tuple (got {Ops.TypeName(matchArgs)})");
        }

        if (count > names.Count)
        {
            throw Ops.TypeError($"{type.Name}() accepts {names.Count} positional sub-pattern{(names.Count == 1 ? "" : "s")} ({count} given)");
        }

        var values = new object?[count];
        for (var i = 0; i < count; i++)
        {
            var name = names[i] as string ?? throw Ops.TypeError("__match_args__ elements must be strings");
            if (keywordNames.Contains(name))
            {
                throw Ops.TypeError($"{type.Name}() got multiple sub-patterns for attribute '{name}'");
            }

            values[i] = Ops.TryGetAttr(subject, name, out var v) ? v : null;
        }

        return values;
    }
}
