using System.Collections;
using System.Numerics;
using System.Reflection;
using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>
/// Converts between our parser's trees and the Python objects of the `ast` module, both ways, by
/// the generated schema. One instance per engine holds that engine's node classes.
/// </summary>
internal sealed class AstObjects
{
    private static readonly Dictionary<Type, (AstSchema.NodeClass Class, PropertyInfo[] Properties)> ByType =
        AstSchema.Nodes.ToDictionary(n => n.Type, n => (n, n.Properties.Select(p => n.Type.GetProperty(p)!).ToArray()));

    private static readonly Dictionary<string, AstSchema.NodeClass> ByName = AstSchema.Nodes.ToDictionary(n => n.Name);

    private static readonly Dictionary<string, Enum> EnumByName = AstSchema.Enums.ToDictionary(e => e.Name, e => e.Value);

    private readonly PyDict classes;
    private readonly Dictionary<Enum, object> enumInstances = new();

    public AstObjects(PyDict classes)
    {
        this.classes = classes;
        foreach (var e in AstSchema.Enums)
        {
            enumInstances[e.Value] = Ops.Call(Class(e.Name));
        }
    }

    private PyType Class(string name) =>
        classes.TryGetValue(name, out var c) && c is PyType t ? t : throw Ops.TypeError($"ast class {name} is missing");

    /// <summary>True when <paramref name="o"/> is an instance of ast.AST.</summary>
    public bool IsAst(object o) => Py.TypeOf(o).IsSubtypeOf(Class("AST"));

