using IronUwsgi.Python.Lexing;

namespace IronUwsgi.Python.Parsing.Literals;

/// <summary>One piece of an f-string: decoded literal text or a replacement field.</summary>
internal abstract record FStringPart;

/// <summary>
/// Literal text, decoded. Adjacent pieces are merged, and a field's '=' debug text is part of
/// the literal before it, as CPython builds the JoinedStr values.
/// </summary>
internal sealed record FStringLiteral(string Value) : FStringPart;

/// <summary>
/// A replacement field. <see cref="Conversion"/> is 's', 'r', 'a' or '\0' for none (CPython's -1);
/// with '=' and neither conversion nor format spec it is 'r', as CPython sets it.
/// <see cref="FormatSpec"/> is null without ':', else its parts (possibly none).
/// </summary>
internal sealed record FStringField(
    FStringExpression Expression, string? DebugText, char Conversion, IReadOnlyList<FStringPart>? FormatSpec) : FStringPart;

/// <summary>
/// A field's expression source text and the file position of its first character, so the
/// parser can tokenize it in place (see <see cref="Tokenizer.ForFStringExpression"/>).
/// </summary>
internal readonly record struct FStringExpression(string Text, SourcePos Start);
