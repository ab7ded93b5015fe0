using System.Globalization;
using System.Numerics;
using System.Text;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules.Json;

/// <summary>
/// The JSON decoder's scanner (CPython's c_make_scanner): parses one value at an index with the
/// decoder's hooks and raises json.decoder.JSONDecodeError with CPython's messages and positions.
/// </summary>
internal sealed class JsonScanner
{
    private readonly Func<string, string, int, PythonException> error;
    private readonly bool strict;
    private readonly object? objectHook;
    private readonly object? pairsHook;
    private readonly object parseFloat;
    private readonly object parseInt;
    private readonly object parseConstant;
    private int depthLeft;

    public JsonScanner(object context, Func<string, string, int, PythonException> error)
    {
        this.error = error;
        strict = Ops.IsTrue(Ops.GetAttr(context, "strict"));
        objectHook = NoneToNull(Ops.GetAttr(context, "object_hook"));
        pairsHook = NoneToNull(Ops.GetAttr(context, "object_pairs_hook"));
        parseFloat = Ops.GetAttr(context, "parse_float");
        parseInt = Ops.GetAttr(context, "parse_int");
        parseConstant = Ops.GetAttr(context, "parse_constant");
    }

    private static object? NoneToNull(object o) => o is PyNone ? null : o;

    /// <summary>Parses the value starting exactly at <paramref name="idx"/>; StopIteration(idx) when none starts there.</summary>
    public object ScanOnce(string s, int idx)
    {
        if (idx < 0)
        {
            throw Ops.ValueError("idx cannot be negative");
        }
        depthLeft = JsonDepth.Available();
        var value = Scan(s, idx, out var end);
        return new PyTuple([value, Py.Int(end)]);
    }

    private object Scan(string s, int idx, out int end)
    {
        if (idx >= s.Length)
        {
            throw Ops.StopIteration(Py.Int(idx));
        }
        switch (s[idx])
        {
            case '"':
                return JsonStrings.Scan(s, idx + 1, strict, error, out end);
            case '{':
                Nest("object");
                var obj = ScanObject(s, idx + 1, out end);
                depthLeft++;
                return obj;
            case '[':
                Nest("array");
                var array = ScanArray(s, idx + 1, out end);
                depthLeft++;
                return array;
            case 'n' when Matches(s, idx, "null"):
                end = idx + 4;
                return Py.None;
            case 't' when Matches(s, idx, "true"):
                end = idx + 4;
                return Py.True;
            case 'f' when Matches(s, idx, "false"):
                end = idx + 5;
                return Py.False;
            case 'N' when Matches(s, idx, "NaN"):
                end = idx + 3;
                return Ops.Call(parseConstant, "NaN");
            case 'I' when Matches(s, idx, "Infinity"):
                end = idx + 8;
                return Ops.Call(parseConstant, "Infinity");
            case '-' when Matches(s, idx, "-Infinity"):
                end = idx + 9;
                return Ops.Call(parseConstant, "-Infinity");
        }
        return ScanNumber(s, idx, out end);
    }

    private void Nest(string what)
    {
        if (--depthLeft < 0)
        {
            throw Ops.Error(PyExc.RecursionError, $"maximum recursion depth exceeded while decoding a JSON {what} from a unicode string");
        }
    }

    private static bool Matches(string s, int idx, string word) => string.CompareOrdinal(s, idx, word, 0, word.Length) == 0;

