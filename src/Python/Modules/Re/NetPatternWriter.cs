using System.Text;

namespace IronUwsgi.Python.Modules.Re;

/// <summary>
/// Writes a parsed Python pattern as a .NET pattern with the same meaning. Every capturing group
/// is written with its explicit number so .NET numbers groups as Python does; categories, word
/// boundaries, anchors and case folding are spelled out for the flags in force (Unicode for str
/// patterns, ASCII for bytes and re.ASCII), since .NET's own definitions differ from Python's.
/// </summary>
internal sealed class NetPatternWriter
{
    // Characters Python's IGNORECASE treats as one letter that .NET's case table does not join.
    private static readonly string[] ExtraFolds =
    [
        "sS\u017f", "kK\u212a", "\u00b5\u03bc\u039c", "\u00df\u1e9e", "\u03b9\u0399\u0345\u1fbe",
        "\u03b8\u0398\u03d1\u03f4", "\u03c0\u03a0\u03d6", "\u03c1\u03a1\u03f1", "\u03c3\u03a3\u03c2",
        "\u03c6\u03a6\u03d5", "\u03ba\u039a\u03f0", "\u03b2\u0392\u03d0", "\u03b5\u0395\u03f5",
        "\u1e61\u1e60\u1e9b", "\u03c9\u03a9\u2126", "\u00e5\u00c5\u212b",
    ];

    // A surrogate pair: one code point beyond the BMP in a .NET string.
    private const string Pair = "[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]";

    private readonly StringBuilder sb = new();
    private readonly bool isText;
    private readonly bool astral;
    private int atomicGroups;
    private int repeatDepth;

    private NetPatternWriter(bool isText, bool astral)
    {
        this.isText = isText;
        this.astral = astral;
    }

    /// <summary>
    /// The .NET pattern; .NET case-insensitivity is scoped inline where Python's applies. With
    /// <paramref name="astral"/> the pattern is for texts with surrogate pairs: what matches any
    /// one character takes a whole pair, and no match starts between the two halves.
    /// </summary>
    public static string Write(RegexNode tree, int flags, bool isText, bool astral)
    {
        var writer = new NetPatternWriter(isText, astral);
        if (astral)
        {
            writer.sb.Append("(?!(?<=[\\uD800-\\uDBFF])[\\uDC00-\\uDFFF])");
        }

        var netIgnoreCase = writer.NetIgnoreCase(flags);
        if (netIgnoreCase)
        {
            writer.sb.Append("(?i:");
        }

        writer.Node(tree, flags);
        if (netIgnoreCase)
        {
            writer.sb.Append(')');
        }

        return writer.sb.ToString();
    }

    /// <summary>In Unicode mode .NET folds case; in ASCII mode the writer expands ASCII letters itself.</summary>
    private bool NetIgnoreCase(int flags) => !Ascii(flags) && (flags & RegexFlags.IgnoreCase) != 0;

    /// <summary>Bytes patterns and re.ASCII (also scoped as (?a:...)) use ASCII categories and case.</summary>
    private bool Ascii(int flags) => !isText || (flags & RegexFlags.Ascii) != 0;

