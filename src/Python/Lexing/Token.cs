namespace IronUwsgi.Python.Lexing;

/// <summary>The token kinds the parser sees; comments and blank-line NL tokens are not emitted.</summary>
internal enum TokenKind
{
    Name,
    Number,
    String,
    Op,
    Newline,
    Indent,
    Dedent,
    EndMarker,
}

/// <summary>
/// A place in the source: line 1-based, column 0-based counted in UTF-8 bytes of the line,
/// which is what CPython's AST col_offset means.
/// </summary>
internal readonly record struct SourcePos(int Line, int Column);

/// <summary>One token with its exact text and start/end positions.</summary>
internal readonly record struct Token(TokenKind Kind, string Text, SourcePos Start, SourcePos End);
