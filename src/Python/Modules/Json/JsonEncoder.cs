using System.Globalization;
using System.Numerics;
using System.Text;
using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules.Json;

/// <summary>
/// The JSON encoder (CPython's c_make_encoder, plus indentation): writes a whole document into one
/// buffer, calling back into Python only for default() and a custom string encoder.
/// </summary>
internal sealed class JsonEncoder
{
    private readonly HashSet<object>? markers;
    private readonly object defaultFn;
    private readonly object stringEncoder;
    private readonly bool? asciiOnly;
    private readonly string? indent;
    private readonly string keySeparator;
    private readonly string itemSeparator;
    private readonly bool sortKeys;
    private readonly bool skipKeys;
    private readonly bool allowNan;

    public JsonEncoder(object?[] a, object quoteAscii, object quoteUnicode)
    {
        markers = a[0] is PyNone ? null : new HashSet<object>(ReferenceEqualityComparer.Instance);
        defaultFn = a[1]!;
        stringEncoder = a[2]!;
        asciiOnly = stringEncoder == quoteAscii ? true : stringEncoder == quoteUnicode ? false : null;
        indent = a[3] switch
        {
            PyNone => null,
            string s => s,
            PyValueInstance { Value: string s } => s,
            var n => new string(' ', (int)Math.Max(0, Ops.IndexAsLong(n!))),
        };
        keySeparator = Text(a[4]!, "key_separator");
        itemSeparator = Text(a[5]!, "item_separator");
        sortKeys = Ops.IsTrue(a[6]!);
        skipKeys = Ops.IsTrue(a[7]!);
        allowNan = Ops.IsTrue(a[8]!);
    }

    private static string Text(object o, string what) => o switch
    {
        string s => s,
        PyValueInstance { Value: string s } => s,
        _ => throw Ops.TypeError($"make_encoder() argument {what} must be str, not {Ops.TypeName(o)}"),
    };

    private int depthLeft;

    public object Encode(object obj, object level)
    {
        depthLeft = JsonDepth.Available();
        var sb = new StringBuilder();
        Write(sb, obj, (int)Ops.IndexAsLong(level));
        return new PyList([sb.ToString()]);
    }

    private void Write(StringBuilder sb, object o, int level)
    {
        switch (o)
        {
            case string s:
                WriteString(sb, s);
                return;
            case PyNone:
                sb.Append("null");
                return;
            case bool b:
                sb.Append(b ? "true" : "false");
                return;
            case long l:
                sb.Append(l.ToString(CultureInfo.InvariantCulture));
                return;
            case BigInteger big:
                sb.Append(big.ToString(CultureInfo.InvariantCulture));
                return;
            case double d:
                sb.Append(Float(d));
                return;
            case PyValueInstance { Value: string s }:
                WriteString(sb, s);
                return;
            case PyValueInstance { Value: long or BigInteger or double } v:
                Write(sb, v.Value, level);
                return;
            case PyList list:
                WriteArray(sb, o, list.ToArray(), level);
                return;
            case PyTuple tuple:
                WriteArray(sb, o, tuple.Items, level);
                return;
            case PyDict dict:
                WriteObject(sb, dict, level);
                return;
        }
        Enter(o);
        Write(sb, Ops.Call(defaultFn, o), level);
        Leave(o);
    }

    private void Enter(object o)
    {
        if (--depthLeft < 0)
        {
            throw Ops.Error(PyExc.RecursionError, "maximum recursion depth exceeded while encoding a JSON object");
        }
        if (markers is not null && !markers.Add(o))
        {
            throw Ops.ValueError("Circular reference detected");
        }
    }

    private void Leave(object o)
    {
        depthLeft++;
        markers?.Remove(o);
    }

    private void WriteString(StringBuilder sb, string s)
    {
        if (asciiOnly is { } ascii)
        {
            JsonStrings.Quote(sb, s, ascii);
            return;
        }
        var r = Ops.Call(stringEncoder, s);
        sb.Append(r as string ?? throw Ops.TypeError($"encoder() must return a string, not {Ops.TypeName(r)}"));
    }

