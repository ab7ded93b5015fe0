using System.Runtime.CompilerServices;
using IronUwsgi.Python.Parsing;

namespace IronUwsgi.Python.Lexing;

/// <summary>
/// Python 3.11's tokenizer over decoded source text. <see cref="Next"/> pulls one token at a time,
/// so lexical errors surface in source order, interleaved with the parser's own errors as in CPython.
/// Comments, blank lines and NL tokens are dropped; f-strings are single String tokens.
/// </summary>
internal sealed class Tokenizer
{
    private const int TabSize = 8;
    private const int MaxIndent = 100;
    private const int MaxLevel = 200;

    private readonly string _src;
    private readonly string _fileName;
    private readonly NameTable _names = new();

    private int _pos;
    private int _line = 1;
    private int _lineStart;

    // Byte columns: char index minus line start on all-ASCII lines (most), else counted
    // incrementally from a cache, since tokens move forward.
    private int _colCachePos;
    private int _colCacheBytes;
    private int _lineAscii = -1;

    private bool _atLineStart = true;
    private bool _deferredError;
    private bool _unclosedAtEnd;
    private bool _lineHasTokens;
    private bool _done;

    private readonly int[] _indents = new int[MaxIndent + 1];
    private readonly int[] _altIndents = new int[MaxIndent + 1];
    private int _indent;
    private int _pendingDedents;
    private Token _pendingIndent;
    private bool _hasPendingIndent;

    private readonly char[] _brackets = new char[MaxLevel];
    private readonly int[] _bracketLines = new int[MaxLevel];
    private readonly int[] _bracketOffsets = new int[MaxLevel];
    private readonly int[] _bracketLineStarts = new int[MaxLevel];
    private int _level;

    // F-string expressions are tokenized as if inside CPython's added parentheses, in place in the file.
    private readonly int _baseLevel;
    private int _columnOffset;

    public Tokenizer(string source, string fileName)
    {
        ArgumentNullException.ThrowIfNull(source);
        _src = source;
        _fileName = fileName;
    }

    private Tokenizer(string expression, string fileName, SourcePos start)
        : this(expression, fileName)
    {
        _line = start.Line;
        _columnOffset = start.Column;
        _baseLevel = 1;
        _level = 1;
        _brackets[0] = '(';
    }

    /// <summary>
    /// A tokenizer for an f-string replacement field's expression found at <paramref name="start"/>
    /// in the file: positions are file positions, and as CPython parses "(" + expression + ")",
    /// no Newline, Indent or Dedent tokens come out; the stream ends with EndMarker.
    /// </summary>
    public static Tokenizer ForFStringExpression(string expression, string fileName, SourcePos start) =>
        new(expression, fileName, start);

    /// <summary>The file name errors report.</summary>
    public string FileName => _fileName;

    /// <summary>How many brackets are open after the last token returned.</summary>
    public int Level => _level;

    /// <summary>Tokenizes a whole source text, ending with the EndMarker token.</summary>
    public static List<Token> TokenizeAll(string source, string fileName)
    {
        var tokenizer = new Tokenizer(source, fileName);
        var tokens = new List<Token>(source.Length / 4);
        Token token;
        do
        {
            token = tokenizer.Next();
            tokens.Add(token);
        }
        while (token.Kind != TokenKind.EndMarker);
        return tokens;
    }

    /// <summary>
    /// After the parser found only a generic "invalid syntax" at <paramref name="errorLine"/>,
    /// CPython tokenizes the rest of the source and reports a lexical error found there instead
    /// (_PyPegen_tokenize_full_source_to_check_for_errors): errors the tokenizer raises itself
    /// (strings, numbers, characters, brackets) always, a bracket never closed only when it was
    /// opened before that line, and never the ones the parser words (indentation, TabError,
    /// line continuation, EOF). Returns the error to raise instead, or null to keep the parser's.
    /// </summary>
    public PythonSyntaxError? ErrorInRest(int errorLine)
    {
        _deferredError = false;
        _unclosedAtEnd = false;
        try
        {
            while (Next().Kind != TokenKind.EndMarker)
            {
            }
            return null;
        }
        catch (PythonSyntaxError e)
        {
            if (_deferredError)
            {
                return null;
            }
            return !_unclosedAtEnd || errorLine > e.LineNo ? e : null;
        }
    }

