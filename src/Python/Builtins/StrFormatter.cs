using System.Text;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>str.format and str.format_map: replacement fields {name.attr[key]!conv:spec}.</summary>
internal static class StrFormatter
{
    /// <summary>Formats with positional args from args[first..] (keyword values at the end, named by kwnames).</summary>
    public static string Format(string format, object[] args, int first, string[]? kwnames)
    {
        var kwCount = kwnames?.Length ?? 0;
        var positional = new ArraySegment<object>(args, first, args.Length - first - kwCount);
        PyDict? kwargs = null;
        if (kwCount > 0)
        {
            kwargs = new PyDict();
            for (var i = 0; i < kwCount; i++)
            {
                kwargs[kwnames![i]] = args[args.Length - kwCount + i];
            }
        }
        var state = new State(positional, kwargs);
        return Render(format, state, 2);
    }

    public static string FormatMap(string format, object mapping) => Render(format, new State(default, mapping), 2);

    private sealed class State
    {
        public State(ArraySegment<object> positional, object? mapping)
        {
            Positional = positional;
            Mapping = mapping;
        }

        public ArraySegment<object> Positional { get; }

        public object? Mapping { get; }

        /// <summary>Next automatic index, -1 once manual numbering was used.</summary>
        public int AutoIndex { get; set; }

        public bool Manual { get; set; }
    }

    private static string Render(string format, State state, int depth)
    {
        if (depth <= 0)
        {
            throw Ops.ValueError("Max string recursion exceeded");
        }
        var sb = new StringBuilder(format.Length);
        var i = 0;
        while (i < format.Length)
        {
            var c = format[i];
            if (c == '}')
            {
                if (i + 1 < format.Length && format[i + 1] == '}')
                {
                    sb.Append('}');
                    i += 2;
                    continue;
                }
                throw Ops.ValueError("Single '}' encountered in format string");
            }
            if (c != '{')
            {
                sb.Append(c);
                i++;
                continue;
            }
            if (i + 1 < format.Length && format[i + 1] == '{')
            {
                sb.Append('{');
                i += 2;
                continue;
            }
            var end = FindFieldEnd(format, i + 1);
            var field = format[(i + 1)..end];
            sb.Append(RenderField(field, state, depth));
            i = end + 1;
        }
        return sb.ToString();
    }

    // Where a replacement field ends, with CPython's message for each way it can be left open:
    // the field name (brackets skip to ']'), an optional !conversion, then a spec with nested braces.
    private static int FindFieldEnd(string s, int start)
    {
        if (start >= s.Length)
        {
            throw Ops.ValueError("Single '{' encountered in format string");
        }
        var i = start;
        for (; i < s.Length && s[i] is not (':' or '!' or '}'); i++)
        {
            if (s[i] == '[')
            {
                while (i < s.Length && s[i] != ']')
                {
                    i++;
                }
                if (i == s.Length)
                {
                    break;
                }
            }
            else if (s[i] == '{')
            {
                throw Ops.ValueError("unexpected '{' in field name");
            }
        }
        if (i >= s.Length)
        {
            throw Ops.ValueError("expected '}' before end of string");
        }
        if (s[i] == '!')
        {
            if (i + 1 >= s.Length)
            {
                throw Ops.ValueError("end of string while looking for conversion specifier");
            }
            i += 2;
            if (i < s.Length && s[i] is not (':' or '}'))
            {
                throw Ops.ValueError("expected ':' after conversion specifier");
            }
        }
        var depth = 1;
        for (; i < s.Length; i++)
        {
            if (s[i] == '{')
            {
                depth++;
            }
            else if (s[i] == '}' && --depth == 0)
            {
                return i;
            }
        }
        throw Ops.ValueError("unmatched '{' in format spec");
    }

    private static string RenderField(string field, State state, int depth)
    {
        var nameEnd = 0;
        var inBracket = false;
        while (nameEnd < field.Length)
        {
            var c = field[nameEnd];
            if (c == '[')
            {
                inBracket = true;
            }
            else if (c == ']')
            {
                inBracket = false;
            }
            else if (!inBracket && (c == '!' || c == ':'))
            {
                break;
            }
            nameEnd++;
        }
        var name = field[..nameEnd];
        var conversion = '\0';
        var rest = field[nameEnd..];
        if (rest.StartsWith('!'))
        {
            if (rest.Length < 2)
            {
                throw Ops.ValueError("end of string while looking for conversion specifier");
            }
            conversion = rest[1];
            rest = rest[2..];
            if (rest.Length > 0 && rest[0] != ':')
            {
                throw Ops.ValueError("expected ':' after conversion specifier");
            }
        }
        var value = Resolve(name, state);
        var spec = rest.StartsWith(':') ? rest[1..] : "";
        if (spec.Contains('{'))
        {
            spec = Render(spec, state, depth - 1);
        }
        value = conversion switch
        {
            '\0' => value,
            'r' => Ops.Repr(value),
            's' => Ops.Str(value),
            'a' => Ops.Ascii(value),
            _ => throw Ops.ValueError($"Unknown conversion specifier {conversion}"),
        };
        return Ops.Format(value, spec);
    }

    private static object Resolve(string name, State state)
    {
        var i = 0;
        while (i < name.Length && name[i] != '.' && name[i] != '[')
        {
            i++;
        }
        var first = name[..i];
        object value;
        if (first.Length == 0)
        {
            if (state.Manual)
            {
                throw Ops.ValueError("cannot switch from manual field specification to automatic field numbering");
            }
            value = Positional(state, state.AutoIndex++);
        }
        else if (int.TryParse(first, out var index) && first.All(char.IsAsciiDigit))
        {
            if (state.AutoIndex > 0)
            {
                throw Ops.ValueError("cannot switch from automatic field numbering to manual field specification");
            }
            state.Manual = true;
            value = Positional(state, index);
        }
        else
        {
            if (state.Mapping is null)
            {
                throw Ops.KeyError(first);
            }
            value = Ops.GetItem(state.Mapping, first);
        }
        while (i < name.Length)
        {
            if (name[i] == '.')
            {
                var j = i + 1;
                while (j < name.Length && name[j] != '.' && name[j] != '[')
                {
                    j++;
                }
                var attr = name[(i + 1)..j];
                if (attr.Length == 0)
                {
                    throw Ops.ValueError("Empty attribute in format string");
                }
                value = Ops.GetAttr(value, attr);
                i = j;
            }
            else
            {
                var close = name.IndexOf(']', i);
                if (close < 0)
                {
                    throw Ops.ValueError("Missing ']' in format string");
                }
                var key = name[(i + 1)..close];
                if (key.Length == 0)
                {
                    throw Ops.ValueError("Empty attribute in format string");
                }
                value = Ops.GetItem(value, key.Length > 0 && key.All(char.IsAsciiDigit) ? Py.Int(long.Parse(key, System.Globalization.CultureInfo.InvariantCulture)) : key);
                i = close + 1;
                if (i < name.Length && name[i] != '.' && name[i] != '[')
                {
                    throw Ops.ValueError("Only '.' or '[' may follow ']' in format field specifier");
                }
            }
        }
        return value;
    }

    private static object Positional(State state, int index)
    {
        if (index >= state.Positional.Count)
        {
            throw Ops.IndexError($"Replacement index {index} out of range for positional args tuple");
        }
        return state.Positional[index];
    }
}
