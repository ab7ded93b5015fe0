namespace IronUwsgi.Python.Parsing;

/// <summary>Which Python class a syntax error becomes: SyntaxError or one of its subclasses.</summary>
internal enum SyntaxErrorKind
{
    SyntaxError,
    IndentationError,
    TabError,
}

/// <summary>
/// A compile-time error carrying what Python's SyntaxError exposes: message, filename,
/// lineno, offset (1-based, in characters as CPython reports it), end position and the line text.
/// </summary>
internal sealed class PythonSyntaxError(
    SyntaxErrorKind kind, string message, string fileName, int lineNo, int offset,
    int endLineNo, int endOffset, string? text) : Exception(message)
{
    public SyntaxErrorKind Kind { get; } = kind;
    public string FileName { get; } = fileName;
    public int LineNo { get; } = lineNo;
    public int Offset { get; } = offset;
    public int EndLineNo { get; } = endLineNo;
    public int EndOffset { get; } = endOffset;
    public string? Text { get; } = text;
}
