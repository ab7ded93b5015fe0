namespace IronUwsgi.Python.Modules.Struct;

/// <summary>How a format string lays out bytes: its byte order mode and one item per code group.</summary>
internal enum StructMode
{
    Native,
    LittleStandard,
    BigStandard,
}

/// <summary>One code with its repeat count, at its offset (after native alignment).</summary>
internal readonly record struct StructItem(char Code, int Count, int Offset);

/// <summary>A compiled struct format: items, total size and how many values it packs.</summary>
internal sealed class StructFormat
{
    private StructFormat(string text, StructMode mode, StructItem[] items, int size, int values)
    {
        Text = text;
        Mode = mode;
        Items = items;
        Size = size;
        Values = values;
    }

    public string Text { get; }

    public StructMode Mode { get; }

    public StructItem[] Items { get; }

    public int Size { get; }

    /// <summary>The number of values pack() takes and unpack() returns.</summary>
    public int Values { get; }

    /// <summary>Parses a format; null with <paramref name="error"/> set when it is invalid (CPython's messages).</summary>
    public static StructFormat? Compile(string text, out string? error)
    {
        error = null;
        var mode = StructMode.Native;
        var i = 0;
        if (text.Length > 0 && text[0] is '@' or '=' or '<' or '>' or '!')
        {
            mode = text[0] switch
            {
                '@' => StructMode.Native,
                '=' or '<' => BitConverter.IsLittleEndian || text[0] == '<' ? StructMode.LittleStandard : StructMode.BigStandard,
                _ => StructMode.BigStandard,
            };
            i = 1;
        }
        var items = new List<StructItem>();
        long size = 0;
        var values = 0;
        while (i < text.Length)
        {
            var c = text[i++];
            if (char.IsWhiteSpace(c))
            {
                continue;
            }
            long count = 1;
            if (char.IsAsciiDigit(c))
            {
                count = c - '0';
                while (true)
                {
                    if (i >= text.Length)
                    {
                        error = "repeat count given without format specifier";
                        return null;
                    }
                    c = text[i++];
                    if (!char.IsAsciiDigit(c))
                    {
                        break;
                    }
                    count = count * 10 + (c - '0');
                    if (count > int.MaxValue)
                    {
                        error = "total struct size too long";
                        return null;
                    }
                }
            }
            var itemSize = ItemSize(c, mode);
            if (itemSize < 0)
            {
                error = "bad char in struct format";
                return null;
            }
            if (mode == StructMode.Native && itemSize > 1 && c is not ('s' or 'p' or 'x'))
            {
                size = (size + itemSize - 1) / itemSize * itemSize;
            }
            items.Add(new StructItem(c, (int)count, (int)size));
            size += c is 's' or 'p' ? count : count * itemSize;
            if (size > int.MaxValue)
            {
                error = "total struct size too long";
                return null;
            }
            values += c switch
            {
                's' or 'p' => 1,
                'x' => 0,
                _ => (int)count,
            };
        }
        return new StructFormat(text, mode, items.ToArray(), (int)size, values);
    }

    /// <summary>The size of one item of a code in a mode; -1 for a code the mode does not have.</summary>
    public static int ItemSize(char code, StructMode mode) => code switch
    {
        'x' or 'c' or 'b' or 'B' or '?' or 's' or 'p' => 1,
        'h' or 'H' or 'e' => 2,
        'i' or 'I' or 'f' => 4,
        'l' or 'L' => mode == StructMode.Native ? 8 : 4,
        'q' or 'Q' or 'd' => 8,
        'n' or 'N' or 'P' => mode == StructMode.Native ? 8 : -1,
        _ => -1,
    };
}
