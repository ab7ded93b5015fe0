namespace IronUwsgi.Python.Parsing.Literals;

/// <summary>What a string token's prefix says: raw, bytes, formatted, u (kept for ast's kind='u').</summary>
[Flags]
internal enum StringFlags
{
    None = 0,
    Raw = 1,
    Bytes = 2,
    Formatted = 4,
    Unicode = 8,
}

/// <summary>The parts of a string token's text: prefix flags, quote length and the body between the quotes.</summary>
internal readonly record struct StringToken(StringFlags Flags, int QuoteLength, int BodyStart, int BodyLength)
{
    public bool IsRaw => (Flags & StringFlags.Raw) != 0;
    public bool IsBytes => (Flags & StringFlags.Bytes) != 0;
    public bool IsFormatted => (Flags & StringFlags.Formatted) != 0;

    /// <summary>Splits a String token's text (as the tokenizer returns it: prefix, quotes, body, quotes).</summary>
    public static StringToken Parse(string text)
    {
        var flags = StringFlags.None;
        int i = 0;
        while (text[i] != '\'' && text[i] != '"')
        {
            flags |= (text[i] | 0x20) switch
            {
                'r' => StringFlags.Raw,
                'b' => StringFlags.Bytes,
                'f' => StringFlags.Formatted,
                _ => StringFlags.Unicode,
            };
            i++;
        }
        char quote = text[i];
        int quoteLength = text.Length - i >= 6 && text[i + 1] == quote && text[i + 2] == quote ? 3 : 1;
        int bodyStart = i + quoteLength;
        return new StringToken(flags, quoteLength, bodyStart, text.Length - bodyStart - quoteLength);
    }
}
