using IronUwsgi.Python.Lexing;

namespace IronUwsgi.Python.Modules.Re;

/// <summary>
/// Parses a Python 3.11 pattern into <see cref="RegexNode"/>s, accepting exactly what CPython's
/// re parser accepts and rejecting the rest with its messages and positions.
/// </summary>
internal sealed class PatternParser
{
    private const string Digits = "0123456789";
    private const string OctDigits = "01234567";
    private const string HexDigits = "0123456789abcdefABCDEF";
    private const string Whitespace = " \t\n\r\v\f";
    private const string FlagLetters = "iLmsxatu";
    private const long MaxRepeat = 4294967295;

    private readonly PatternSource source;
    private readonly Dictionary<int, (int Min, int Max)> groupWidths = [];
    private readonly HashSet<int> openGroups = [];
    private readonly Dictionary<int, int> conditionalRefs = [];
    private int? lookbehindGroups;

    private PatternParser(PatternSource source, int flags)
    {
        this.source = source;
        Flags = flags;
    }

    /// <summary>Flags given plus the global inline flags found.</summary>
    public int Flags { get; private set; }

    /// <summary>Number of capturing groups plus one, as CPython counts.</summary>
    public int GroupCount { get; private set; } = 1;

    public Dictionary<string, int> GroupIndex { get; } = [];

    public static (RegexNode Tree, PatternParser State) Parse(string[] points, bool isText, int flags)
    {
        var parser = new PatternParser(new PatternSource(points, isText), flags);
        var tree = parser.ParseAlternation((flags & RegexFlags.Verbose) != 0, 0);
        if (parser.source.Next is not null)
        {
            throw parser.source.Error("unbalanced parenthesis");
        }

        foreach (var (group, position) in parser.conditionalRefs)
        {
            if (group >= parser.GroupCount)
            {
                throw new RegexSyntaxException($"invalid group reference {group}", position);
            }
        }

        CheckLookbehinds(tree, parser);
        return (tree, parser);
    }

    private RegexNode ParseAlternation(bool verbose, int nested)
    {
        var branches = new List<RegexNode>();
        while (true)
        {
            branches.Add(ParseSequence(ref verbose, nested + 1, nested == 0 && branches.Count == 0));
            if (!source.Match("|"))
            {
                break;
            }

            if (nested == 0)
            {
                verbose = (Flags & RegexFlags.Verbose) != 0;
            }
        }

        return branches.Count == 1 ? branches[0] : new AlternationNode(branches);
    }

    private RegexNode ParseSequence(ref bool verbose, int nested, bool first)
    {
        var items = new List<RegexNode>();
        while (true)
        {
            var token = source.Next;
            if (token is null || token == "|" || token == ")")
            {
                break;
            }

            source.Get();
            if (verbose)
            {
                if (token.Length == 1 && Whitespace.Contains(token[0]))
                {
                    continue;
                }

                if (token == "#")
                {
                    while (source.Get() is { } c && c != "\n")
                    {
                    }

                    continue;
                }
            }

            if (token[0] == '\\')
            {
                items.Add(Escape(token));
                continue;
            }

            switch (token)
            {
                case "[":
                    items.Add(ParseClass());
                    break;
                case "?" or "*" or "+" or "{":
                    if (!ParseRepeat(token, items))
                    {
                        items.Add(new LiteralNode('{'));
                    }

                    break;
                case ".":
                    items.Add(new AnyNode());
                    break;
                case "(":
                    if (ParseGroup(items, ref verbose, nested, first) is { } group)
                    {
                        items.Add(group);
                    }

                    break;
                case "^":
                    items.Add(new AnchorNode('^'));
                    break;
                case "$":
                    items.Add(new AnchorNode('$'));
                    break;
                default:
                    items.Add(new LiteralNode(char.ConvertToUtf32(token, 0)));
                    break;
            }
        }

        return items.Count == 1 ? items[0] : new SequenceNode(items);
    }

