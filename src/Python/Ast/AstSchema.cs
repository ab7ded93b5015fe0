namespace IronUwsgi.Python.Ast;

/// <summary>CPython's `ast` class hierarchy over our node types (the table is generated in AstSchema.g.cs).</summary>
internal static partial class AstSchema
{
    /// <summary>An abstract class (stmt, expr, operator...) whose base is AST.</summary>
    internal sealed record AbstractClass(string Name, string[] Attributes);

    /// <summary>
    /// A concrete node: Python field names, the C# properties holding them, each field's
    /// cardinality ("" required, "?" optional, "*" list) and the position attributes.
    /// </summary>
    internal sealed record NodeClass(string Name, string Base, Type Type, string[] Fields, string[] Properties, string[] Cardinality, string[] Attributes);

    /// <summary>A singleton-like class for one enumeration value (Load, Add, Eq...).</summary>
    internal sealed record EnumClass(string Name, string Base, Enum Value);
}
