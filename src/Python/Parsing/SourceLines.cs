using System.Text;

namespace IronUwsgi.Python.Parsing;

/// <summary>
/// The physical lines of a source, for error reports: the line text and the conversion of
/// CPython's UTF-8 byte columns to the 1-based character offsets SyntaxError carries.
/// </summary>
internal sealed class SourceLines
{
    private readonly string _source;
    private readonly List<int> _starts = [0];

    public SourceLines(string source)
    {
        _source = source;
        for (int i = 0; i < source.Length; i++)
        {
            char c = source[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= source.Length || source[i + 1] != '\n')))
            {
                _starts.Add(i + 1);
            }
        }
    }

    public int Count => _starts.Count;

    /// <summary>The text of a 1-based line including its line end, or null past the end.</summary>
    public string? LineText(int line)
    {
        if (line < 1 || line > _starts.Count)
        {
            return null;
        }

        int start = _starts[line - 1];
        int end = line < _starts.Count ? _starts[line] : _source.Length;
        return _source[start..end];
    }

    /// <summary>Converts a 0-based UTF-8 byte column of a line to a 1-based character offset.</summary>
    public int CharOffset(int line, int byteColumn)
    {
        string? text = LineText(line);
        if (text is null || byteColumn <= 0)
        {
            return byteColumn + 1;
        }

        int bytes = 0;
        int chars = 0;
        while (chars < text.Length && bytes < byteColumn)
        {
            int len = char.IsSurrogatePair(text, chars) ? 2 : 1;
            bytes += Encoding.UTF8.GetByteCount(text.AsSpan(chars, len));
            chars += len;
        }

        return chars + 1 + Math.Max(0, byteColumn - bytes);
    }
}