    /// <summary>Applies a quantifier to the last item; false when '{' turns out to be a literal.</summary>
    private bool ParseRepeat(string token, List<RegexNode> items)
    {
        var here = source.Tell();
        long min = 0, max = -1;
        switch (token)
        {
            case "?":
                max = 1;
                break;
            case "+":
                min = 1;
                break;
            case "{":
                if (source.Next == "}")
                {
                    return false;
                }

                var lo = source.GetWhile(int.MaxValue, Digits);
                string hi;
                if (source.Match(","))
                {
                    hi = source.GetWhile(int.MaxValue, Digits);
                }
                else
                {
                    hi = lo;
                }

                if (!source.Match("}"))
                {
                    source.Seek(here);
                    return false;
                }

                if (lo.Length > 0)
                {
                    min = ParseCount(lo);
                }

                if (hi.Length > 0)
                {
                    max = ParseCount(hi);
                    if (max < min)
                    {
                        throw source.Error("min repeat greater than max repeat", source.Tell() - here);
                    }
                }

                break;
        }

        var last = items.Count > 0 ? items[^1] : null;
        if (last is null or AnchorNode)
        {
            throw source.Error("nothing to repeat", source.Tell() - here + token.Length);
        }

        if (last is RepeatNode)
        {
            throw source.Error("multiple repeat", source.Tell() - here + token.Length);
        }

        var kind = source.Match("?") ? RepeatKind.Lazy : source.Match("+") ? RepeatKind.Possessive : RepeatKind.Greedy;
        items[^1] = new RepeatNode((int)Math.Min(min, int.MaxValue), max < 0 ? -1 : (int)Math.Min(max, int.MaxValue), kind, last);
        return true;
    }

    private static long ParseCount(string digits)
    {
        if (digits.Length > 10 || long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) >= MaxRepeat)
        {
            throw new OverflowException("the repetition number is too large");
        }

