namespace IronUwsgi.Erlang.Nodes;

/// <summary>A node name <c>alive@host</c>, split and checked as <c>erl -name</c> does.</summary>
public sealed record NodeName(string Alive, string Host)
{
    /// <summary>Parses <c>alive@host</c>; a missing or misplaced '@' is a <see cref="FormatException"/> naming the input.</summary>
    public static NodeName Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        int at = text.IndexOf('@');
        if (at <= 0 || at == text.Length - 1 || text.IndexOf('@', at + 1) >= 0)
            throw new FormatException($"invalid Erlang node name '{text}': expected name@host");
        var alive = text[..at];
        foreach (char c in alive)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_' && c != '-')
                throw new FormatException($"invalid Erlang node name '{text}': '{c}' is not allowed before '@'");
        }
        return new NodeName(alive, text[(at + 1)..]);
    }

    public override string ToString() => $"{Alive}@{Host}";
}
