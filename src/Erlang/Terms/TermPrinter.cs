using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace IronUwsgi.Erlang.Terms;

/// <summary>
/// Prints terms in Erlang syntax as <c>~p</c> would (strings and printable binaries as text).
/// Pids, references and ports, which Erlang cannot write down, print as
/// <c>#Pid&lt;node.Id.Serial.Creation&gt;</c>, <c>#Ref&lt;node.Creation.Id...&gt;</c> and
/// <c>#Port&lt;node.Id.Creation&gt;</c>, which <see cref="TermParser"/> reads back. Iterative, for deep terms.
/// </summary>
internal static class TermPrinter
{
    private static readonly FrozenSet<string> ReservedWords = new[]
    {
        "after", "and", "andalso", "band", "begin", "bnot", "bor", "bsl", "bsr", "bxor", "case", "catch",
        "cond", "div", "else", "end", "fun", "if", "let", "maybe", "not", "of", "or", "orelse", "receive",
        "rem", "try", "when", "xor",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static string Print(ErlTerm term)
    {
        var output = new StringBuilder();
        var pending = new Stack<object>();
        pending.Push(term);
        while (pending.TryPop(out var next))
        {
            if (next is string text)
            {
                output.Append(text);
                continue;
            }
            switch ((ErlTerm)next)
            {
                case ErlTuple tuple:
                    output.Append('{');
                    pending.Push("}");
                    PushSeparated(pending, tuple.Elements);
                    break;
                case ErlList list when list.IsEmpty:
                    output.Append("[]");
                    break;
                case ErlList list when IsPrintable(list):
                    AppendString(output, list);
                    break;
                case ErlList list:
                    output.Append('[');
                    pending.Push("]");
                    if (!list.IsProper)
                    {
                        pending.Push(list.Tail);
                        pending.Push("|");
                    }
                    PushSeparated(pending, list.Items);
                    break;
                case ErlMap map:
                    output.Append("#{");
                    pending.Push("}");
                    for (int i = map.Count - 1; i >= 0; i--)
                    {
                        pending.Push(map.Entries[i].Value);
                        pending.Push(" => ");
                        pending.Push(map.Entries[i].Key);
                        if (i > 0)
                            pending.Push(",");
                    }
                    break;
                case ErlFun fun:
                    output.Append("#Fun<");
                    AppendAtom(output, fun.Module);
                    output.Append(CultureInfo.InvariantCulture, $".{fun.Index}.{fun.OldUniq}>");
                    break;
                default:
                    AppendLeaf(output, (ErlTerm)next);
                    break;
            }
        }
        return output.ToString();
    }

    private static void PushSeparated(Stack<object> pending, ReadOnlySpan<ErlTerm> terms)
    {
        for (int i = terms.Length - 1; i >= 0; i--)
        {
            pending.Push(terms[i]);
            if (i > 0)
                pending.Push(",");
        }
    }

    private static void AppendLeaf(StringBuilder output, ErlTerm term)
    {
        var invariant = CultureInfo.InvariantCulture;
        switch (term)
        {
            case ErlAtom atom:
                AppendAtom(output, atom);
                break;
            case ErlInteger integer:
                output.Append(integer.IsLong ? integer.LongValue.ToString(invariant) : integer.Value.ToString(invariant));
                break;
            case ErlFloat number:
                output.Append(FormatFloat(number.Value));
                break;
            case ErlPid pid:
                output.Append("#Pid<");
                AppendAtom(output, pid.Node);
                output.Append(invariant, $".{pid.Id}.{pid.Serial}.{pid.Creation}>");
                break;
            case ErlRef reference:
                output.Append("#Ref<");
                AppendAtom(output, reference.Node);
                output.Append(invariant, $".{reference.Creation}");
                foreach (uint id in reference.Ids)
                    output.Append(invariant, $".{id}");
                output.Append('>');
                break;
            case ErlPort port:
                output.Append("#Port<");
                AppendAtom(output, port.Node);
                output.Append(invariant, $".{port.Id}.{port.Creation}>");
                break;
            case ErlExport export:
                output.Append("fun ");
                AppendAtom(output, export.Module);
                output.Append(':');
                AppendAtom(output, export.Function);
                output.Append(invariant, $"/{export.Arity}");
                break;
            case ErlBinary binary:
                AppendBinary(output, binary.Span, 0);
                break;
            case ErlBitstring bits:
                AppendBinary(output, bits.Span, bits.BitsInLastByte);
                break;
            default:
                throw new InvalidOperationException($"cannot print {term.GetType().Name}");
        }
    }

    private static void AppendAtom(StringBuilder output, ErlAtom atom)
    {
        var name = atom.Name;
        if (NeedsNoQuotes(name))
        {
            output.Append(name);
            return;
        }
        output.Append('\'');
        foreach (var rune in name.EnumerateRunes())
            AppendChar(output, rune.Value, '\'');
        output.Append('\'');
    }

    private static bool NeedsNoQuotes(string name)
    {
        if (name.Length == 0 || !char.IsAsciiLetterLower(name[0]) || ReservedWords.Contains(name))
            return false;
        foreach (char c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_' && c != '@')
                return false;
        }
        return true;
    }

    private static bool IsPrintable(ErlList list)
    {
        if (!list.IsProper)
            return false;
        foreach (var item in list.Items)
        {
            if (item is not ErlInteger { IsLong: true } integer || !IsPrintable(integer.LongValue))
                return false;
        }
        return true;
    }

    // io_lib:printable_latin1_list: the characters ~p prints as text by default.
    private static bool IsPrintable(long c) => c is (>= 32 and <= 126) or (>= 160 and <= 255) or (>= 8 and <= 13) or 27;

    private static void AppendString(StringBuilder output, ErlList list)
    {
        output.Append('"');
        foreach (var item in list.Items)
            AppendChar(output, (int)((ErlInteger)item).LongValue, '"');
        output.Append('"');
    }

    private static void AppendChar(StringBuilder output, int c, char quote)
    {
        switch (c)
        {
            case '\n': output.Append("\\n"); break;
            case '\r': output.Append("\\r"); break;
            case '\t': output.Append("\\t"); break;
            case '\v': output.Append("\\v"); break;
            case '\b': output.Append("\\b"); break;
            case '\f': output.Append("\\f"); break;
            case 27: output.Append("\\e"); break;
            case 127: output.Append("\\d"); break;
            case '\\': output.Append("\\\\"); break;
            default:
                if (c == quote)
                    output.Append('\\').Append(quote);
                else if (c < 32)
                    output.Append(CultureInfo.InvariantCulture, $"\\{Convert.ToString(c, 8)}");
                else
                    output.Append(char.ConvertFromUtf32(c));
                break;
        }
    }

    private static void AppendBinary(StringBuilder output, ReadOnlySpan<byte> data, int bitsInLastByte)
    {
        output.Append("<<");
        bool text = bitsInLastByte == 0 && !data.IsEmpty;
        foreach (byte b in data)
            text &= IsPrintable(b);
        if (text)
        {
            output.Append('"');
            foreach (byte b in data)
                AppendChar(output, b, '"');
            output.Append("\">>");
            return;
        }
        int whole = bitsInLastByte == 0 ? data.Length : data.Length - 1;
        for (int i = 0; i < whole; i++)
        {
            if (i > 0)
                output.Append(',');
            output.Append(data[i]);
        }
        if (bitsInLastByte != 0)
        {
            if (whole > 0)
                output.Append(',');
            output.Append(data[^1] >> (8 - bitsInLastByte)).Append(':').Append(bitsInLastByte);
        }
        output.Append(">>");
    }

    /// <summary>Erlang's shortest float text: the fewest digits that read back exactly, in plain or exponent form, whichever is shorter.</summary>
    internal static string FormatFloat(double value)
    {
        string sign = double.IsNegative(value) ? "-" : "";
        string shortest = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        int e = shortest.IndexOfAny(['E', 'e']);
        string mantissa = e < 0 ? shortest : shortest[..e];
        int exponent = e < 0 ? 0 : int.Parse(shortest[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        int dot = mantissa.IndexOf('.');
        string digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        int point = (dot < 0 ? mantissa.Length : dot) + exponent;
        int leading = 0;
        while (leading < digits.Length && digits[leading] == '0')
            leading++;
        digits = digits[leading..].TrimEnd('0');
        point -= leading;
        if (digits.Length == 0)
            return sign + "0.0";
        string scientific = $"{digits[0]}.{(digits.Length > 1 ? digits[1..] : "0")}e{(point - 1).ToString(CultureInfo.InvariantCulture)}";
        string plain;
        if (point <= 0)
            plain = "0." + new string('0', -point) + digits;
        else if (point >= digits.Length)
            plain = digits + new string('0', point - digits.Length) + ".0";
        else
            plain = digits[..point] + "." + digits[point..];
        return sign + (scientific.Length < plain.Length ? scientific : plain);
    }
}