    private void Node(RegexNode node, int flags)
    {
        switch (node)
        {
            case LiteralNode l:
                Literal(l.CodePoint, flags);
                break;
            case AnyNode:
                sb.Append(OneCharacter((flags & RegexFlags.DotAll) != 0 ? "(?s:.)" : "(?-s:.)"));
                break;
            case ClassNode c:
                Class(c, flags);
                break;
            case AnchorNode a:
                Anchor(a.Kind, flags);
                break;
            case SequenceNode s:
                foreach (var item in s.Items)
                {
                    Node(item, flags);
                }

                break;
            case AlternationNode alt:
                sb.Append("(?:");
                for (var i = 0; i < alt.Branches.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append('|');
                    }

                    Node(alt.Branches[i], flags);
                }

                sb.Append(')');
                break;
            case GroupNode g:
                Group(g, flags);
                break;
            case RepeatNode r:
                Repeat(r, flags);
                break;
            case AtomicNode a:
                Atomic(a.Body, flags);
                break;
            case LookNode look:
                sb.Append(look.Behind ? (look.Negate ? "(?<!" : "(?<=") : (look.Negate ? "(?!" : "(?="));
                Node(look.Body, flags);
                sb.Append(')');
                break;
            case BackrefNode b:
                sb.Append("\\k<").Append(b.Group).Append('>');
                break;
            case ConditionalNode c:
                sb.Append("(?(").Append(c.Group).Append(')');
                sb.Append("(?:");
                Node(c.Yes, flags);
                sb.Append(")|(?:");
                if (c.No is not null)
                {
                    Node(c.No, flags);
                }

                sb.Append("))");
                break;
        }
    }

    private void Group(GroupNode g, int flags)
    {
        var inner = (flags | g.AddFlags) & ~g.DelFlags;
        sb.Append(g.Number > 0 ? $"(?<{g.Number}>" : "(?:");
        var before = NetIgnoreCase(flags);
        var after = NetIgnoreCase(inner);
        if (before != after)
        {
            sb.Append(after ? "(?i:" : "(?-i:");
        }

        Node(g.Body, inner);
        if (before != after)
        {
            sb.Append(')');
        }

        sb.Append(')');
    }

    /// <summary>
    /// An atomic group. Inside a repeat, .NET cannot give back iterations of an atomic group that
    /// Python gives back, so there it is written as a lookahead whose capture is then consumed.
    /// </summary>
    private void Atomic(RegexNode body, int flags)
    {
        if (repeatDepth == 0)
        {
            sb.Append("(?>");
            Node(body, flags);
            sb.Append(')');
            return;
        }

        var name = "atomic" + ++atomicGroups;
        sb.Append("(?=(?<").Append(name).Append('>');
        Node(body, flags);
        sb.Append("))\\k<").Append(name).Append('>');
    }

    private void Repeat(RepeatNode r, int flags)
    {
        if (r.Kind == RepeatKind.Possessive)
        {
            Atomic(new RepeatNode(r.Min, r.Max, RepeatKind.Greedy, r.Body), flags);
            return;
        }

        repeatDepth++;
        sb.Append("(?:");
        Node(r.Body, flags);
        sb.Append(')');
        repeatDepth--;
        if (r.Min == 0 && r.Max == -1)
        {
            sb.Append('*');
        }
        else if (r.Min == 1 && r.Max == -1)
        {
            sb.Append('+');
        }
        else if (r.Min == 0 && r.Max == 1)
        {
            sb.Append('?');
        }
        else
        {
            sb.Append('{').Append(r.Min).Append(',');
            if (r.Max >= 0)
            {
                sb.Append(r.Max);
            }

            sb.Append('}');
        }

        if (r.Kind == RepeatKind.Lazy)
        {
            sb.Append('?');
        }
    }

    private void Anchor(char kind, int flags)
    {
        var multiline = (flags & RegexFlags.Multiline) != 0;
        switch (kind)
        {
            case '^':
                sb.Append(multiline ? "(?m:^)" : "\\A");
                break;
            case '$':
                sb.Append(multiline ? "(?m:$)" : "(?-m:$)");
                break;
            case 'A':
                sb.Append("\\A");
                break;
            case 'Z':
                sb.Append("\\z");
                break;
            case 'b':
                var w = WordClass(flags);
                sb.Append($"(?:(?<={w})(?!{w})|(?<!{w})(?={w}))");
                break;
            case 'B':
                var x = WordClass(flags);
                // Python's \B never matches in an empty string.
                sb.Append($"(?!\\A\\z)(?:(?<={x})(?={x})|(?<!{x})(?!{x}))");
                break;
        }
    }

    /// <summary>An expression matching one UTF-16 unit, made to take a whole surrogate pair in astral mode.</summary>
    private string OneCharacter(string unit) => astral ? $"(?:{Pair}|(?!{Pair}){unit})" : unit;

    private string WordClass(int flags) =>
        AstralPairs('w', flags) is { } pairs ? $"(?:[{CategoryBody('w', flags)}]|{pairs})" : "[" + CategoryBody('w', flags) + "]";

    // In astral mode the Unicode categories also take the surrogate pairs of their code points beyond the BMP.
    private string? AstralPairs(char category, int flags) => astral && !Ascii(flags) ? AstralCategories.Pairs(char.ToLowerInvariant(category)) : null;

    /// <summary>The inside of a .NET class for a positive category, as Python defines it.</summary>
    private string CategoryBody(char category, int flags) => char.ToLowerInvariant(category) switch
    {
        'd' => Ascii(flags) ? "0-9" : "\\p{Nd}",
        'w' => Ascii(flags) ? "a-zA-Z0-9_" : "\\p{L}\\p{N}_",
        _ => Ascii(flags) ? "\\t-\\r " : "\\t-\\r\\x1c-\\x20\\x85\\p{Z}",
    };

    private void Literal(int cp, int flags)
    {
        if (NetIgnoreCase(flags) && cp > 0xFFFF && CaseVariants(cp).Count > 1)
        {
            // .NET folds case per UTF-16 unit, so the cases of a pair are spelled out.
            sb.Append("(?:").AppendJoin('|', CaseVariants(cp).Select(v =>
            {
                var one = new StringBuilder();
                AppendLiteral(one, v);
                return one.ToString();
            })).Append(')');
            return;
        }

        if (NetIgnoreCase(flags) && FoldGroup(cp) is { } group)
        {
            sb.Append('[');
            foreach (var c in group)
            {
                AppendLiteral(sb, c);
            }

            sb.Append(']');
            return;
        }

        if (!NetIgnoreCase(flags) && (flags & RegexFlags.IgnoreCase) != 0 && cp < 0x80 && char.IsAsciiLetter((char)cp))
        {
            sb.Append('[').Append((char)cp).Append((char)(cp ^ 0x20)).Append(']');
            return;
        }

        AppendLiteral(sb, cp);
    }

    /// <summary>A code point beyond the BMP with its other cases (Deseret, Osage, Adlam... have them).</summary>
    private static List<int> CaseVariants(int cp)
    {
        var rune = new System.Text.Rune(cp);
        return new[] { cp, System.Text.Rune.ToLowerInvariant(rune).Value, System.Text.Rune.ToUpperInvariant(rune).Value }.Distinct().ToList();
    }

    private static string? FoldGroup(int cp) => cp <= 0xFFFF ? Array.Find(ExtraFolds, g => g.Contains((char)cp)) : null;

    private static void AppendLiteral(StringBuilder to, int cp)
    {
        if (cp < 0x80 && char.IsAsciiLetterOrDigit((char)cp))
        {
            to.Append((char)cp);
        }
        else if (cp <= 0xFFFF)
        {
            to.Append("\\u").Append(cp.ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            var s = char.ConvertFromUtf32(cp);
            to.Append("\\u").Append(((int)s[0]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
            to.Append("\\u").Append(((int)s[1]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>
    /// A class: BMP ranges and positive categories go in one .NET class; negated categories
    /// and code points beyond the BMP (surrogate pairs in .NET strings) become alternatives.
    /// </summary>
    private void Class(ClassNode c, int flags)
    {
        var asciiFold = !NetIgnoreCase(flags) && (flags & RegexFlags.IgnoreCase) != 0;
        var inside = new StringBuilder();
        var alternatives = new List<string>();
        foreach (var item in c.Items)
        {
            if (item.Category != '\0')
            {
                var pairs = AstralPairs(item.Category, flags);
                if (char.IsUpper(item.Category))
                {
                    var unit = "[^" + CategoryBody(item.Category, flags) + "]";
                    alternatives.Add(pairs is null ? OneCharacter(unit) : $"(?:(?!{pairs}){Pair}|(?!{Pair}){unit})");
                }
                else
                {
                    inside.Append(CategoryBody(item.Category, flags));
                    if (pairs is not null)
                    {
                        alternatives.Add(pairs);
                    }
                }

                continue;
            }

            AddRange(inside, alternatives, item.Low, item.High);
            if (NetIgnoreCase(flags) && item.High > 0xFFFF)
            {
                for (var cp = Math.Max(item.Low, 0x10000); cp <= item.High; cp++)
                {
                    foreach (var v in CaseVariants(cp).Where(v => v < item.Low || v > item.High))
                    {
                        AddRange(inside, alternatives, v, v);
                    }
                }
            }

            if (NetIgnoreCase(flags))
            {
                foreach (var group in ExtraFolds)
                {
                    if (group.Any(ch => ch >= item.Low && ch <= item.High))
                    {
                        foreach (var ch in group)
                        {
                            AppendLiteral(inside, ch);
                        }
                    }
                }
            }

            if (asciiFold)
            {
                AddFolded(inside, item.Low, item.High, 'a', 'z', -0x20);
                AddFolded(inside, item.Low, item.High, 'A', 'Z', 0x20);
            }
        }

        if (inside.Length > 0)
        {
            alternatives.Insert(0, "[" + inside + "]");
        }

        var union = alternatives.Count switch
        {
            0 => "[^\\s\\S]",
            1 => alternatives[0],
            _ => "(?:" + string.Join('|', alternatives) + ")",
        };
        if (!c.Negate)
        {
            sb.Append(union);
        }
        else if (alternatives.Count == 1 && union.StartsWith('[') && !union.StartsWith("[^", StringComparison.Ordinal))
        {
            sb.Append(OneCharacter("[^" + union[1..]));
        }
        else
        {
            sb.Append("(?:(?!").Append(union).Append(')').Append(OneCharacter("(?s:.)")).Append(')');
        }
    }

    private static void AddFolded(StringBuilder inside, int low, int high, char from, char to, int shift)
    {
        var lo = Math.Max(low, from);
        var hi = Math.Min(high, to);
        if (lo <= hi)
        {
            AppendLiteral(inside, lo + shift);
            inside.Append('-');
            AppendLiteral(inside, hi + shift);
        }
    }

    private static void AddRange(StringBuilder inside, List<string> alternatives, int low, int high)
    {
        if (low <= 0xFFFF)
        {
            AppendLiteral(inside, low);
            if (high > low)
            {
                inside.Append('-');
                AppendLiteral(inside, Math.Min(high, 0xFFFF));
            }
        }

        if (high <= 0xFFFF)
        {
            return;
        }

        // Beyond the BMP a .NET string holds a surrogate pair: one alternative per high surrogate.
        var start = Math.Max(low, 0x10000);
        while (start <= high)
        {
            var lead = char.ConvertFromUtf32(start)[0];
            var blockEnd = Math.Min(high, ((start - 0x10000) | 0x3FF) + 0x10000);
            var a = char.ConvertFromUtf32(start)[1];
            var b = char.ConvertFromUtf32(blockEnd)[1];
            var alt = new StringBuilder();
            AppendLiteral(alt, lead);
            alt.Append('[');
            AppendLiteral(alt, a);
            alt.Append('-');
            AppendLiteral(alt, b);
            alt.Append(']');
            alternatives.Add(alt.ToString());
            start = blockEnd + 1;
        }
    }
}
