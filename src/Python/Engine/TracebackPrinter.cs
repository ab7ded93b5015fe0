using System.Text;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Engine;

/// <summary>Formats an uncaught exception the way CPython prints it, chained causes and contexts included.</summary>
internal static class TracebackPrinter
{
    public static string Format(PyBaseException exc)
    {
        var text = new StringBuilder();
        Append(text, exc, new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance));
        return text.ToString();
    }

    private static void Append(StringBuilder text, PyBaseException exc, HashSet<PyBaseException> seen)
    {
        seen.Add(exc);
        if (exc.Cause is PyBaseException cause && !seen.Contains(cause))
        {
            Append(text, cause, seen);
            text.Append("\nThe above exception was the direct cause of the following exception:\n\n");
        }
        else if (exc.Context is PyBaseException context && !exc.SuppressContext && !seen.Contains(context))
        {
            Append(text, context, seen);
            text.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }

        if (exc.Traceback is PyTraceback tb)
        {
            text.Append("Traceback (most recent call last):\n");
            for (var entry = tb; entry is not null; entry = entry.Next)
            {
                text.Append("  File \"").Append(entry.Code.FileName).Append("\", line ").Append(entry.Line).Append(", in ").Append(entry.Code.Name).Append('\n');
                if (SourceLine(entry.Code.FileName, entry.Line) is { } line)
                {
                    text.Append("    ").Append(line).Append('\n');
                }
            }
        }

        if (exc.Type.IsSubtypeOf(PyExc.SyntaxError) && exc.Dict is { } d && d.TryGetValue("filename", out var f) && f is string file
            && d.TryGetValue("lineno", out var l) && l is long lineNo)
        {
            text.Append("  File \"").Append(file).Append("\", line ").Append(lineNo).Append('\n');
            if (d.TryGetValue("text", out var t) && t is string source)
            {
                AppendSourceWithCaret(text, source, d.TryGetValue("offset", out var o) ? o : null, d.TryGetValue("end_offset", out var eo) ? eo : null);
            }

            var msg = d.TryGetValue("msg", out var m) ? Ops.Str(m) : "";
            text.Append(exc.Type.Name).Append(": ").Append(msg).Append('\n');
            return;
        }

        text.Append(Ops.FormatExceptionLine(exc)).Append('\n');
    }

    // The offending line without its indentation and, under it, carets from offset to end_offset (1-based).
    private static void AppendSourceWithCaret(StringBuilder text, string source, object? offset, object? endOffset)
    {
        var line = source.TrimEnd('\n');
        var trimmed = line.TrimStart(' ', '\n', '\f');
        var spaces = line.Length - trimmed.Length;
        text.Append("    ").Append(trimmed).Append('\n');
        if (offset is not long start)
        {
            return;
        }
        var end = endOffset is long e && e != 0 ? e : start;
        if (end == start || end == -1)
        {
            end = start + 1;
        }
        var column = (int)start - 1 - spaces;
        var endColumn = (int)end - 1 - spaces;
        if (column < 0)
        {
            return;
        }
        text.Append("    ");
        for (var i = 0; i < column; i++)
        {
            text.Append(i < trimmed.Length && char.IsWhiteSpace(trimmed[i]) ? trimmed[i] : ' ');
        }
        text.Append('^', Math.Max(0, endColumn - column)).Append('\n');
    }

    private static string? SourceLine(string fileName, int line)
    {
        try
        {
            if (line < 1 || !File.Exists(fileName))
            {
                return null;
            }

            var text = File.ReadLines(fileName).Skip(line - 1).FirstOrDefault()?.Trim();
            return string.IsNullOrEmpty(text) ? null : text;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }
}
