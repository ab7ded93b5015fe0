using System.Text;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Engine;

/// <summary>Formats an uncaught exception the way CPython prints it, chained causes and contexts included.</summary>
internal static class TracebackPrinter
{
    /// <summary>
    /// The traceback text of <paramref name="exc"/>; <paramref name="chained"/> false leaves out its
    /// causes and contexts, as CPython's report of an unraisable exception does.
    /// </summary>
    public static string Format(PyBaseException exc, bool chained = true)
    {
        var text = new StringBuilder();
        Append(text, exc, chained ? new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance) : null);
        return text.ToString();
    }

    // Without a set of the exceptions already shown, the chain is left out.
    private static void Append(StringBuilder text, PyBaseException exc, HashSet<PyBaseException>? seen)
    {
        if (seen is not null)
        {
            AppendChain(text, exc, seen);
        }

        if (exc.Traceback is PyTraceback tb)
        {
            text.Append("Traceback (most recent call last):\n");
            PyTraceback? previous = null;
            var repeats = 0;
            for (var entry = tb; entry is not null; entry = entry.Next)
            {
                if (previous is not null && ReferenceEquals(previous.Code, entry.Code) && previous.Line == entry.Line)
                {
                    if (++repeats >= RecursiveCutoff)
                    {
                        continue;
                    }
                }
                else
                {
                    AppendRepeats(text, repeats);
                    repeats = 0;
                }

                previous = entry;
                text.Append("  File \"").Append(entry.Code.FileName).Append("\", line ").Append(entry.Line).Append(", in ").Append(entry.Code.Name).Append('\n');
                if (SourceLine(entry.Code.FileName, entry.Line) is { } line)
                {
                    text.Append("    ").Append(line).Append('\n');
                }
            }

            AppendRepeats(text, repeats);
        }

        if (exc.Type.IsSubtypeOf(PyExc.SyntaxError) && exc.Dict is { } d && d.TryGetValue("filename", out var f) && f is string file
            && d.TryGetValue("lineno", out var l) && l is long lineNo)
        {
            text.Append("  File \"").Append(file).Append("\", line ").Append(lineNo).Append('\n');
            if (d.TryGetValue("text", out var t) && t is string source)
            {
                long offset = d.TryGetValue("offset", out var o) && o is long off ? off : -1;
                // CPython reads the end position of SyntaxError itself only, not of its subclasses.
                long endOffset = exc.Type == PyExc.SyntaxError && d.TryGetValue("end_offset", out var eo) && eo is long end ? end : -1;
                // Like CPython: an error spanning lines marks its first line to the end.
                if (exc.Type == PyExc.SyntaxError && d.TryGetValue("end_lineno", out var el) && el is long endLine && endLine > lineNo)
                {
                    endOffset = source.Length;
                }

                AppendErrorText(text, source, offset, Math.Min(endOffset, source.Length + 1));
            }

            var msg = d.TryGetValue("msg", out var m) ? Ops.Str(m) : "";
            text.Append(exc.Type.Name).Append(": ").Append(msg).Append('\n');
            return;
        }

        text.Append(Ops.FormatExceptionLine(exc));
        if (Suggestions.For(exc) is { } suggestion)
        {
            text.Append(". Did you mean: '").Append(suggestion).Append("'?");
        }
        text.Append('\n');
    }

    // Like CPython, a frame repeated more than three times in a row (recursion) is printed three times and counted.
    private const int RecursiveCutoff = 3;

    private static void AppendChain(StringBuilder text, PyBaseException exc, HashSet<PyBaseException> seen)
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
    }

    private static void AppendRepeats(StringBuilder text, int repeats)
    {
        var more = repeats - (RecursiveCutoff - 1);
        if (more > 0)
        {
            text.Append("  [Previous line repeated ").Append(more).Append(" more time").Append(more > 1 ? "s" : "").Append("]\n");
        }
    }

    /// <summary>The offending line without its indentation, and the caret line under the error, as CPython prints them.</summary>
    private static void AppendErrorText(StringBuilder text, string source, long offset, long endOffset)
    {
        long carets = endOffset > 0 && endOffset > offset ? endOffset - offset : 1;
        var line = source.AsSpan();
        offset--;
        while (!line.IsEmpty && line[0] is ' ' or '\t' or '\f')
        {
            line = line[1..];
            offset--;
        }

        int length = line.Length > 0 && line[^1] == '\n' ? line.Length - 1 : line.Length;
        offset = Math.Min(offset, length);
        // Text spanning several lines: show the line the offset falls in.
        int newline;
        while ((newline = line.IndexOf('\n')) >= 0 && newline < offset)
        {
            line = line[(newline + 1)..];
            length -= newline + 1;
            offset -= newline + 1;
        }

        text.Append("    ").Append(line);
        if (length == line.Length)
        {
            text.Append('\n');
        }

        if (offset < 0)
        {
            return;
        }

        text.Append("    ").Append(' ', (int)offset).Append('^', (int)carets).Append('\n');
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
