using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules.Re;

/// <summary>
/// A pattern translated to .NET: the matcher behind re.Pattern. Searches return spans as flat
/// tuples <c>(lastindex, start0, end0, start1, end1, ...)</c> with -1 for groups that did not
/// take part; re.py builds the Match objects from them.
/// </summary>
internal sealed class CompiledPattern : PyObject
{
    private readonly RegexVariants plain;
    private readonly Func<string> astralPattern;
    private RegexVariants? astral;
    private readonly int[][] ancestors;

    /// <summary><paramref name="astralPattern"/> writes the pattern for texts holding surrogate pairs, when one comes.</summary>
    public CompiledPattern(PyType type, string netPattern, Func<string> astralPattern, bool isText, int flags, int groups, IReadOnlyDictionary<string, int> groupNumbers, int[][] ancestors)
        : base(type)
    {
        plain = new RegexVariants(netPattern);
        this.astralPattern = astralPattern;
        this.ancestors = ancestors;
        IsText = isText;
        Flags = flags;
        Groups = groups;
        GroupNumbers = groupNumbers;
        GroupIndex = new PyDict();
        foreach (var (name, number) in groupNumbers.OrderBy(kv => kv.Value))
        {
            GroupIndex[name] = Py.Int(number);
        }
    }

    public bool IsText { get; }

    public int Flags { get; }

    /// <summary>Number of capturing groups.</summary>
    public int Groups { get; }

    public PyDict GroupIndex { get; }

    /// <summary>Group numbers by name, in the order the groups open.</summary>
    public IReadOnlyDictionary<string, int> GroupNumbers { get; }

    public string NetPattern => plain.NetPattern;

    /// <summary>
    /// The regexes for <paramref name="text"/>: a text with surrogate pairs needs the variant where
    /// '.' and negated classes take a whole pair and no match starts inside one.
    /// </summary>
    private RegexVariants For(string text) =>
        IsText && text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0 ? astral ??= new RegexVariants(astralPattern()) : plain;

    /// <summary>One search (mode 0 search, 1 match at pos, 2 match all of pos..endpos): a re.Match of <paramref name="pattern"/>, or None.</summary>
    public object Find(object subject, object pos, object endpos, int mode, object pattern)
    {
        var (text, start) = Prepare(subject, pos, endpos);
        if (start < 0)
        {
            return Py.None;
        }

        var variants = For(text);
        var regex = mode switch
        {
            0 => variants.Search,
            1 => variants.Anchored,
            _ => variants.Full,
        };
        var m = regex.Match(text, start);
        return m.Success ? NewMatch(pattern, subject, text, start, m) : Py.None;
    }

    /// <summary>
    /// Successive matches from pos as finditer/sub/split see them (3.7+ empty-match rules); limit 0 = all.
    /// With a pattern the items are re.Match objects, without one span tuples (lastindex, start0, end0, ...).
    /// </summary>
    public PyList Scan(object subject, object pos, object endpos, long limit, object pattern)
    {
        var result = new PyList();
        var (text, start) = Prepare(subject, pos, endpos);
        if (start < 0)
        {
            return result;
        }

        foreach (var m in Successive(text, start, limit))
        {
            result.Add(pattern is PyNone ? SpanTuple(text, m) : NewMatch(pattern, subject, text, start, m));
        }

        return result;
    }

    /// <summary>The matches from <paramref name="start"/> on, with the 3.7+ empty-match rules; limit 0 = all.</summary>
    private IEnumerable<Match> Successive(string text, int start, long limit)
    {
        var variants = For(text);
        var afterEmpty = false;
        for (long found = 0; limit <= 0 || found < limit; found++)
        {
            var m = (afterEmpty ? variants.NotEmptyAtStart : variants.Search).Match(text, start);
            if (!m.Success)
            {
                yield break;
            }

            yield return m;
            afterEmpty = m.Length == 0;
            start = m.Index + m.Length;
        }
    }

    /// <summary>Pattern.split of a str subject (maxsplit &gt;= 0): the pieces between matches and the groups of each match.</summary>
    public PyList SplitText(string subject, long maxsplit)
    {
        var text = SubjectText(subject);
        var result = new PyList();
        var last = 0;
        foreach (var m in Successive(text, 0, maxsplit))
        {
            result.Add(text[last..m.Index]);
            for (var g = 1; g <= Groups; g++)
            {
                var group = m.Groups[g];
                result.Add(group.Success ? group.Value : Py.None);
            }

            last = m.Index + m.Length;
        }

        result.Add(text[last..]);
        return result;
    }

