using System.Globalization;
using System.Numerics;
using System.Text;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Tests.Objects;

/// <summary>
/// Reads Python literals (numbers, strings, bytes, None/True/False, tuples, lists, dicts, sets)
/// so data-driven tests can state inputs the way CPython printed them.
/// </summary>
internal sealed class PyLiteral
{
    private readonly string text;
    private int pos;

    private PyLiteral(string text) => this.text = text;

    public static object Parse(string text)
    {
        var p = new PyLiteral(text);
        var v = p.Value();
        p.Skip();
        if (p.pos != text.Length)
        {
            throw new FormatException($"trailing text in literal: {text[p.pos..]}");
        }
        return v;
    }

    private void Skip()
    {
        while (pos < text.Length && text[pos] == ' ')
        {
            pos++;
        }
    }

    private object Value()
    {
        Skip();
        var c = text[pos];
        switch (c)
        {
            case '(':
                pos++;
                var items = Sequence(')', out var trailingComma);
                return items.Count == 1 && !trailingComma ? items[0] : new PyTuple(items.ToArray());
            case '[':
                pos++;
                return new PyList(Sequence(']', out _).ToArray());
            case '{':
                return Braces();
            case '\'' or '"':
                return Str();
            case 'b' when pos + 1 < text.Length && text[pos + 1] is '\'' or '"':
                pos++;
                return new PyBytes(Encoding.Latin1.GetBytes(Str()));
        }
        if (Word("slice("))
        {
            var parts = Sequence(')', out _);
            return new PySlice(parts[0], parts[1], parts[2]);
        }
        if (Word("range("))
        {
            var parts = Sequence(')', out _);
            return Ops.Call(Py.RangeType, parts.ToArray());
        }
        if (Word("set()"))
        {
            return new PySet();
        }
        if (Word("None"))
        {
            return Py.None;
        }
        if (Word("True"))
        {
            return Py.True;
        }
        if (Word("False"))
        {
            return Py.False;
        }
        if (Word("inf"))
        {
            return double.PositiveInfinity;
        }
        if (Word("nan"))
        {
            return double.NaN;
        }
        return Number();
    }

    private bool Word(string w)
    {
        if (string.CompareOrdinal(text, pos, w, 0, w.Length) == 0)
        {
            pos += w.Length;
            return true;
        }
        return false;
    }

    private List<object> Sequence(char close, out bool trailingComma)
    {
        var items = new List<object>();
        trailingComma = false;
        while (true)
        {
            Skip();
            if (text[pos] == close)
            {
                pos++;
                return items;
            }
            items.Add(Value());
            Skip();
            trailingComma = false;
            if (text[pos] == ',')
            {
                pos++;
                trailingComma = true;
            }
        }
    }

    private object Braces()
    {
        pos++;
        Skip();
        if (text[pos] == '}')
        {
            pos++;
            return new PyDict();
        }
        var first = Value();
        Skip();
        if (text[pos] == ':')
        {
            pos++;
            var d = new PyDict();
            d[first] = Value();
            while (true)
            {
                Skip();
                if (text[pos] == '}')
                {
                    pos++;
                    return d;
                }
                pos++; // ','
                Skip();
                if (text[pos] == '}')
                {
                    pos++;
                    return d;
                }
                var k = Value();
                Skip();
                pos++; // ':'
                d[k] = Value();
            }
        }
        var s = new PySet();
        s.Add(first);
        if (text[pos] == ',')
        {
            pos++;
        }
        foreach (var v in Sequence('}', out _))
        {
            s.Add(v);
        }
        return s;
    }

    private string Str()
    {
        var quote = text[pos++];
        var sb = new StringBuilder();
        while (text[pos] != quote)
        {
            var c = text[pos++];
            if (c != '\\')
            {
                sb.Append(c);
                continue;
            }
            var e = text[pos++];
            switch (e)
            {
                case 'n': sb.Append('\n'); break;
                case 't': sb.Append('\t'); break;
                case 'r': sb.Append('\r'); break;
                case '0': sb.Append('\0'); break;
                case 'x':
                    sb.Append((char)int.Parse(text.AsSpan(pos, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    pos += 2;
                    break;
                case 'u':
                    sb.Append((char)int.Parse(text.AsSpan(pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    pos += 4;
                    break;
                default: sb.Append(e); break;
            }
        }
        pos++;
        return sb.ToString();
    }

    private object Number()
    {
        var start = pos;
        if (text[pos] is '-' or '+')
        {
            pos++;
        }
        if (Word("inf"))
        {
            return text[start] == '-' ? double.NegativeInfinity : double.PositiveInfinity;
        }
        var isFloat = false;
        while (pos < text.Length && (char.IsAsciiDigit(text[pos]) || text[pos] is '.' or 'e' or 'E' || (text[pos] is '-' or '+' && text[pos - 1] is 'e' or 'E')))
        {
            isFloat |= text[pos] is '.' or 'e' or 'E';
            pos++;
        }
        var s = text[start..pos];
        if (pos < text.Length && text[pos] == 'j')
        {
            pos++;
            return new Complex(0, double.Parse(s, CultureInfo.InvariantCulture));
        }
        if (isFloat)
        {
            return double.Parse(s, CultureInfo.InvariantCulture);
        }
        return Py.Int(BigInteger.Parse(s, CultureInfo.InvariantCulture));
    }

    /// <summary>The result of running <paramref name="action"/> as CPython's tests print it: repr, or "Type: message".</summary>
    public static string Outcome(Func<object> action)
    {
        try
        {
            return Ops.Repr(action());
        }
        catch (PythonException e)
        {
            var msg = Ops.Str(e.Value);
            return msg.Length == 0 ? e.Value.Type.Name : e.Value.Type.Name + ": " + msg;
        }
    }
}
