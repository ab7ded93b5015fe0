using System.Collections.Frozen;

namespace IronUwsgi.Python.Parsing;

/// <summary>Python 3.11's reserved words (soft keywords match/case/_ are names).</summary>
internal static class Keywords
{
    private static readonly FrozenSet<string> Reserved = FrozenSet.ToFrozenSet(
    [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
        "try", "while", "with", "yield",
    ], StringComparer.Ordinal);

    public static bool IsKeyword(string name) => Reserved.Contains(name);
}