    /// <summary>Returns the next token; throws <see cref="PythonSyntaxError"/> on a lexical error.</summary>
    public Token Next()
    {
        if (_pendingDedents > 0)
        {
            _pendingDedents--;
            var here = Pos(_pos);
            return new Token(TokenKind.Dedent, "", here, here);
        }
        if (_hasPendingIndent)
        {
            _hasPendingIndent = false;
            return _pendingIndent;
        }
        if (_done)
        {
            var end = Pos(_pos);
            return new Token(TokenKind.EndMarker, "", end, end);
        }

        string src = _src;
        while (true)
        {
            if (_atLineStart)
            {
                _atLineStart = false;
                if (ReadIndentation())
                {
                    return Next();
                }
            }

            int p = _pos;
            char c = '\0';
            while (p < src.Length && ((c = src[p]) == ' ' || c == '\t' || c == '\f'))
            {
                p++;
            }
            _pos = p;
            if (p >= src.Length)
            {
                return AtEndOfInput();
            }
            if (c == '#')
            {
                while (p < src.Length && (c = src[p]) != '\n' && c != '\r')
                {
                    p++;
                }
                _pos = p;
                if (p >= src.Length)
                {
                    return AtEndOfInput();
                }
            }

            if (c == '\n' || c == '\r')
            {
                int start = p;
                p += c == '\r' && p + 1 < src.Length && src[p + 1] == '\n' ? 2 : 1;
                bool emit = _level == 0 && _lineHasTokens;
                SourcePos startPos = emit ? Pos(start) : default;
                _pos = p;
                NewLine(p);
                _atLineStart = true;
                if (!emit)
                {
                    continue;
                }
                _lineHasTokens = false;
                return new Token(TokenKind.Newline, p - start == 1 ? (c == '\n' ? "\n" : "\r") : "\r\n",
                    startPos, new SourcePos(startPos.Line, startPos.Column + (p - start)));
            }

            if (c == '\\')
            {
                ContinuationLine(p);
                continue;
            }

            _lineHasTokens = true;
            if (IsAsciiLetterOrUnderscore(c) || c >= 0x80)
            {
                return NameOrString(p);
            }
            if (IsDigit(c))
            {
                return Number(p);
            }
            if (c == '"' || c == '\'')
            {
                return String(p, p);
            }
            if (c == '.' && p + 1 < src.Length && IsDigit(src[p + 1]))
            {
                return Number(p);
            }
            return Operator(p);
        }
    }

    // ---- lines and indentation -------------------------------------------------------------------

    private void NewLine(int nextLineStart)
    {
        _line++;
        _columnOffset = 0;
        _lineStart = nextLineStart;
        _colCachePos = nextLineStart;
        _colCacheBytes = 0;
        _lineAscii = -1;
    }

    /// <summary>Measures a new line's indentation; returns true when Indent or Dedent tokens are pending.</summary>
    private bool ReadIndentation()
    {
        string src = _src;
        int col = 0, altCol = 0, contLineCol = 0;
        int p = _pos;
        char c = '\0';
        while (p < src.Length)
        {
            c = src[p];
            if (c == ' ')
            {
                col++;
                altCol++;
            }
            else if (c == '\t')
            {
                col = ((col / TabSize) + 1) * TabSize;
                altCol++;
            }
            else if (c == '\f')
            {
                col = altCol = 0;
            }
            else if (c == '\\')
            {
                // Indentation cannot be split by backslashes: the first one fixes the level.
                contLineCol = contLineCol != 0 ? contLineCol : col;
                p = ContinuationLine(p);
                continue;
            }
            else
            {
                break;
            }
            p++;
        }
        _pos = p;
        if (p >= src.Length || c == '#' || c == '\n' || c == '\r')
        {
            // Blank and comment-only lines do not affect indentation; at the end of input the
            // dedents come from AtEndOfInput.
            return false;
        }
        if (_level != 0)
        {
            return false;
        }
        if (contLineCol != 0)
        {
            col = contLineCol;
            altCol = contLineCol;
        }

        int current = _indents[_indent];
        if (col == current)
        {
            if (altCol != _altIndents[_indent])
            {
                throw Deferred(TabError());
            }
            return false;
        }
        if (col > current)
        {
            if (_indent + 1 >= MaxIndent)
            {
                throw Deferred(Error(SyntaxErrorKind.IndentationError, "too many levels of indentation",
                    _line, 1, _line, 0, LineText(_lineStart, true)));
            }
            if (altCol <= _altIndents[_indent])
            {
                throw Deferred(TabError());
            }
            _indent++;
            _indents[_indent] = col;
            _altIndents[_indent] = altCol;
            var first = Pos(p);
            _pendingIndent = new Token(TokenKind.Indent, src.Substring(_lineStart, p - _lineStart),
                new SourcePos(_line, 0), first);
            _hasPendingIndent = true;
            return true;
        }
        int dedents = 0;
        while (_indent > 0 && col < _indents[_indent])
        {
            _indent--;
            dedents++;
        }
        if (col != _indents[_indent])
        {
            string text = LineText(_lineStart, true);
            throw Deferred(Error(SyntaxErrorKind.IndentationError, "unindent does not match any outer indentation level",
                _line, CodePointLength(text.AsSpan().TrimEnd("\r\n")) + 1, _line, -1, text));
        }
        if (altCol != _altIndents[_indent])
        {
            throw Deferred(TabError());
        }
        _pendingDedents = dedents;
        return true;
    }