    private string Float(double d)
    {
        if (double.IsFinite(d))
        {
            return FloatRepr.Repr(d);
        }
        if (!allowNan)
        {
            // The pure-Python path (taken by CPython whenever indent is set) names the value.
            throw Ops.ValueError(indent is null
                ? "Out of range float values are not JSON compliant"
                : "Out of range float values are not JSON compliant: " + FloatRepr.Repr(d));
        }
        return double.IsNaN(d) ? "NaN" : d > 0 ? "Infinity" : "-Infinity";
    }

    private void NewLine(StringBuilder sb, int level)
    {
        sb.Append('\n');
        for (var i = 0; i < level; i++)
        {
            sb.Append(indent);
        }
    }

    private void WriteArray(StringBuilder sb, object o, object[] items, int level)
    {
        if (items.Length == 0)
        {
            sb.Append("[]");
            return;
        }
        Enter(o);
        sb.Append('[');
        if (indent is not null)
        {
            NewLine(sb, level + 1);
        }
        for (var i = 0; i < items.Length; i++)
        {
            if (i > 0)
            {
                sb.Append(itemSeparator);
                if (indent is not null)
                {
                    NewLine(sb, level + 1);
                }
            }
            Write(sb, items[i], level + 1);
        }
        if (indent is not null)
        {
            NewLine(sb, level);
        }
        sb.Append(']');
        Leave(o);
    }

    private void WriteObject(StringBuilder sb, PyDict dict, int level)
    {
        if (dict.Count == 0)
        {
            sb.Append("{}");
            return;
        }
        Enter(dict);
        sb.Append('{');
        if (indent is not null)
        {
            NewLine(sb, level + 1);
        }
        var first = true;
        foreach (var (key, value) in Items(dict))
        {
            string text;
            switch (key)
            {
                case string s:
                    text = s;
                    break;
                case PyValueInstance { Value: string s }:
                    text = s;
                    break;
                case double or PyValueInstance { Value: double }:
                    text = Float(Ops.ToFloat(key));
                    break;
                case bool b:
                    text = b ? "true" : "false";
                    break;
                case PyNone:
                    text = "null";
                    break;
                case long or BigInteger or PyValueInstance { Value: long or BigInteger }:
                    text = Formatter.IntToString(key is PyValueInstance v ? v.Value : key);
                    break;
                default:
                    if (skipKeys)
                    {
                        continue;
                    }
                    throw Ops.TypeError($"keys must be str, int, float, bool or None, not {Ops.TypeName(key)}");
            }
            if (!first)
            {
                sb.Append(itemSeparator);
                if (indent is not null)
                {
                    NewLine(sb, level + 1);
                }
            }
            first = false;
            WriteString(sb, text);
            sb.Append(keySeparator);
            Write(sb, value, level + 1);
        }
        if (indent is not null)
        {
            NewLine(sb, level);
        }
        sb.Append('}');
        Leave(dict);
    }

    private List<(object Key, object Value)> Items(PyDict dict)
    {
        var items = new List<(object, object)>(dict.Count);
        if (sortKeys || dict.Type != Py.DictType)
        {
            var pairs = new PyList();
            foreach (var item in Ops.ToArray(Ops.Call(Ops.GetAttr(dict, "items"))))
            {
                pairs.Add(item);
            }
            if (sortKeys)
            {
                Sorting.Sort(pairs, null, false);
            }
            foreach (var pair in pairs.AsSpan())
            {
                var t = (PyTuple)pair;
                items.Add((t.Items[0], t.Items[1]));
            }
            return items;
        }
        var pos = 0;
        while (dict.TryGetEntry(ref pos, out var k, out var v))
        {
            items.Add((k, v));
        }
        return items;
    }
}
