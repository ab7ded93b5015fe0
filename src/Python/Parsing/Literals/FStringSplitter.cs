using System.Text;
using IronUwsgi.Python.Lexing;

namespace IronUwsgi.Python.Parsing.Literals;

/// <summary>
/// Splits an f-string token into literal text and replacement fields the way CPython 3.11's
/// string_parser.c does (the 3.11 tokenizer returns the whole f-string as one STRING token).
/// Errors carry CPython's messages; the caller turns a message into its positioned exception.
/// </summary>
internal sealed class FStringSplitter
{
    private const int MaxNesting = 2;
    private const int MaxParens = 200;

    private readonly string _text;
    private readonly int _end;
    private readonly bool _raw;
    private readonly Func<string, Exception> _error;
    private readonly Action<FStringExpression>? _onExpression;

    // Forward-only cursor mapping a text index to its file position.
    private int _cursorIndex;
    private int _cursorLine;
    private int _cursorColumn;

    private FStringSplitter(string text, SourcePos start, Func<string, Exception> error, Action<FStringExpression>? onExpression)
    {
        var token = StringToken.Parse(text);
        _text = text;
        _end = token.BodyStart + token.BodyLength;
        _raw = token.IsRaw;
        _error = error;
        _onExpression = onExpression;
        _cursorLine = start.Line;
        _cursorColumn = start.Column;
        Body = token.BodyStart;
    }

    private int Body { get; }

    /// <summary>
    /// Splits an f-string token (text as the tokenizer returns it, starting at <paramref name="start"/>).
    /// <paramref name="onExpression"/> sees each expression as soon as it is delimited, before its
    /// conversion and format spec are read, in the order CPython compiles them (a field's
    /// expression before those in its format spec); parsing there reproduces CPython's error order.
    /// <paramref name="error"/> makes the exception thrown for a message.
    /// </summary>
    public static IReadOnlyList<FStringPart> Split(string tokenText, SourcePos start, Func<string, Exception> error,
        Action<FStringExpression>? onExpression = null)
    {
        var splitter = new FStringSplitter(tokenText, start, error, onExpression);
        int s = splitter.Body;
        return splitter.Parse(ref s, 0);
    }

    private List<FStringPart> Parse(ref int s, int level)
    {
        var parts = new List<FStringPart>();
        var literal = new StringBuilder();
        while (true)
        {
            if (FindLiteral(ref s, level, literal))
            {
                continue;
            }
            if (s >= _end || _text[s] == '}')
            {
                break;
            }
            FindField(ref s, level, parts, literal);
        }
        if (level != 0 && (s >= _end || _text[s] != '}'))
        {
            throw _error("f-string: expecting '}'");
        }
        Flush(parts, literal);
        return parts;
    }

    private static void Flush(List<FStringPart> parts, StringBuilder literal)
    {
        if (literal.Length > 0)
        {
            parts.Add(new FStringLiteral(literal.ToString()));
            literal.Clear();
        }
    }

    /// <summary>Literal text up to a field; true when it ended at a doubled brace and scanning goes on.</summary>
    private bool FindLiteral(ref int s, int level, StringBuilder literal)
    {
        string text = _text;
        int start = s;
        int pieceEnd = -1;
        bool doubled = false;
        while (s < _end)
        {
            char ch = text[s++];
            if (!_raw && ch == '\\' && s < _end)
            {
                ch = text[s++];
                if (ch == 'N')
                {
                    // "\N{NAME}" braces are not a field.
                    if (s < _end && text[s++] == '{')
                    {
                        while (s < _end && text[s++] != '}')
                        {
                        }
                    }
                    continue;
                }
            }
            if (ch == '{' || ch == '}')
            {
                // Doubled braces are literal at the top level only: f'{0:{3}}' ends with two fields closing.
                if (level == 0)
                {
                    if (s < _end && text[s] == ch)
                    {
                        pieceEnd = s;
                        s++;
                        doubled = true;
                        break;
                    }
                    if (ch == '}')
                    {
                        throw _error("f-string: single '}' is not allowed");
                    }
                }
                s--;
                break;
            }
        }
        if (pieceEnd < 0)
        {
            pieceEnd = s;
        }
        if (pieceEnd > start)
        {
            if (!StringLiteral.TryDecodeText(text.AsSpan(start, pieceEnd - start), _raw, out string value, out string? error))
            {
                throw _error(error!);
            }
            literal.Append(value);
        }
        return doubled;
    }

