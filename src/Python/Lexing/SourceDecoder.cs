using System.Buffers;
using System.Text;
using System.Text.Unicode;
using IronUwsgi.Python.Parsing;

namespace IronUwsgi.Python.Lexing;

/// <summary>
/// Source bytes to text as CPython reads a .py file: a UTF-8 BOM, a PEP 263 encoding
/// declaration on line 1 or 2, UTF-8 otherwise; errors are CPython's SyntaxErrors.
/// </summary>
internal static class SourceDecoder
{
    private static ReadOnlySpan<byte> Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Decodes a source file's bytes; throws <see cref="PythonSyntaxError"/> as CPython does.</summary>
    public static string Decode(ReadOnlySpan<byte> source, string fileName)
    {
        bool bom = source.StartsWith(Bom);
        if (bom)
        {
            source = source[3..];
        }

        string? declared = FindDeclaration(source);
        string text;
        if (declared is null || declared == "utf-8")
        {
            text = DecodeUtf8(source, fileName, declared is not null);
        }
        else
        {
            if (bom)
            {
                throw Error($"encoding problem: {declared} with BOM", fileName, 0);
            }
            var encoding = Codecs.Find(declared) ?? throw Error($"encoding problem: {declared}", fileName, 0);
            try
            {
                text = encoding.GetString(source);
            }
            catch (DecoderFallbackException e)
            {
                throw Error($"(unicode error) '{declared}' codec can't decode byte 0x{(e.BytesUnknown is { Length: > 0 } b ? b[0] : 0):x2}",
                    fileName, 0);
            }
        }

        int nul = text.IndexOf('\0');
        if (nul >= 0)
        {
            throw Error("source code cannot contain null bytes", fileName, LineOf(text.AsSpan(0, nul)));
        }
        return text;
    }

    private static string DecodeUtf8(ReadOnlySpan<byte> source, string fileName, bool declared)
    {
        char[] buffer = ArrayPool<char>.Shared.Rent(source.Length);
        try
        {
            var status = Utf8.ToUtf16(source, buffer, out int read, out int written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                int line = LineOf(source[..read]);
                byte bad = read < source.Length ? source[read] : (byte)0;
                string message = declared
                    ? $"(unicode error) 'utf-8' codec can't decode byte 0x{bad:x2}"
                    : $"Non-UTF-8 code starting with '\\x{bad:x2}' in file {fileName} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details";
                throw Error(message, fileName, line);
            }
            return new string(buffer, 0, written);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>The normalized encoding name a comment on line 1 or 2 declares, or null.</summary>
    internal static string? FindDeclaration(ReadOnlySpan<byte> source)
    {
        var line1 = NextLine(ref source);
        if (CodingSpec(line1, out string? spec))
        {
            return spec;
        }
        // The second line counts only when the first holds nothing but a comment or blanks.
        foreach (byte b in line1)
        {
            if (b == '#')
            {
                break;
            }
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\f' or (byte)'\r' or (byte)'\n'))
            {
                return null;
            }
        }
        var line2 = NextLine(ref source);
        return CodingSpec(line2, out spec) ? spec : null;
    }

    private static ReadOnlySpan<byte> NextLine(ref ReadOnlySpan<byte> source)
    {
        int end = source.IndexOfAny((byte)'\n', (byte)'\r');
        if (end < 0)
        {
            var all = source;
            source = default;
            return all;
        }
        int next = end + (source[end] == '\r' && end + 1 < source.Length && source[end + 1] == '\n' ? 2 : 1);
        var line = source[..next];
        source = source[next..];
        return line;
    }

    /// <summary>CPython's get_coding_spec: a comment-only line containing "coding[:=] name".</summary>
    private static bool CodingSpec(ReadOnlySpan<byte> line, out string? spec)
    {
        spec = null;
        int i = 0;
        while (i < line.Length && line[i] is (byte)' ' or (byte)'\t' or (byte)'\f')
        {
            i++;
        }
        if (i >= line.Length || line[i] != '#')
        {
            return false;
        }
        var rest = line[i..];
        int at = 0;
        while (true)
        {
            int found = rest[at..].IndexOf("coding"u8);
            if (found < 0)
            {
                return false;
            }
            int t = at + found + 6;
            at = at + found + 1;
            if (t >= rest.Length || (rest[t] != ':' && rest[t] != '='))
            {
                continue;
            }
            do
            {
                t++;
            }
            while (t < rest.Length && rest[t] is (byte)' ' or (byte)'\t');
            int begin = t;
            while (t < rest.Length && (char.IsAsciiLetterOrDigit((char)rest[t]) || rest[t] is (byte)'-' or (byte)'_' or (byte)'.'))
            {
                t++;
            }
            if (t > begin)
            {
                spec = NormalName(Encoding.ASCII.GetString(rest[begin..t]));
                return true;
            }
        }
    }

    /// <summary>CPython's get_normal_name: the spellings of utf-8 and latin-1 it recognises itself.</summary>
    private static string NormalName(string name)
    {
        string lower = name.Length > 12 ? name[..12] : name;
        lower = lower.Replace('_', '-').ToLowerInvariant();
        if (lower == "utf-8" || lower.StartsWith("utf-8-", StringComparison.Ordinal))
        {
            return "utf-8";
        }
        if (lower is "latin-1" or "iso-8859-1" or "iso-latin-1" || lower.StartsWith("latin-1-", StringComparison.Ordinal)
            || lower.StartsWith("iso-8859-1-", StringComparison.Ordinal) || lower.StartsWith("iso-latin-1-", StringComparison.Ordinal))
        {
            return "iso-8859-1";
        }
        return name;
    }

    private static int LineOf(ReadOnlySpan<byte> before) => before.Count((byte)'\n') + 1;

    private static int LineOf(ReadOnlySpan<char> before) => before.Count('\n') + 1;

    private static PythonSyntaxError Error(string message, string fileName, int line) =>
        new(SyntaxErrorKind.SyntaxError, message, fileName, line, -1, line, -1, null);
}
