namespace IronUwsgi.Python.Modules.Re;

/// <summary>
/// Reads a pattern token by token as CPython's re parser does: a token is one code point, or a
/// backslash with the code point after it. Positions count code points.
/// </summary>
internal sealed class PatternSource
{
    private readonly string[] points;
    private int index;

    public PatternSource(string[] points, bool isText)
    {
        this.points = points;
        IsText = isText;
        Advance();
    }

    public bool IsText { get; }

    /// <summary>The next token, or null at the end of the pattern.</summary>
    public string? Next { get; private set; }

    /// <summary>Position of the next token.</summary>
    public int Tell() => index - (Next is null ? 0 : Length(Next));

    public static int Length(string s)
    {
        var n = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (!char.IsHighSurrogate(s[i]) || i + 1 >= s.Length || !char.IsLowSurrogate(s[i + 1]))
            {
                n++;
            }
            else
            {
                n++;
                i++;
            }
        }

        return n;
    }

    public static string[] Split(string s)
    {
        var list = new List<string>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                list.Add(s.Substring(i, 2));
                i++;
            }
            else
            {
                list.Add(s[i].ToString());
            }
        }

        return [.. list];
    }

    public void Seek(int position)
    {
        index = position;
        Advance();
    }

    public bool Match(string token)
    {
        if (Next == token)
        {
            Advance();
            return true;
        }

        return false;
    }

    public string? Get()
    {
        var t = Next;
        Advance();
        return t;
    }

    /// <summary>Up to <paramref name="n"/> tokens that are in <paramref name="set"/>.</summary>
    public string GetWhile(int n, string set)
    {
        var result = "";
        for (var i = 0; i < n; i++)
        {
            if (Next is not { Length: 1 } c || !set.Contains(c[0]))
            {
                break;
            }

            result += c;
            Advance();
        }

        return result;
    }

    public string GetUntil(string terminator, string name)
    {
        var result = "";
        while (true)
        {
            var c = Next;
            Advance();
            if (c is null)
            {
                throw result.Length == 0 ? Error("missing " + name) : Error($"missing {terminator}, unterminated name", Length(result));
            }

            if (c == terminator)
            {
                if (result.Length == 0)
                {
                    throw Error("missing " + name, 1);
                }

                return result;
            }

            result += c;
        }
    }

    public RegexSyntaxException Error(string message, int offset = 0) => new(message, Tell() - offset);

    private void Advance()
    {
        if (index >= points.Length)
        {
            Next = null;
            return;
        }

        var c = points[index];
        if (c == "\\")
        {
            if (index + 1 >= points.Length)
            {
                throw new RegexSyntaxException("bad escape (end of pattern)", points.Length - 1);
            }

            index++;
            c += points[index];
        }

        index++;
        Next = c;
    }
}