    private void FindField(ref int s, int level, List<FStringPart> parts, StringBuilder literal)
    {
        string text = _text;
        if (level >= MaxNesting)
        {
            throw _error("f-string: expressions nested too deeply");
        }
        s++;
        int exprStart = s;
        char quote = '\0';
        bool triple = false;
        Span<char> parens = stackalloc char[MaxParens];
        int depth = 0;
        for (; s < _end; s++)
        {
            char ch = text[s];
            if (ch == '\\')
            {
                throw _error("f-string expression part cannot include a backslash");
            }
            if (quote != '\0')
            {
                if (ch == quote)
                {
                    if (!triple)
                    {
                        quote = '\0';
                    }
                    else if (s + 2 < _end && text[s + 1] == ch && text[s + 2] == ch)
                    {
                        s += 2;
                        quote = '\0';
                    }
                }
                continue;
            }
            if (ch is '\'' or '"')
            {
                triple = s + 2 < _end && text[s + 1] == ch && text[s + 2] == ch;
                if (triple)
                {
                    s += 2;
                }
                quote = ch;
            }
            else if (ch is '[' or '{' or '(')
            {
                if (depth >= MaxParens)
                {
                    throw _error("f-string: too many nested parenthesis");
                }
                parens[depth++] = ch;
            }
            else if (ch == '#')
            {
                throw _error("f-string expression part cannot include '#'");
            }
            else if (depth == 0 && ch is '!' or ':' or '}' or '=' or '>' or '<')
            {
                // "!=", "==", "<=" and ">=" are operators, and a lone '<' or '>' too.
                if (s + 1 < _end && text[s + 1] == '=' && ch is '!' or '=' or '<' or '>')
                {
                    s++;
                    continue;
                }
                if (ch is '>' or '<')
                {
                    continue;
                }
                break;
            }
            else if (ch is ']' or '}' or ')')
            {
                if (depth == 0)
                {
                    throw _error($"f-string: unmatched '{ch}'");
                }
                char open = parens[--depth];
                if (!(open == '(' && ch == ')' || open == '[' && ch == ']' || open == '{' && ch == '}'))
                {
                    throw _error($"f-string: closing parenthesis '{ch}' does not match opening parenthesis '{open}'");
                }
            }
        }
        int exprEnd = s;
        if (quote != '\0')
        {
            throw _error("f-string: unterminated string");
        }
        if (depth > 0)
        {
            throw _error($"f-string: unmatched '{parens[depth - 1]}'");
        }
        if (s >= _end)
        {
            throw _error("f-string: expecting '}'");
        }
        if (text.AsSpan(exprStart, exprEnd - exprStart).TrimStart(" \t\n\f").IsEmpty)
        {
            throw _error(text[exprEnd] is '!' or ':' or '='
                ? $"f-string: expression required before '{text[exprEnd]}'"
                : "f-string: empty expression not allowed");
        }
        var expression = new FStringExpression(text.Substring(exprStart, exprEnd - exprStart), PositionAt(exprStart));
        _onExpression?.Invoke(expression);

        string? debugText = null;
        if (text[s] == '=')
        {
            s++;
            while (s < _end && text[s] is ' ' or '\t' or '\n' or '\r' or '\v' or '\f')
            {
                s++;
            }
            if (s >= _end)
            {
                throw _error("f-string: expecting '}'");
            }
            debugText = text.Substring(exprStart, s - exprStart);
            literal.Append(debugText);
        }

        char conversion = '\0';
        if (text[s] == '!')
        {
            s++;
            if (s >= _end)
            {
                throw _error("f-string: expecting '}'");
            }
            conversion = text[s++];
            if (conversion is not ('s' or 'r' or 'a'))
            {
                throw _error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
        }

        List<FStringPart>? spec = null;
        if (s < _end && text[s] == ':')
        {
            s++;
            if (s >= _end)
            {
                throw _error("f-string: expecting '}'");
            }
            spec = Parse(ref s, level + 1);
        }
        if (s >= _end || text[s] != '}')
        {
            throw _error("f-string: expecting '}'");
        }
        s++;
        if (debugText is not null && spec is null && conversion == '\0')
        {
            conversion = 'r';
        }
        Flush(parts, literal);
        parts.Add(new FStringField(expression, debugText, conversion, spec));
    }

    private SourcePos PositionAt(int index)
    {
        string text = _text;
        for (int i = _cursorIndex; i < index; i++)
        {
            char c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                _cursorLine++;
                _cursorColumn = 0;
            }
            else if (c != '\r')
            {
                _cursorColumn += c < 0x80 ? 1 : c < 0x800 || char.IsSurrogate(c) ? 2 : 3;
            }
        }
        _cursorIndex = index;
        return new SourcePos(_cursorLine, _cursorColumn);
    }
}