    private PythonSyntaxError Deferred(PythonSyntaxError error)
    {
        _deferredError = true;
        return error;
    }

    private PythonSyntaxError TabError() =>
        Error(SyntaxErrorKind.TabError, "inconsistent use of tabs and spaces in indentation",
            _line, 1, _line, 0, LineText(_lineStart, true));

    /// <summary>Consumes a backslash that must end its line; returns the position after the line break.</summary>
    private int ContinuationLine(int backslash)
    {
        string src = _src;
        int p = backslash + 1;
        if (p >= src.Length)
        {
            throw Deferred(UnexpectedEof(backslash + 1));
        }
        char c = src[p];
        if (c != '\n' && c != '\r')
        {
            throw Deferred(Error(SyntaxErrorKind.SyntaxError, "unexpected character after line continuation character",
                _line, CharOffset(_lineStart, backslash) + 2, _line, 0, LineText(_lineStart, true)));
        }
        p += c == '\r' && p + 1 < src.Length && src[p + 1] == '\n' ? 2 : 1;
        if (p >= src.Length)
        {
            throw Deferred(UnexpectedEof(backslash + 1));
        }
        NewLine(p);
        _pos = p;
        return p;
    }

    private PythonSyntaxError UnexpectedEof(int at) =>
        Error(SyntaxErrorKind.SyntaxError, "unexpected EOF while parsing",
            _line, CharOffset(_lineStart, at) + 1, _line, -1, LineText(_lineStart, true));

    private Token AtEndOfInput()
    {
        if (_level > _baseLevel)
        {
            int i = _level - 1;
            _unclosedAtEnd = true;
            // CPython shows the line with its newline when it is still the tokenizer's current line.
            int lastLine = _pos == _lineStart && _line > 1 ? _line - 1 : _line;
            throw Error(SyntaxErrorKind.SyntaxError, $"'{_brackets[i]}' was never closed",
                _bracketLines[i], _bracketOffsets[i], _bracketLines[i], 0, LineText(_bracketLineStarts[i], _bracketLines[i] == lastLine));
        }
        if (_lineHasTokens && _baseLevel == 0)
        {
            // CPython adds the missing final newline; its NEWLINE token has no text.
            _lineHasTokens = false;
            var at = Pos(_pos);
            NewLine(_pos);
            return new Token(TokenKind.Newline, "", at, new SourcePos(at.Line, at.Column + 1));
        }
        _done = true;
        _pendingDedents = _indent;
        _indent = 0;
        return Next();
    }

    // ---- names, strings, numbers, operators ------------------------------------------------------

    private Token NameOrString(int start)
    {
        string src = _src;
        int p = start;
        bool sawB = false, sawR = false, sawU = false, sawF = false;
        while (p < src.Length)
        {
            char c = src[p];
            if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B'))
            {
                sawB = true;
            }
            else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U'))
            {
                sawU = true;
            }
            else if (!(sawR || sawU) && (c == 'r' || c == 'R'))
            {
                sawR = true;
            }
            else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F'))
            {
                sawF = true;
            }
            else
            {
                break;
            }
            p++;
            if (p < src.Length && (src[p] == '"' || src[p] == '\''))
            {
                return String(start, p);
            }
        }

        bool ascii = true;
        while (p < src.Length)
        {
            char c = src[p];
            if (IsAsciiLetterOrUnderscore(c) || IsDigit(c))
            {
                p++;
            }
            else if (c >= 0x80)
            {
                ascii = false;
                p++;
            }
            else
            {
                break;
            }
        }
        var startPos = Pos(start);
        var endPos = Pos(p);
        _pos = p;
        string text = ascii ? _names.Intern(src.AsSpan(start, p - start)) : VerifyIdentifier(start, p);
        return new Token(TokenKind.Name, text, startPos, endPos);
    }