    /// <summary>
    /// Pattern.subn of a str subject (count &gt;= 0). With <paramref name="pattern"/> the replacement is a
    /// callable given each re.Match; without, a parsed template: a str, or a tuple of str pieces and group numbers.
    /// </summary>
    public PyTuple SubText(object replacement, string subject, long count, object pattern)
    {
        var text = SubjectText(subject);
        // Pieces are joined at the end, as CPython does, so a bad piece fails after every call was made.
        var pieces = new List<object>();
        var template = pattern is PyNone ? replacement as PyTuple : null;
        var last = 0;
        var n = 0;
        foreach (var m in Successive(text, 0, count))
        {
            if (m.Index > last)
            {
                pieces.Add(text[last..m.Index]);
            }

            if (pattern is not PyNone)
            {
                var piece = Ops.Call(replacement, NewMatch(pattern, text, text, 0, m));
                if (piece is not PyNone)
                {
                    pieces.Add(piece);
                }
            }
            else if (template is null)
            {
                pieces.Add(replacement);
            }
            else
            {
                foreach (var part in template.Items)
                {
                    if (part is long g)
                    {
                        var group = m.Groups[(int)g];
                        if (group.Success)
                        {
                            pieces.Add(group.Value);
                        }
                    }
                    else
                    {
                        pieces.Add(part);
                    }
                }
            }

            last = m.Index + m.Length;
            n++;
        }

        if (last < text.Length)
        {
            pieces.Add(text[last..]);
        }

        return new PyTuple([n == 0 ? text : StrMethods.Join("", CollectionsMarshal.AsSpan(pieces)), Py.Int(n)]);
    }

    /// <summary>Pattern.findall: the whole matches, the one group, or tuples of groups ('' for groups that did not take part).</summary>
    public PyList FindAll(object subject, object pos, object endpos)
    {
        var result = new PyList();
        var (text, start) = Prepare(subject, pos, endpos);
        if (start < 0)
        {
            return result;
        }

        foreach (var m in Successive(text, start, 0))
        {
            if (Groups <= 1)
            {
                result.Add(Piece(m.Groups[Groups]));
            }
            else
            {
                var items = new object[Groups];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = Piece(m.Groups[i + 1]);
                }

                result.Add(new PyTuple(items));
            }
        }

        return result;
    }

    private object Piece(Group g)
    {
        var text = g.Success ? g.Value : "";
        return IsText ? text : new PyBytes(System.Text.Encoding.Latin1.GetBytes(text));
    }

    private MatchObject NewMatch(object pattern, object subject, string text, int start, Match m)
    {
        var spans = new int[2 * (Groups + 1)];
        var last = Spans(text, m, spans);
        return new MatchObject(this, pattern, subject, text, spans, last, TextIndex.ToPython(text, start), TextIndex.PythonLength(text));
    }

    private PyTuple SpanTuple(string text, Match m)
    {
        var spans = new int[2 * (Groups + 1)];
        var last = Spans(text, m, spans);
        var items = new object[spans.Length + 1];
        items[0] = last == 0 ? Py.None : Py.Int(last);
        for (var i = 0; i < spans.Length; i++)
        {
            items[i + 1] = Py.Int(spans[i]);
        }

        return new PyTuple(items);
    }

    /// <summary>Fills start/end per group (-1 when unmatched) and returns lastindex (0 for none).</summary>
    private int Spans(string text, Match m, int[] spans)
    {
        var last = 0;
        var lastEnd = -1;
        for (var i = 0; i <= Groups; i++)
        {
            var g = m.Groups[i];
            if (g.Success)
            {
                var s = TextIndex.ToPython(text, g.Index);
                var e = TextIndex.ToPython(text, g.Index + g.Length);
                spans[2 * i] = s;
                spans[(2 * i) + 1] = e;
                if (i > 0 && (e > lastEnd || (e == lastEnd && ClosesAfter(i, last))))
                {
                    last = i;
                    lastEnd = e;
                }
            }
            else
            {
                spans[2 * i] = -1;
                spans[(2 * i) + 1] = -1;
            }
        }

        return last;
    }

    /// <summary>Of two groups ending at the same place, the later one closed last unless it is inside the other.</summary>
    private bool ClosesAfter(int group, int current) => current == 0 || !ancestors[group].Contains(current);

    /// <summary>The .NET text to search (cut at endpos) and the start index; start -1 when nothing can match.</summary>
    private (string Text, int Start) Prepare(object subject, object pos, object endpos)
    {
        var text = SubjectText(subject);
        var length = TextIndex.PythonLength(text);
        var p = Math.Clamp(Ops.IndexAsLongClamped(pos), 0, length);
        var e = endpos is PyNone ? length : Math.Clamp(Ops.IndexAsLongClamped(endpos), 0, length);
        if (e < p)
        {
            return (text, -1);
        }

        if (e < length)
        {
            text = text[..TextIndex.ToClr(text, (int)e)];
        }

        return (text, TextIndex.ToClr(text, (int)p));
    }

    private string SubjectText(object subject)
    {
        switch (subject)
        {
            case string s:
                return IsText ? s : throw Ops.TypeError("cannot use a bytes pattern on a string-like object");
            case PyValueInstance { Value: string vs }:
                return IsText ? vs : throw Ops.TypeError("cannot use a bytes pattern on a string-like object");
            case PyBytes or PyByteArray or PyMemoryView or PyValueInstance { Value: PyBytes }:
                if (IsText)
                {
                    throw Ops.TypeError("cannot use a string pattern on a bytes-like object");
                }

                var raw = subject switch
                {
                    PyMemoryView mv => BytesMethods.AsBytes(mv.Source),
                    PyValueInstance vi => BytesMethods.AsBytes(vi.Value),
                    _ => BytesMethods.AsBytes(subject),
                };
                return Encoding.Latin1.GetString(raw);
            default:
                throw Ops.TypeError($"expected string or bytes-like object, got '{Ops.TypeName(subject)}'");
        }
    }
}