    /// <summary>Our tree as ast.AST objects.</summary>
    public object ToPython(Node node)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        var (info, properties) = ByType[node.GetType()];
        var result = Ops.Call(Class(info.Name));
        for (var i = 0; i < properties.Length; i++)
        {
            Ops.SetAttr(result, info.Fields[i], Value(properties[i].GetValue(node)));
        }
        if (node is LocatedNode located)
        {
            Ops.SetAttr(result, "lineno", Py.Int(located.Lineno));
            Ops.SetAttr(result, "col_offset", Py.Int(located.ColOffset));
            Ops.SetAttr(result, "end_lineno", Py.Int(located.EndLineno));
            Ops.SetAttr(result, "end_col_offset", Py.Int(located.EndColOffset));
        }
        return result;
    }

    private object Value(object? v) => v switch
    {
        null => Py.None,
        Node n => ToPython(n),
        Enum e => enumInstances[e],
        string s => s,
        int i => Py.Int(i),
        byte[] bytes => new PyBytes(bytes),
        IList list => new PyList(list.Cast<object?>().Select(Value).ToArray()),
        _ => Compiling.Runtime.CompiledOps.ConstantValue(v),
    };

    /// <summary>
    /// An ast.AST object (built or changed in Python) as our tree, with CPython's errors; without
    /// <paramref name="locations"/> (for ast.unparse) missing positions are not an error.
    /// </summary>
    public Node FromPython(object o, bool locations = true)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        var info = ClassOf(o) ?? throw Ops.TypeError($"expected some sort of AST node, but got {Ops.Repr(o)}");
        var (_, properties) = ByType[info.Type];
        var owner = info.Attributes.Length > 0 ? info.Base is "AST" ? info.Name : info.Base : info.Name;
        int Position(string name, bool required)
        {
            if (Ops.TryGetAttr(o, name, out var v) && v is not PyNone)
            {
                return (int)Ops.IndexAsLong(v);
            }
            return required && locations ? throw Ops.TypeError($"required field \"{name}\" missing from {owner}") : 0;
        }
        var position = info.Attributes.Length > 0
            ? (Line: Position("lineno", true), Col: Position("col_offset", true), EndLine: Position("end_lineno", false), EndCol: Position("end_col_offset", false))
            : default;
        var args = new object?[properties.Length];
        for (var i = 0; i < properties.Length; i++)
        {
            var field = info.Fields[i];
            var present = Ops.TryGetAttr(o, field, out var v);
            if (!present && !locations && properties[i].PropertyType == typeof(ExprContext))
            {
                // Nodes built by hand for ast.unparse often leave ctx out; it does not change the text.
                args[i] = ExprContext.Load;
                continue;
            }
            if ((!present || v is PyNone) && info.Cardinality[i] != "?" && properties[i].PropertyType != typeof(object))
            {
                throw Ops.TypeError($"required field \"{field}\" missing from {info.Name}");
            }
            args[i] = present ? FromValue(v!, properties[i].PropertyType, info.Name, field, locations) : null;
        }
        var node = (Node)Activator.CreateInstance(info.Type, args)!;
        if (node is LocatedNode located)
        {
            (located.Lineno, located.ColOffset) = (position.Line, position.Col);
            (located.EndLineno, located.EndColOffset) = (Math.Max(position.EndLine, position.Line), position.EndCol);
        }
        return node;
    }

    /// <summary>The ast class name of a node object (its nearest ast class for a subclass); null when not a node.</summary>
    public string? NodeName(object o) => ClassOf(o)?.Name;

    private AstSchema.NodeClass? ClassOf(object o)
    {
        foreach (var t in Py.TypeOf(o).Mro)
        {
            if (ByName.TryGetValue(t.Name, out var info) && ReferenceEquals(t, Class(t.Name)))
            {
                return info;
            }
        }
        return null;
    }

    private object? FromValue(object v, Type type, string owner, string field, bool locations)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (v is PyNone && (!target.IsValueType || target != type))
        {
            return null;
        }
        if (target == typeof(string))
        {
            return v as string ?? throw Ops.TypeError($"AST {(field is "s" or "kind" or "type_comment" ? "string" : "identifier")} must be of type str");
        }
        if (target == typeof(int))
        {
            return IntOps.IsInt(v) ? (int)Ops.IndexAsLong(v) : throw Ops.TypeError($"invalid integer value: {Ops.Repr(v)}");
        }
        if (target == typeof(object))
        {
            return ConstantOf(v);
        }
        if (target.IsEnum)
        {
            return EnumByName.TryGetValue(Py.TypeOf(v).Name, out var e) && e.GetType() == target
                ? e
                : throw Ops.TypeError($"expected some sort of {EnumBase(target)}, but got {Ops.Repr(v)}");
        }
        if (target.IsGenericType && target.GetGenericTypeDefinition() == typeof(List<>))
        {
            if (v is not PyList list)
            {
                throw Ops.TypeError($"{owner} field \"{field}\" must be a list, not a {Ops.TypeName(v)}");
            }
            var element = target.GetGenericArguments()[0];
            var result = (IList)Activator.CreateInstance(target)!;
            foreach (var item in list.ToArray())
            {
                result.Add(item is PyNone && !element.IsValueType ? null : FromValue(item, element, owner, field, locations));
            }
            return result;
        }
        var node = ClassOf(v) is not null ? FromPython(v, locations) : null;
        return node is not null && target.IsInstanceOfType(node)
            ? node
            : throw Ops.TypeError($"expected some sort of {BaseName(target)}, but got {Ops.Repr(v)}");
    }

    private static string EnumBase(Type t) => AstSchema.Enums.First(e => e.Value.GetType() == t).Base;

    private static string BaseName(Type t) =>
        AstSchema.Nodes.FirstOrDefault(n => n.Type == t)?.Name ?? AstSchema.Nodes.First(n => t.IsAssignableFrom(n.Type)).Base;

    private static object? ConstantOf(object v) => v switch
    {
        PyNone => null,
        bool b => b,
        PyBytes b => b.Value,
        _ when ReferenceEquals(v, Py.Ellipsis) => EllipsisValue.Instance,
        string or long or BigInteger or double or Complex => v,
        PyTuple or PySet { IsFrozen: true } => v,
        _ => throw Ops.TypeError($"got an invalid type in Constant: {Ops.TypeName(v)}"),
    };
}