    private string VerifyIdentifier(int start, int end)
    {
        var span = _src.AsSpan(start, end - start);
        int invalid = Identifiers.FindInvalid(span);
        if (invalid >= 0)
        {
            int cp = Identifiers.CodePointAt(span, invalid);
            string message = UnicodeTables.IsPrintable(cp)
                ? $"invalid character '{char.ConvertFromUtf32(cp)}' (U+{cp:X4})"
                : $"invalid non-printable character U+{cp:X4}";
            int offset = CharOffset(_lineStart, start + invalid) + 1;
            throw Error(SyntaxErrorKind.SyntaxError, message, _line, offset, _line, offset, LineText(_lineStart, false));
        }
        return _names.Intern(Identifiers.Normalize(span));
    }

    private Token String(int start, int quotePos)
    {
        string src = _src;
        char quote = src[quotePos];
        int firstLine = _line;
        int firstLineStart = _lineStart;
        var startPos = Pos(start);
        int p = quotePos + 1;
        int quoteSize = 1;
        if (p + 1 < src.Length && src[p] == quote && src[p + 1] == quote)
        {
            quoteSize = 3;
            p += 2;
        }
        else if (p < src.Length && src[p] == quote)
        {
            // Empty string.
            p++;
            _pos = p;
            return new Token(TokenKind.String, src.Substring(start, p - start), startPos, Pos(p));
        }

        int endQuotes = 0;
        while (endQuotes != quoteSize)
        {
            if (p >= src.Length)
            {
                // At the end of input CPython's line counter stays on the last line that has text.
                throw Unterminated(start, firstLine, firstLineStart, quoteSize, p == _lineStart && _line > 1 ? _line - 1 : _line);
            }
            char c = src[p];
            if (c == '\n' || c == '\r')
            {
                if (quoteSize == 1)
                {
                    throw Unterminated(start, firstLine, firstLineStart, quoteSize, _line);
                }
                p += c == '\r' && p + 1 < src.Length && src[p + 1] == '\n' ? 2 : 1;
                NewLine(p);
                endQuotes = 0;
                continue;
            }
            p++;
            if (c == quote)
            {
                endQuotes++;
                continue;
            }
            endQuotes = 0;
            if (c == '\\' && p < src.Length)
            {
                char escaped = src[p];
                if (escaped == '\n' || escaped == '\r')
                {
                    p += escaped == '\r' && p + 1 < src.Length && src[p + 1] == '\n' ? 2 : 1;
                    NewLine(p);
                }
                else
                {
                    p++;
                }
            }
        }
        _pos = p;
        return new Token(TokenKind.String, src.Substring(start, p - start), startPos, Pos(p));
    }

    private PythonSyntaxError Unterminated(int start, int firstLine, int firstLineStart, int quoteSize, int detectedLine)
    {
        // CPython counts the physical line the added final newline would close.
        string what = quoteSize == 3 ? "unterminated triple-quoted string literal" : "unterminated string literal";
        int offset = CharOffset(firstLineStart, start) + 1;
        return Error(SyntaxErrorKind.SyntaxError, $"{what} (detected at line {detectedLine})",
            firstLine, offset, firstLine, offset, LineText(firstLineStart, false));
    }

    private Token Number(int start)
    {
        var scanner = new NumberScanner(_src, start);
        int end = scanner.Scan(out string? error, out int errorAt, out int errorEnd);
        if (error is not null)
        {
            int offset = CharOffset(_lineStart, errorAt) + 1;
            int endOffset = offset;
            if (errorEnd >= 0)
            {
                // CPython reports the leading-zeros range in bytes of the line, not characters.
                offset = Pos(errorAt).Column + 1;
                endOffset = Pos(errorEnd).Column + 1;
            }
            throw Error(SyntaxErrorKind.SyntaxError, error, _line, offset, _line, endOffset, LineText(_lineStart, false));
        }
        _pos = end;
        return new Token(TokenKind.Number, _src.Substring(start, end - start), Pos(start), Pos(end));
    }