    private object ScanNumber(string s, int start, out int end)
    {
        var i = start;
        if (i < s.Length && s[i] == '-')
        {
            i++;
        }
        if (i < s.Length && s[i] == '0')
        {
            i++;
        }
        else if (i < s.Length && s[i] is >= '1' and <= '9')
        {
            while (++i < s.Length && char.IsAsciiDigit(s[i]))
            {
            }
        }
        else
        {
            throw Ops.StopIteration(Py.Int(start));
        }
        var isFloat = false;
        if (i + 1 < s.Length && s[i] == '.' && char.IsAsciiDigit(s[i + 1]))
        {
            isFloat = true;
            i += 2;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                i++;
            }
        }
        if (i < s.Length && s[i] is 'e' or 'E')
        {
            var j = i + 1;
            if (j < s.Length && s[j] is '+' or '-')
            {
                j++;
            }
            if (j < s.Length && char.IsAsciiDigit(s[j]))
            {
                while (j < s.Length && char.IsAsciiDigit(s[j]))
                {
                    j++;
                }
                isFloat = true;
                i = j;
            }
        }
        end = i;
        if (!isFloat && parseInt == Py.IntType && i - start <= 18)
        {
            // Up to 18 digits fit a long: no substring, no parser.
            var negative = s[start] == '-';
            long value = 0;
            for (var k = negative ? start + 1 : start; k < i; k++)
            {
                value = (value * 10) + (s[k] - '0');
            }
            return Py.Int(negative ? -value : value);
        }
        var text = s.Substring(start, i - start);
        if (isFloat)
        {
            return parseFloat == Py.FloatType ? double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture) : Ops.Call(parseFloat, text);
        }
        if (parseInt != Py.IntType)
        {
            return Ops.Call(parseInt, text);
        }
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var l)
            ? Py.Int(l)
            : Py.Int(BigInteger.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
    }

    private static int SkipSpace(string s, int i)
    {
        while (i < s.Length && s[i] is ' ' or '\t' or '\n' or '\r')
        {
            i++;
        }
        return i;
    }

    private object ScanValue(string s, int idx, out int end)
    {
        try
        {
            return Scan(s, idx, out end);
        }
        catch (PythonException e) when (Ops.Matches(e, PyExc.StopIteration))
        {
            throw error("Expecting value", s, idx);
        }
    }

    private object ScanArray(string s, int idx, out int end)
    {
        var list = new PyList();
        idx = SkipSpace(s, idx);
        if (idx < s.Length && s[idx] == ']')
        {
            end = idx + 1;
            return list;
        }
        while (true)
        {
            list.Add(ScanValue(s, idx, out idx));
            idx = SkipSpace(s, idx);
            if (idx < s.Length && s[idx] == ']')
            {
                end = idx + 1;
                return list;
            }
            if (idx >= s.Length || s[idx] != ',')
            {
                throw error("Expecting ',' delimiter", s, idx);
            }
            idx = SkipSpace(s, idx + 1);
        }
    }

    private object ScanObject(string s, int idx, out int end)
    {
        var pairs = pairsHook is null ? null : new PyList();
        var dict = pairsHook is null ? new PyDict() : null;
        idx = SkipSpace(s, idx);
        if (idx < s.Length && s[idx] == '}')
        {
            end = idx + 1;
            return Finish(dict, pairs);
        }
        while (true)
        {
            if (idx >= s.Length || s[idx] != '"')
            {
                throw error("Expecting property name enclosed in double quotes", s, idx);
            }
            var key = JsonStrings.Scan(s, idx + 1, strict, error, out idx);
            idx = SkipSpace(s, idx);
            if (idx >= s.Length || s[idx] != ':')
            {
                throw error("Expecting ':' delimiter", s, idx);
            }
            idx = SkipSpace(s, idx + 1);
            var value = ScanValue(s, idx, out idx);
            if (pairs is not null)
            {
                pairs.Add(new PyTuple([key, value]));
            }
            else
            {
                dict![key] = value;
            }
            idx = SkipSpace(s, idx);
            if (idx < s.Length && s[idx] == '}')
            {
                end = idx + 1;
                return Finish(dict, pairs);
            }
            if (idx >= s.Length || s[idx] != ',')
            {
                throw error("Expecting ',' delimiter", s, idx);
            }
            idx = SkipSpace(s, idx + 1);
        }
    }

    private object Finish(PyDict? dict, PyList? pairs)
    {
        if (pairs is not null)
        {
            return Ops.Call(pairsHook!, pairs);
        }
        return objectHook is null ? dict! : Ops.Call(objectHook, dict!);
    }
}

/// <summary>JSON string literals: scanning (with \u escapes and surrogate pairs) and the two quoting styles of the encoder.</summary>
internal static class JsonStrings
{
    /// <summary>Reads the string whose opening quote is just before <paramref name="start"/>.</summary>
    public static string Scan(string s, int start, bool strict, Func<string, string, int, PythonException> error, out int end)
    {
        var begin = start - 1;
        var i = start;
        while (i < s.Length && s[i] != '"' && s[i] != '\\' && (s[i] >= 0x20 || !strict))
        {
            i++;
        }
        if (i < s.Length && s[i] == '"')
        {
            end = i + 1;
            return s.Substring(start, i - start);
        }
        var sb = new StringBuilder(s, start, i - start, Math.Max(16, (i - start) * 2));
        while (true)
        {
            if (i >= s.Length)
            {
                throw error("Unterminated string starting at", s, begin);
            }
            var c = s[i];
            if (c == '"')
            {
                end = i + 1;
                return sb.ToString();
            }
            if (c < 0x20 && strict)
            {
                throw error("Invalid control character at", s, i);
            }
            if (c != '\\')
            {
                sb.Append(c);
                i++;
                continue;
            }
            if (i + 1 >= s.Length)
            {
                throw error("Unterminated string starting at", s, begin);
            }
            var esc = s[i + 1];
            switch (esc)
            {
                case '"': sb.Append('"'); break;
                case '\\': sb.Append('\\'); break;
                case '/': sb.Append('/'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                    var unit = Hex4(s, i + 2, error);
                    i += 6;
                    if (unit is >= 0xD800 and <= 0xDBFF && i + 1 < s.Length && s[i] == '\\' && s[i + 1] == 'u')
                    {
                        var low = Hex4(s, i + 2, error);
                        if (low is >= 0xDC00 and <= 0xDFFF)
                        {
                            sb.Append((char)unit).Append((char)low);
                            i += 6;
                            continue;
                        }
                    }
                    sb.Append((char)unit);
                    continue;
                default:
                    throw error("Invalid \\escape", s, i);
            }
            i += 2;
        }
    }

    private static int Hex4(string s, int at, Func<string, string, int, PythonException> error)
    {
        if (at + 4 > s.Length)
        {
            throw error("Invalid \\uXXXX escape", s, at - 1);
        }
        var v = 0;
        for (var k = at; k < at + 4; k++)
        {
            var d = HexValue(s[k]);
            if (d < 0)
            {
                throw error("Invalid \\uXXXX escape", s, at - 1);
            }
            v = (v << 4) | d;
        }
        return v;
    }

    private static int HexValue(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>A quoted JSON string; with <paramref name="asciiOnly"/> every non-ASCII UTF-16 unit becomes \uXXXX.</summary>
    public static void Quote(StringBuilder sb, string s, bool asciiOnly)
    {
        sb.Append('"');
        var run = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c >= 0x20 && c != '"' && c != '\\' && (c < 0x7F || !asciiOnly))
            {
                continue;
            }
            sb.Append(s, run, i - run);
            run = i + 1;
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
            }
        }
        sb.Append(s, run, s.Length - run).Append('"');
    }

    public static string Quote(string s, bool asciiOnly)
    {
        var sb = new StringBuilder(s.Length + 2);
        Quote(sb, s, asciiOnly);
        return sb.ToString();
    }
}
