using System.Text;

namespace IronUwsgi.Python.Ast;

/// <summary>Writes a tree exactly as CPython 3.11's <c>ast.dump(tree, include_attributes=...)</c> does.</summary>
internal sealed partial class AstDumper
{
    private readonly StringBuilder _out = new();
    private readonly bool _includeAttributes;

    private AstDumper(bool includeAttributes) => _includeAttributes = includeAttributes;

    public static string Dump(Node node, bool includeAttributes = false)
    {
        var dumper = new AstDumper(includeAttributes);
        dumper.WriteNode(node);
        return dumper._out.ToString();
    }

    private void Begin(string name) => _out.Append(name).Append('(');

    // Every value written ends in something other than '(', so an open paren means "first argument".
    private void Separate(string name)
    {
        if (_out[^1] != '(')
        {
            _out.Append(", ");
        }

        _out.Append(name).Append('=');
    }

    private void End(Node node)
    {
        if (_includeAttributes && node is LocatedNode located)
        {
            Field("lineno", located.Lineno);
            Field("col_offset", located.ColOffset);
            Field("end_lineno", located.EndLineno);
            Field("end_col_offset", located.EndColOffset);
        }

        _out.Append(')');
    }

    private void Field(string name, Node value)
    {
        Separate(name);
        WriteNode(value);
    }

    private void Field(string name, string value)
    {
        Separate(name);
        PyRepr.AppendStr(_out, value);
    }

    private void Field(string name, int value)
    {
        Separate(name);
        _out.Append(value);
    }

    private void Field<TEnum>(string name, TEnum value)
        where TEnum : struct, Enum
    {
        Separate(name);
        _out.Append(value.ToString()).Append("()");
    }

    private void Field(string name, object? constant)
    {
        Separate(name);
        PyRepr.AppendConstant(_out, constant);
    }

    private void OptionalField(string name, Node? value)
    {
        if (value is not null)
        {
            Field(name, value);
        }
    }

    private void OptionalField(string name, string? value)
    {
        if (value is not null)
        {
            Field(name, value);
        }
    }

    private void OptionalField(string name, int? value)
    {
        if (value is { } v)
        {
            Field(name, v);
        }
    }

    private void ListField<T>(string name, List<T> items)
        where T : Node?
    {
        Separate(name);
        _out.Append('[');
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                _out.Append(", ");
            }

            if (items[i] is { } item)
            {
                WriteNode(item);
            }
            else
            {
                _out.Append("None");
            }
        }

        _out.Append(']');
    }

    private void ListField(string name, List<string> items)
    {
        Separate(name);
        _out.Append('[');
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                _out.Append(", ");
            }

            PyRepr.AppendStr(_out, items[i]);
        }

        _out.Append(']');
    }

    private void ListField(string name, List<CmpOpKind> items)
    {
        Separate(name);
        _out.Append('[');
        for (int i = 0; i < items.Count; i++)
        {
            if (i > 0)
            {
                _out.Append(", ");
            }

            _out.Append(items[i].ToString()).Append("()");
        }

        _out.Append(']');
    }
}