    private Token Operator(int start)
    {
        string src = _src;
        char c = src[start];
        char c2 = start + 1 < src.Length ? src[start + 1] : '\0';
        char c3 = start + 2 < src.Length ? src[start + 2] : '\0';
        string text = Operators.Match(c, c2, c3);
        if (text.Length == 1)
        {
            switch (c)
            {
                case '(':
                case '[':
                case '{':
                    OpenBracket(c, start);
                    break;
                case ')':
                case ']':
                case '}':
                    CloseBracket(c, start);
                    break;
                default:
                    if (text.Length == 1 && c < 0x80 && (c < 0x20 || c == 0x7f))
                    {
                        int offset = CharOffset(_lineStart, start) + 1;
                        throw Error(SyntaxErrorKind.SyntaxError, $"invalid non-printable character U+{(int)c:X4}",
                            _line, offset, _line, offset, LineText(_lineStart, false));
                    }
                    break;
            }
        }
        int end = start + text.Length;
        _pos = end;
        var startPos = Pos(start);
        return new Token(TokenKind.Op, text, startPos, new SourcePos(startPos.Line, startPos.Column + text.Length));
    }

    private void OpenBracket(char c, int at)
    {
        if (_level >= MaxLevel)
        {
            int offset = CharOffset(_lineStart, at) + 1;
            throw Error(SyntaxErrorKind.SyntaxError, "too many nested parentheses",
                _line, offset, _line, offset, LineText(_lineStart, false));
        }
        _brackets[_level] = c;
        _bracketLines[_level] = _line;
        _bracketOffsets[_level] = CharOffset(_lineStart, at) + 1;
        _bracketLineStarts[_level] = _lineStart;
        _level++;
    }

    private void CloseBracket(char c, int at)
    {
        int offset = CharOffset(_lineStart, at) + 1;
        if (_level <= _baseLevel)
        {
            throw Error(SyntaxErrorKind.SyntaxError, $"unmatched '{c}'", _line, offset, _line, offset, LineText(_lineStart, false));
        }
        _level--;
        char open = _brackets[_level];
        if (!(open == '(' && c == ')' || open == '[' && c == ']' || open == '{' && c == '}'))
        {
            string message = _bracketLines[_level] != _line
                ? $"closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {_bracketLines[_level]}"
                : $"closing parenthesis '{c}' does not match opening parenthesis '{open}'";
            throw Error(SyntaxErrorKind.SyntaxError, message, _line, offset, _line, offset, LineText(_lineStart, false));
        }
    }

    // ---- positions and errors --------------------------------------------------------------------

    /// <summary>The position of a char index on the current line, its column in UTF-8 bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private SourcePos Pos(int index)
    {
        if (_lineAscii < 0)
        {
            var rest = _src.AsSpan(_lineStart);
            int end = rest.IndexOfAny('\n', '\r');
            _lineAscii = System.Text.Ascii.IsValid(end < 0 ? rest : rest[..end]) ? 1 : 0;
        }
        if (_lineAscii == 1)
        {
            return new SourcePos(_line, index - _lineStart + _columnOffset);
        }
        if (index < _colCachePos)
        {
            _colCachePos = _lineStart;
            _colCacheBytes = 0;
        }
        _colCacheBytes += Utf8Length(_src.AsSpan(_colCachePos, index - _colCachePos));
        _colCachePos = index;
        return new SourcePos(_line, _colCacheBytes + _columnOffset);
    }

    private static int Utf8Length(ReadOnlySpan<char> chars)
    {
        int n = chars.Length;
        foreach (char ch in chars)
        {
            if (ch >= 0x80)
            {
                // Surrogate halves count 2 each, the 4 bytes of their code point.
                n += ch < 0x800 || char.IsSurrogate(ch) ? 1 : 2;
            }
        }
        return n;
    }

    /// <summary>Code points between a line start and an index: CPython's error offsets count characters.</summary>
    private int CharOffset(int lineStart, int index) => CodePointLength(_src.AsSpan(lineStart, index - lineStart));

    private static int CodePointLength(ReadOnlySpan<char> chars)
    {
        int n = chars.Length;
        foreach (char ch in chars)
        {
            if (char.IsLowSurrogate(ch))
            {
                n--;
            }
        }
        return n;
    }

    private string LineText(int lineStart, bool withNewline)
    {
        int end = lineStart;
        while (end < _src.Length && _src[end] != '\n' && _src[end] != '\r')
        {
            end++;
        }
        string text = _src.Substring(lineStart, end - lineStart);
        return withNewline ? text + "\n" : text;
    }

    private PythonSyntaxError Error(SyntaxErrorKind kind, string message, int line, int offset, int endLine, int endOffset, string? text) =>
        new(kind, message, _fileName, line, offset, endLine, endOffset, text);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAsciiLetterOrUnderscore(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || c == '_';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsDigit(char c) => (uint)(c - '0') <= 9;
}
