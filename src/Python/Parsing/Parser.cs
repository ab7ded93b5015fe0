using System.Runtime.CompilerServices;
using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Lexing;

namespace IronUwsgi.Python.Parsing;

/// <summary>
/// Recursive-descent parser for the Python 3.11 grammar over a token list, producing the same
/// trees as CPython's parser. Backtracks only in the few places the grammar needs it.
/// </summary>
internal sealed partial class Parser
{
    // CPython's tokenizer refuses 200 open brackets; its parser gives up near 6000 nested rules.
    // Recursion is also bounded by the stack actually left, so no input overflows the CLR stack.
    private const int MaxBracketDepth = 200;
    private const int MaxRecursion = 5900;

    private readonly Tokenizer _tokenizer;
    private Token[] _tokens = new Token[256];
    private int _count;
    private readonly string _fileName;
    private readonly SourceLines _lines;
    private int _pos;
    private int _bracketDepth;
    private int _recursion;

    // Set once the tokenizer raised: its error stands as it is, and is raised again on later reads.
    private PythonSyntaxError? _tokenizerError;

    // The farthest token the grammar proper looked at: where CPython reports a generic error.
    // Error-message heuristics (CPython's second pass) restore it after reading ahead.
    private int _examined;

    // Set while ReadAheadLikeCPython parses speculatively, so it does not nest.
    private bool _readingAhead;

    private bool TokenizerFailed => _tokenizerError is not null;

    /// <summary>Parses the tokens of <paramref name="tokenizer"/>, fetched lazily so tokenizer errors surface in source order.</summary>
    public Parser(Tokenizer tokenizer, SourceLines lines, string fileName)
    {
        _tokenizer = tokenizer;
        _lines = lines;
        _fileName = fileName;
    }

    private Token Cur
    {
        get
        {
            if (_pos > _examined)
            {
                _examined = _pos;
            }

            return _pos < _count ? _tokens[_pos] : Fetch(_pos);
        }
    }

    private SourcePos PrevEnd => _tokens[_pos - 1].End;

    private Token PeekAt(int offset) => TokenAt(_pos + offset);

    private Token TokenAt(int index)
    {
        if (index > _examined)
        {
            _examined = index;
        }

        return index < _count ? _tokens[index] : Fetch(index);
    }

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

            if (_tokenizerError is not null)
            {
                throw _tokenizerError;
            }

            if (_count == _tokens.Length)
            {
                Array.Resize(ref _tokens, _tokens.Length * 2);
            }

            try
            {
                _tokens[_count] = _tokenizer.Next();
            }
            catch (PythonSyntaxError error)
            {
                _tokenizerError = error;
                throw;
            }

            _count++;
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

    /// <summary>A block's ':' where CPython says "expected ':'" only when the line ends instead.</summary>
    private void ExpectColon()
    {
        if (AcceptOp(":"))
        {
            return;
        }

        throw Cur.Kind == TokenKind.Newline ? ErrorAt(Cur, "expected ':'") : InvalidSyntax();
    }

    /// <summary>A ':' CPython's grammar forces (def, try, else, finally): any other token is "expected ':'".</summary>
    private void ExpectForcedColon()
    {
        if (!AcceptOp(":"))
        {
            throw ErrorAt(Cur, "expected ':'");
        }
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
        if (++_recursion > MaxRecursion || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
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
