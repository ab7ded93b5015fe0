using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Lexing;

namespace IronUwsgi.Python.Parsing;

/// <summary>
/// Recursive-descent parser for the Python 3.11 grammar over a token list, producing the same
/// trees as CPython's parser. Backtracks only in the few places the grammar needs it.
/// </summary>
internal sealed partial class Parser
{
    // CPython's tokenizer refuses more than 200 open brackets; unary chains and the like are
    // bounded separately so deep input never overflows the CLR stack.
    private const int MaxBracketDepth = 200;
    private const int MaxRecursion = 1000;

    private readonly Tokenizer _tokenizer;
    private Token[] _tokens = new Token[256];
    private int _count;
    private readonly string _fileName;
    private readonly SourceLines _lines;
    private int _pos;
    private int _bracketDepth;
    private int _recursion;

    /// <summary>Parses the tokens of <paramref name="tokenizer"/>, fetched lazily so tokenizer errors surface in source order.</summary>
    public Parser(Tokenizer tokenizer, SourceLines lines, string fileName)
    {
        _tokenizer = tokenizer;
        _lines = lines;
        _fileName = fileName;
    }

    private Token Cur => _pos < _count ? _tokens[_pos] : Fetch(_pos);

    private SourcePos PrevEnd => _tokens[_pos - 1].End;

    private Token PeekAt(int offset) => TokenAt(_pos + offset);

    private Token TokenAt(int index) => index < _count ? _tokens[index] : Fetch(index);

    private Token Advance()
    {
        Token t = Cur;
        _pos++;
        return t;
    }

    /// <summary>Pulls tokens up to <paramref name="index"/>; past the end marker the end marker repeats.</summary>
    private Token Fetch(int index)
    {
        while (_count <= index)
        {
            if (_count > 0 && _tokens[_count - 1].Kind == TokenKind.EndMarker)
            {
                return _tokens[_count - 1];
            }

            if (_count == _tokens.Length)
            {
                Array.Resize(ref _tokens, _tokens.Length * 2);
            }

            _tokens[_count++] = _tokenizer.Next();
        }

        return _tokens[index];
    }

    private static bool IsOpToken(in Token t, string op) => t.Kind == TokenKind.Op && t.Text == op;

    private static bool IsKwToken(in Token t, string kw) => t.Kind == TokenKind.Name && t.Text == kw;

    private bool IsOp(string op) => IsOpToken(Cur, op);

    private bool IsKw(string kw) => IsKwToken(Cur, kw);

    private bool AcceptOp(string op)
    {
        if (IsOpToken(Cur, op))
        {
            _pos++;
            return true;
        }

        return false;
    }

    private bool AcceptKw(string kw)
    {
        if (IsKw(kw))
        {
            _pos++;
            return true;
        }

        return false;
    }

    private Token ExpectOp(string op)
    {
        if (!IsOp(op))
        {
            throw InvalidSyntax();
        }

        return Advance();
    }

    private void ExpectKw(string kw)
    {
        if (!IsKw(kw))
        {
            throw InvalidSyntax();
        }

        _pos++;
    }

    private void ExpectColon()
    {
        if (!IsOp(":"))
        {
            throw ErrorAt(Cur, "expected ':'");
        }

        _pos++;
    }

    private bool IsNameToken(in Token t) => t.Kind == TokenKind.Name && !Keywords.IsKeyword(t.Text);

    private bool AtName => IsNameToken(Cur);

    private string ExpectName()
    {
        if (!AtName)
        {
            throw InvalidSyntax();
        }

        return Advance().Text;
    }

    private static T Place<T>(T node, SourcePos start, SourcePos end)
        where T : LocatedNode
    {
        node.Lineno = start.Line;
        node.ColOffset = start.Column;
        node.EndLineno = end.Line;
        node.EndColOffset = end.Column;
        return node;
    }

    /// <summary>Positions a node from <paramref name="start"/> to the end of the last consumed token.</summary>
    private T Fin<T>(T node, SourcePos start)
        where T : LocatedNode => Place(node, start, PrevEnd);

    private static T Span<T>(T node, LocatedNode first, LocatedNode last)
        where T : LocatedNode
    {
        node.Lineno = first.Lineno;
        node.ColOffset = first.ColOffset;
        node.EndLineno = last.EndLineno;
        node.EndColOffset = last.EndColOffset;
        return node;
    }

    private static SourcePos StartOf(LocatedNode n) => new(n.Lineno, n.ColOffset);

    private static SourcePos EndOf(LocatedNode n) => new(n.EndLineno, n.EndColOffset);

    private void EnterRecursion()
    {
        if (++_recursion > MaxRecursion)
        {
            throw ErrorAt(Cur, "too many nested parentheses");
        }
    }

    private void OpenBracket(in Token open)
    {
        if (++_bracketDepth >= MaxBracketDepth)
        {
            throw ErrorAt(open, "too many nested parentheses");
        }
    }
}
