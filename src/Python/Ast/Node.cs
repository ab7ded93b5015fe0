namespace IronUwsgi.Python.Ast;

/// <summary>Base of every AST node, as CPython's <c>ast.AST</c>.</summary>
internal abstract class Node
{
}

/// <summary>A node with CPython's position attributes (1-based lines, UTF-8 byte columns).</summary>
internal abstract class LocatedNode : Node
{
    public int Lineno { get; set; }
    public int ColOffset { get; set; }
    public int EndLineno { get; set; }
    public int EndColOffset { get; set; }
}
