using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>A parsed format specification: [[fill]align][sign][z][#][0][width][grouping][.precision][type].</summary>
internal readonly record struct FormatSpec(
    string Fill, char Align, char Sign, bool NoNegativeZero, bool Alternate, int Width, char Grouping, int Precision, char Type)
{
    /// <summary>Align is '\0' and Type is '\0' when not given; Width and Precision are -1 when not given.</summary>
    public static FormatSpec Parse(string spec, string typeName)
    {
        var i = 0;
        var fill = " ";
        var align = '\0';
        var fillGiven = false;
        var fillWidth = spec.Length > 0 ? CodePoints.Width(spec, 0) : 1;
        if (spec.Length > fillWidth && IsAlign(spec[fillWidth]))
        {
            fill = spec[..fillWidth];
            fillGiven = true;
            align = spec[fillWidth];
            i = fillWidth + 1;
        }
        else if (spec.Length >= 1 && IsAlign(spec[0]))
        {
            align = spec[0];
            i = 1;
        }
        var sign = '\0';
        if (i < spec.Length && spec[i] is '+' or '-' or ' ')
        {
            sign = spec[i++];
        }
        var z = false;
        if (i < spec.Length && spec[i] == 'z')
        {
            z = true;
            i++;
        }
        var alternate = false;
        if (i < spec.Length && spec[i] == '#')
        {
            alternate = true;
            i++;
        }
        if (i < spec.Length && spec[i] == '0')
        {
            // As CPython: '0' pads with zeros unless a fill was given, and means '=' only for numbers without an alignment.
            if (!fillGiven)
            {
                fill = "0";
                if (align == '\0' && typeName != "str")
                {
                    align = '=';
                }
            }
            i++;
        }
        var width = ReadNumber(spec, ref i);
        var grouping = '\0';
        if (i < spec.Length && spec[i] is ',' or '_')
        {
            grouping = spec[i++];
            if (i < spec.Length && spec[i] is ',' or '_')
            {
                throw Ops.ValueError(spec[i] == grouping ? $"Cannot specify '{grouping}' with '{grouping}'." : "Cannot specify both ',' and '_'.");
            }
        }
        var precision = -1;
        if (i < spec.Length && spec[i] == '.')
        {
            i++;
            precision = ReadNumber(spec, ref i);
            if (precision < 0)
            {
                throw Ops.ValueError("Format specifier missing precision");
            }
        }
        var type = '\0';
        if (i < spec.Length)
        {
            type = spec[i++];
        }
        if (i < spec.Length)
        {
            throw Ops.ValueError($"Invalid format specifier '{spec}' for object of type '{typeName}'");
        }
        return new FormatSpec(fill, align, sign, z, alternate, width, grouping, precision, type);
    }

    private static bool IsAlign(char c) => c is '<' or '>' or '=' or '^';

    private static int ReadNumber(string s, ref int i)
    {
        var start = i;
        var n = 0;
        while (i < s.Length && char.IsAsciiDigit(s[i]))
        {
            n = checked((n * 10) + (s[i] - '0'));
            i++;
        }
        return i == start ? -1 : n;
    }
}
