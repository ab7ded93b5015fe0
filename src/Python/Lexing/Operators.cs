namespace IronUwsgi.Python.Lexing;

/// <summary>Python's operator and delimiter tokens, longest match first, as interned strings.</summary>
internal static class Operators
{
    /// <summary>
    /// The operator starting with <paramref name="c"/> given the two chars after it ('\0' past the end).
    /// A character that starts no operator comes back alone, as CPython's tokenizer returns it and
    /// lets the parser report invalid syntax.
    /// </summary>
    public static string Match(char c, char c2, char c3)
    {
        switch (c)
        {
            case '(': return "(";
            case ')': return ")";
            case '[': return "[";
            case ']': return "]";
            case '{': return "{";
            case '}': return "}";
            case ',': return ",";
            case ';': return ";";
            case '~': return "~";
            case ':': return c2 == '=' ? ":=" : ":";
            case '.': return c2 == '.' && c3 == '.' ? "..." : ".";
            case '+': return c2 == '=' ? "+=" : "+";
            case '%': return c2 == '=' ? "%=" : "%";
            case '&': return c2 == '=' ? "&=" : "&";
            case '|': return c2 == '=' ? "|=" : "|";
            case '^': return c2 == '=' ? "^=" : "^";
            case '@': return c2 == '=' ? "@=" : "@";
            case '=': return c2 == '=' ? "==" : "=";
            case '!': return c2 == '=' ? "!=" : "!";
            case '-': return c2 == '=' ? "-=" : c2 == '>' ? "->" : "-";
            case '*':
                if (c2 == '*')
                {
                    return c3 == '=' ? "**=" : "**";
                }
                return c2 == '=' ? "*=" : "*";
            case '/':
                if (c2 == '/')
                {
                    return c3 == '=' ? "//=" : "//";
                }
                return c2 == '=' ? "/=" : "/";
            case '<':
                if (c2 == '<')
                {
                    return c3 == '=' ? "<<=" : "<<";
                }
                // "<>" is one token, as in CPython, whose parser rejects it (PEP 401).
                return c2 == '=' ? "<=" : c2 == '>' ? "<>" : "<";
            case '>':
                if (c2 == '>')
                {
                    return c3 == '=' ? ">>=" : ">>";
                }
                return c2 == '=' ? ">=" : ">";
            default:
                return c.ToString();
        }
    }
}
