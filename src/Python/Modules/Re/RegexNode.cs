namespace IronUwsgi.Python.Modules.Re;

/// <summary>A parsed Python regular expression, before it is written out for .NET.</summary>
internal abstract record RegexNode;

/// <summary>One code point.</summary>
internal sealed record LiteralNode(int CodePoint) : RegexNode;

/// <summary><c>.</c></summary>
internal sealed record AnyNode : RegexNode;

/// <summary>A character class <c>[...]</c>, or a single category escape such as <c>\d</c>.</summary>
internal sealed record ClassNode(bool Negate, IReadOnlyList<ClassItem> Items) : RegexNode;

/// <summary>A range of code points or a category (<c>d D w W s S</c>) inside a class.</summary>
internal readonly record struct ClassItem(int Low, int High, char Category = '\0');

/// <summary>The zero-width anchors: <c>^ $ \A \Z \b \B</c>.</summary>
internal sealed record AnchorNode(char Kind) : RegexNode;

internal sealed record SequenceNode(IReadOnlyList<RegexNode> Items) : RegexNode;

internal sealed record AlternationNode(IReadOnlyList<RegexNode> Branches) : RegexNode;

/// <summary>A group: capturing when <paramref name="Number"/> is above 0; scoped flags otherwise.</summary>
internal sealed record GroupNode(int Number, int AddFlags, int DelFlags, RegexNode Body) : RegexNode;

/// <summary>Max is -1 for no upper bound.</summary>
internal sealed record RepeatNode(int Min, int Max, RepeatKind Kind, RegexNode Body) : RegexNode;

internal enum RepeatKind
{
    Greedy,
    Lazy,
    Possessive,
}

internal sealed record AtomicNode(RegexNode Body) : RegexNode;

internal sealed record LookNode(bool Behind, bool Negate, RegexNode Body) : RegexNode;

internal sealed record BackrefNode(int Group) : RegexNode;

internal sealed record ConditionalNode(int Group, RegexNode Yes, RegexNode? No) : RegexNode;
