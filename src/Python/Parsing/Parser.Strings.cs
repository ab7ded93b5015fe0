using System.Text;
using IronUwsgi.Python.Ast;
using IronUwsgi.Python.Lexing;
using IronUwsgi.Python.Parsing.Literals;

namespace IronUwsgi.Python.Parsing;

/// <summary>Number literals and implicitly concatenated strings, bytes and f-strings.</summary>
internal sealed partial class Parser
{
    private static object ParseNumber(in Token t) => NumberLiteral.Parse(t.Text);

    /// <summary>One or more adjacent string tokens: a str or bytes Constant, or a JoinedStr when any is an f-string.</summary>
    private Expr ParseStrings()
    {
        int firstIndex = _pos;
        Token first = Cur;
        bool anyBytes = false;
        bool anyText = false;
        bool anyFormatted = false;
        while (Cur.Kind == TokenKind.String)
        {
            var info = StringToken.Parse(Cur.Text);
            anyBytes |= info.IsBytes;
            anyText |= !info.IsBytes;
            anyFormatted |= info.IsFormatted;
            _pos++;
        }

        int endIndex = _pos;
        Token last = _tokens[endIndex - 1];
        if (anyBytes && anyText)
        {
            throw ErrorRange(first.Start, last.End, "cannot mix bytes and nonbytes literals");
        }

        if (anyBytes)
        {
            return Place(new Constant(ConcatBytes(firstIndex, endIndex), null), first.Start, last.End);
        }

        if (!anyFormatted)
        {
            string? kind = (StringToken.Parse(first.Text).Flags & StringFlags.Unicode) != 0 ? "u" : null;
            return Place(new Constant(ConcatText(firstIndex, endIndex), kind), first.Start, last.End);
        }

        return BuildJoinedStr(firstIndex, endIndex);
    }

    private byte[] ConcatBytes(int from, int to)
    {
        if (to - from == 1)
        {
            return DecodeBytes(_tokens[from]);
        }

        var buffer = new List<byte>();
        for (int i = from; i < to; i++)
        {
            buffer.AddRange(DecodeBytes(_tokens[i]));
        }

        return [.. buffer];
    }

    private byte[] DecodeBytes(in Token t)
    {
        if (!StringLiteral.TryDecodeBytes(t.Text, out byte[] value, out string? error))
        {
            throw ErrorAt(t, error!);
        }

        return value;
    }

    private string ConcatText(int from, int to)
    {
        if (to - from == 1)
        {
            return DecodeText(_tokens[from]);
        }

        var sb = new StringBuilder();
        for (int i = from; i < to; i++)
        {
            sb.Append(DecodeText(_tokens[i]));
        }

        return sb.ToString();
    }

    private string DecodeText(in Token t)
    {
        if (!StringLiteral.TryDecodeString(t.Text, out string value, out string? error))
        {
            throw ErrorAt(t, error!);
        }

        return value;
    }
}