        return long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
    }

    private RegexNode ParseClass()
    {
        var here = source.Tell() - 1;
        var items = new List<ClassItem>();
        var negate = source.Match("^");
        while (true)
        {
            var token = source.Get() ?? throw source.Error("unterminated character set", source.Tell() - here);
            if (token == "]" && items.Count > 0)
            {
                break;
            }

            var first = token[0] == '\\' ? ClassEscape(token) : Single(token);
            if (source.Match("-"))
            {
                var that = source.Get() ?? throw source.Error("unterminated character set", source.Tell() - here);
                if (that == "]")
                {
                    items.Add(first);
                    items.Add(new ClassItem('-', '-'));
                    break;
                }

                var second = that[0] == '\\' ? ClassEscape(that) : Single(that);
                if (first.Category != '\0' || second.Category != '\0' || second.Low < first.Low)
                {
                    throw source.Error($"bad character range {token}-{that}", PatternSource.Length(token) + 1 + PatternSource.Length(that));
                }

                items.Add(new ClassItem(first.Low, second.Low));
            }
            else
            {
                items.Add(first);
            }
        }

        return new ClassNode(negate, items);
    }

    private static ClassItem Single(string token)
    {
        var c = char.ConvertToUtf32(token, 0);
        return new ClassItem(c, c);
    }

    private ClassItem ClassEscape(string escape)
    {
        var c = escape[1];
        if ("dDsSwW".Contains(c))
        {
            return new ClassItem(0, 0, c);
        }

        if (c == 'b')
        {
            return new ClassItem(8, 8);
        }

        if (CommonEscape(ref escape) is { } code)
        {
            return new ClassItem(code, code);
        }

        if (OctDigits.Contains(c))
        {
            escape += source.GetWhile(2, OctDigits);
            var value = Convert.ToInt32(escape[1..], 8);
            if (value > 255)
            {
                throw source.Error($"octal escape value {escape} outside of range 0-0o377", escape.Length);
            }

            return new ClassItem(value, value);
        }

        return Plain(escape);
    }

    private RegexNode Escape(string escape)
    {
        var c = escape[1];
        switch (c)
        {
            case 'd' or 'D' or 's' or 'S' or 'w' or 'W':
                return new ClassNode(false, [new ClassItem(0, 0, c)]);
            case 'A' or 'Z' or 'b' or 'B':
                return new AnchorNode(c);
        }

        if (CommonEscape(ref escape) is { } code)
        {
            return new LiteralNode(code);
        }

        if (c == '0')
        {
            escape += source.GetWhile(2, OctDigits);
            return new LiteralNode(Convert.ToInt32(escape[1..], 8));
        }

        if (Digits.Contains(c))
        {
            if (source.Next is { Length: 1 } d && Digits.Contains(d[0]))
            {
                escape += source.Get();
                if (OctDigits.Contains(escape[1]) && OctDigits.Contains(escape[2]) && source.Next is { Length: 1 } e && OctDigits.Contains(e[0]))
                {
                    escape += source.Get();
                    var value = Convert.ToInt32(escape[1..], 8);
                    if (value > 255)
                    {
                        throw source.Error($"octal escape value {escape} outside of range 0-0o377", escape.Length);
                    }

                    return new LiteralNode(value);
                }
            }

            var group = int.Parse(escape[1..], System.Globalization.CultureInfo.InvariantCulture);
            if (group < GroupCount)
            {
                if (openGroups.Contains(group))
                {
                    throw source.Error("cannot refer to an open group", escape.Length);
                }

                CheckLookbehindGroup(group);
                return new BackrefNode(group);
            }

            throw source.Error($"invalid group reference {group}", escape.Length - 1);
        }

        var plain = Plain(escape);
        return new LiteralNode(plain.Low);
    }

    /// <summary>Escapes shared by classes and the rest: \a \f \n \r \t \v \\ \x \u \U \N.</summary>
    private int? CommonEscape(ref string escape)
    {
        switch (escape[1])
        {
            case 'a':
                return 7;
            case 'f':
                return 12;
            case 'n':
                return 10;
            case 'r':
                return 13;
            case 't':
                return 9;
            case 'v':
                return 11;
            case '\\':
                return '\\';
            case 'x':
                return Hex(ref escape, 2);
            case 'u' when source.IsText:
                return Hex(ref escape, 4);
            case 'U' when source.IsText:
                var value = Hex(ref escape, 8);
                return value > 0x10FFFF ? throw source.Error($"bad escape {escape}", escape.Length) : value;
            case 'N' when source.IsText:
                if (!source.Match("{"))
                {
                    throw source.Error("missing {");
                }

                var name = source.GetUntil("}", "character name");
                if (!UnicodeTables.TryLookupName(name, out var cp))
                {
                    throw source.Error($"undefined character name '{name}'", PatternSource.Length(name) + 4);
                }

                return cp;
            default:
                return null;
        }
    }

    private int Hex(ref string escape, int digits)
    {
        escape += source.GetWhile(digits, HexDigits);
        if (escape.Length != digits + 2)
        {
            throw source.Error($"incomplete escape {escape}", escape.Length);
        }

        return (int)Convert.ToUInt32(escape[2..], 16);
    }

    /// <summary>A backslash before a character that is not an ASCII letter or digit stands for it.</summary>
    private ClassItem Plain(string escape)
    {
        var c = escape[1];
        if (escape.Length == 2 && (char.IsAsciiLetter(c) || char.IsAsciiDigit(c)))
        {
            throw source.Error($"bad escape {escape}", escape.Length);
        }

        var cp = char.ConvertToUtf32(escape, 1);
        return new ClassItem(cp, cp);
    }

    private RegexNode? ParseGroup(List<RegexNode> items, ref bool verbose, int nested, bool first)
    {
        var start = source.Tell() - 1;
        var capture = true;
        var atomic = false;
        string? name = null;
        int addFlags = 0, delFlags = 0;
        if (source.Match("?"))
        {
            var c = source.Get() ?? throw source.Error("unexpected end of pattern");
            switch (c)
            {
                case "P":
                    if (source.Match("<"))
                    {
                        name = source.GetUntil(">", "group name");
                        CheckGroupName(name, 1);
                    }
                    else if (source.Match("="))
                    {
                        name = source.GetUntil(")", "group name");
                        CheckGroupName(name, 1);
                        if (!GroupIndex.TryGetValue(name, out var gid))
                        {
                            throw source.Error($"unknown group name '{name}'", PatternSource.Length(name) + 1);
                        }

                        if (openGroups.Contains(gid))
                        {
                            throw source.Error("cannot refer to an open group", PatternSource.Length(name) + 1);
                        }

                        CheckLookbehindGroup(gid);
                        return new BackrefNode(gid);
                    }
                    else
                    {
                        var next = source.Get() ?? throw source.Error("unexpected end of pattern");
                        throw source.Error("unknown extension ?P" + next, PatternSource.Length(next) + 2);
                    }

                    break;
                case ":":
                    capture = false;
                    break;
                case "#":
                    while (true)
                    {
                        if (source.Next is null)
                        {
                            throw source.Error("missing ), unterminated comment", source.Tell() - start);
                        }

                        if (source.Get() == ")")
                        {
                            return null;
                        }
                    }

                case "=" or "!" or "<":
                    return ParseLook(c, start, verbose, nested);
                case "(":
                    return ParseConditional(start, verbose, nested);
                case ">":
                    capture = false;
                    atomic = true;
                    break;
                default:
                    if (c.Length == 1 && (FlagLetters.Contains(c[0]) || c == "-"))
                    {
                        var scoped = ParseFlags(c);
                        if (scoped is null)
                        {
                            if (!first || items.Count > 0)
                            {
                                throw source.Error("global flags not at the start of the expression", source.Tell() - start);
                            }

                            verbose = (Flags & RegexFlags.Verbose) != 0;
                            return null;
                        }

                        (addFlags, delFlags) = scoped.Value;
                        capture = false;
                        break;
                    }

                    throw source.Error("unknown extension ?" + c, PatternSource.Length(c) + 1);
            }
        }

        var group = 0;
        if (capture)
        {
            group = GroupCount++;
            if (name is not null)
            {
                if (GroupIndex.TryGetValue(name, out var previous))
                {
                    throw source.Error($"redefinition of group name '{name}' as group {group}; was group {previous}", PatternSource.Length(name) + 1);
                }

                GroupIndex[name] = group;
            }

            openGroups.Add(group);
        }

        var subVerbose = (verbose || (addFlags & RegexFlags.Verbose) != 0) && (delFlags & RegexFlags.Verbose) == 0;
        var body = ParseAlternation(subVerbose, nested + 1);
        if (!source.Match(")"))
        {
            throw source.Error("missing ), unterminated subpattern", source.Tell() - start);
        }

        if (group > 0)
        {
            openGroups.Remove(group);
            groupWidths[group] = Width(body);
        }

        return atomic ? new AtomicNode(body) : new GroupNode(group, addFlags, delFlags, body);
    }

    private RegexNode ParseLook(string c, int start, bool verbose, int nested)
    {
        var behind = false;
        int? saved = lookbehindGroups;
        if (c == "<")
        {
            c = source.Get() ?? throw source.Error("unexpected end of pattern");
            if (c != "=" && c != "!")
            {
                throw source.Error("unknown extension ?<" + c, PatternSource.Length(c) + 2);
            }

            behind = true;
            lookbehindGroups ??= GroupCount;
        }

        var body = ParseAlternation(verbose, nested + 1);
        if (behind && saved is null)
        {
            lookbehindGroups = null;
        }

        if (!source.Match(")"))
        {
            throw source.Error("missing ), unterminated subpattern", source.Tell() - start);
        }

        return new LookNode(behind, c == "!", body);
    }

    private RegexNode ParseConditional(int start, bool verbose, int nested)
    {
        var name = source.GetUntil(")", "group name");
        var length = PatternSource.Length(name);
        int group;
        if (IsIdentifier(name))
        {
            CheckGroupName(name, 1);
            if (!GroupIndex.TryGetValue(name, out group))
            {
                throw source.Error($"unknown group name '{name}'", length + 1);
            }
        }
        else
        {
            if (!name.All(char.IsAsciiDigit) || name.Length > 9)
            {
                throw source.Error($"bad character in group name '{name}'", length + 1);
            }

            group = int.Parse(name, System.Globalization.CultureInfo.InvariantCulture);
            if (group == 0)
            {
                throw source.Error("bad group number", length + 1);
            }

            conditionalRefs.TryAdd(group, source.Tell() - length - 1);
        }

        CheckLookbehindGroup(group);
        var yesVerbose = verbose;
        var yes = ParseSequence(ref yesVerbose, nested + 1, false);
        RegexNode? no = null;
        if (source.Match("|"))
        {
            var noVerbose = verbose;
            no = ParseSequence(ref noVerbose, nested + 1, false);
            if (source.Next == "|")
            {
                throw source.Error("conditional backref with more than two branches");
            }
        }

        if (!source.Match(")"))
        {
            throw source.Error("missing ), unterminated subpattern", source.Tell() - start);
        }

        return new ConditionalNode(group, yes, no);
    }

    /// <summary>Inline flags after "(?": null for global flags "(?imsx)", else the scoped pair.</summary>
    private (int Add, int Del)? ParseFlags(string c)
    {
        int add = 0, del = 0;
        if (c != "-")
        {
            while (true)
            {
                var flag = RegexFlags.FromLetter(c[0]);
                if (source.IsText && c == "L")
                {
                    throw source.Error("bad inline flags: cannot use 'L' flag with a str pattern");
                }

                if (!source.IsText && c == "u")
                {
                    throw source.Error("bad inline flags: cannot use 'u' flag with a bytes pattern");
                }

                add |= flag;
                if ((flag & RegexFlags.TypeFlags) != 0 && (add & RegexFlags.TypeFlags) != flag)
                {
                    throw source.Error("bad inline flags: flags 'a', 'u' and 'L' are incompatible");
                }

                c = source.Get() ?? throw source.Error("missing -, : or )");
                if (c is ")" or "-" or ":")
                {
                    break;
                }

                if (c.Length != 1 || !FlagLetters.Contains(c[0]))
                {
                    throw source.Error(IsAlpha(c) ? "unknown flag" : "missing -, : or )", PatternSource.Length(c));
                }
            }
        }

        if (c == ")")
        {
            Flags |= add;
            return null;
        }

        if ((add & RegexFlags.Global) != 0)
        {
            throw source.Error("bad inline flags: cannot turn on global flag", 1);
        }

        if (c == "-")
        {
            c = source.Get() ?? throw source.Error("missing flag");
            if (c.Length != 1 || !FlagLetters.Contains(c[0]))
            {
                throw source.Error(IsAlpha(c) ? "unknown flag" : "missing flag", PatternSource.Length(c));
            }

            while (true)
            {
                var flag = RegexFlags.FromLetter(c[0]);
                if ((flag & RegexFlags.TypeFlags) != 0)
                {
                    throw source.Error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'");
                }

                del |= flag;
                c = source.Get() ?? throw source.Error("missing :");
                if (c == ":")
                {
                    break;
                }

                if (c.Length != 1 || !FlagLetters.Contains(c[0]))
                {
                    throw source.Error(IsAlpha(c) ? "unknown flag" : "missing :", PatternSource.Length(c));
                }
            }
        }

        if ((del & RegexFlags.Global) != 0)
        {
            throw source.Error("bad inline flags: cannot turn off global flag", 1);
        }

        if ((add & del) != 0)
        {
            throw source.Error("bad inline flags: flag turned on and off", 1);
        }

        return (add, del);
    }

    private static bool IsAlpha(string c) => c.Length > 0 && c[0] != '\\' && char.IsLetter(c, 0);

    private void CheckGroupName(string name, int offset)
    {
        if (!IsIdentifier(name))
        {
            throw source.Error($"bad character in group name '{name}'", PatternSource.Length(name) + offset);
        }
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsLetter(name, 0) || name[0] == '_') && name.All(ch => char.IsLetterOrDigit(ch) || ch == '_' || char.IsSurrogate(ch) || char.GetUnicodeCategory(ch) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.ConnectorPunctuation);

    private void CheckLookbehindGroup(int group)
    {
        if (lookbehindGroups is { } limit && group >= limit)
        {
            throw source.Error("cannot refer to group defined in the same lookbehind subpattern");
        }
    }

    /// <summary>Minimum and maximum code points a node matches (int.MaxValue: unbounded).</summary>
    private (int Min, int Max) Width(RegexNode node)
    {
        switch (node)
        {
            case LiteralNode or AnyNode or ClassNode:
                return (1, 1);
            case SequenceNode s:
                long lo = 0, hi = 0;
                foreach (var item in s.Items)
                {
                    var (a, b) = Width(item);
                    lo += a;
                    hi += b;
                }

                return ((int)Math.Min(lo, int.MaxValue), (int)Math.Min(hi, int.MaxValue));
            case AlternationNode alt:
                var widths = alt.Branches.Select(Width).ToList();
                return (widths.Min(w => w.Min), widths.Max(w => w.Max));
            case GroupNode g:
                return Width(g.Body);
            case AtomicNode a:
                return Width(a.Body);
            case RepeatNode r:
                var (min, max) = Width(r.Body);
                return ((int)Math.Min((long)min * r.Min, int.MaxValue), r.Max < 0 ? (max == 0 ? 0 : int.MaxValue) : (int)Math.Min((long)max * r.Max, int.MaxValue));
            case BackrefNode b:
                return groupWidths.TryGetValue(b.Group, out var w) ? w : (0, int.MaxValue);
            case ConditionalNode c:
                var yes = Width(c.Yes);
                var no = c.No is null ? (0, 0) : Width(c.No);
                return (Math.Min(yes.Min, no.Item1), Math.Max(yes.Max, no.Item2));
            default:
                return (0, 0);
        }
    }

    private static void CheckLookbehinds(RegexNode node, PatternParser parser)
    {
        switch (node)
        {
            case LookNode { Behind: true } look:
                var (min, max) = parser.Width(look.Body);
                if (min != max)
                {
                    throw new RegexSyntaxException("look-behind requires fixed-width pattern", null);
                }

                CheckLookbehinds(look.Body, parser);
                break;
            case LookNode look:
                CheckLookbehinds(look.Body, parser);
                break;
            case SequenceNode s:
                foreach (var item in s.Items)
                {
                    CheckLookbehinds(item, parser);
                }

                break;
            case AlternationNode a:
                foreach (var item in a.Branches)
                {
                    CheckLookbehinds(item, parser);
                }

                break;
            case GroupNode g:
                CheckLookbehinds(g.Body, parser);
                break;
            case AtomicNode a:
                CheckLookbehinds(a.Body, parser);
                break;
            case RepeatNode r:
                CheckLookbehinds(r.Body, parser);
                break;
            case ConditionalNode c:
                CheckLookbehinds(c.Yes, parser);
                if (c.No is not null)
                {
                    CheckLookbehinds(c.No, parser);
                }

                break;
        }
    }
}
