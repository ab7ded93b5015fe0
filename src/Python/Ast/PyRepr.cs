using System.Globalization;
using System.Numerics;
using System.Text;
using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Lexing;

namespace IronUwsgi.Python.Ast;

/// <summary>Python's <c>repr()</c> of the values a <see cref="Constant"/> can hold.</summary>
internal static class PyRepr
{
    public static void AppendConstant(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("None");
                break;
            case bool b:
                sb.Append(b ? "True" : "False");
                break;
            case int i:
                sb.Append(i);
                break;
            case long l:
                sb.Append(l);
                break;
            case BigInteger big:
                sb.Append(big.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                sb.Append(FloatRepr.Repr(d));
                break;
            case Complex c:
                sb.Append(ComplexMethods.Repr(c));
                break;
            case string s:
                AppendStr(sb, s);
                break;
            case byte[] bytes:
                sb.Append(BytesMethods.Repr(bytes));
                break;
            case EllipsisValue:
                sb.Append("Ellipsis");
                break;
            default:
                throw new ArgumentException($"not a constant value: {value.GetType().Name}", nameof(value));
        }
    }

    /// <summary>repr(str): CPython picks single quotes unless the text has ' and no ".</summary>
    public static void AppendStr(StringBuilder sb, string s)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        sb.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == quote || c == '\\')
            {
                sb.Append('\\').Append(c);
            }
            else if (c == '\t')
            {
                sb.Append("\\t");
            }
            else if (c == '\n')
            {
                sb.Append("\\n");
            }
            else if (c == '\r')
            {
                sb.Append("\\r");
            }
            else if (c < 0x20 || c == 0x7f)
            {
                sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            }
            else if (c < 0x7f)
            {
                sb.Append(c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                int cp = char.ConvertToUtf32(c, s[i + 1]);
                if (UnicodeTables.IsPrintable(cp))
                {
                    sb.Append(c).Append(s[i + 1]);
                }
                else
                {
                    sb.Append("\\U").Append(cp.ToString("x8", CultureInfo.InvariantCulture));
                }

                i++;
            }
            else if (UnicodeTables.IsPrintable(c))
            {
                sb.Append(c);
            }
            else if (c < 0x100)
            {
                sb.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
            }
            else
            {
                sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
        }

        sb.Append(quote);
    }
}
