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
    private readonly string netPattern;
    private readonly RegexOptions options;
    private readonly int[][] ancestors;
    private Regex? search;
    private Regex? anchored;
    private Regex? full;
    private Regex? notEmptyAtStart;

    public CompiledPattern(PyType type, string netPattern, bool isText, int flags, int groups, PyDict groupIndex, int[][] ancestors)
        : base(type)
    {
        this.netPattern = netPattern;
        this.ancestors = ancestors;
        IsText = isText;
        Flags = flags;
        Groups = groups;
        GroupIndex = groupIndex;
        options = RegexOptions.CultureInvariant;
    }

    public bool IsText { get; }

    public int Flags { get; }

    /// <summary>Number of capturing groups.</summary>
    public int Groups { get; }

    public PyDict GroupIndex { get; }

    public string NetPattern => netPattern;

    private Regex Search => search ??= new Regex(netPattern, options);

    private Regex Anchored => anchored ??= new Regex("\\G(?:" + netPattern + ")", options);

    private Regex Full => full ??= new Regex("\\G(?:" + netPattern + ")\\z", options);

    // After an empty match at p, Python looks for a match that does not end at p: (?!\G) says so.
    private Regex NotEmptyAtStart => notEmptyAtStart ??= new Regex("(?:" + netPattern + ")(?!\\G)", options);

    /// <summary>One search: mode 0 search, 1 match at pos, 2 match all of pos..endpos.</summary>
    public object Find(object subject, object pos, object endpos, int mode)
    {
        var (text, start) = Prepare(subject, pos, endpos);
        if (start < 0)
        {
            return Py.None;
        }

        var regex = mode switch
        {
            0 => Search,
            1 => Anchored,
            _ => Full,
        };
        var m = regex.Match(text, start);
        return m.Success ? Spans(text, m) : Py.None;
    }

    /// <summary>Successive matches from pos as finditer/sub/split see them (3.7+ empty-match rules); limit 0 = all.</summary>
    public PyList Scan(object subject, object pos, object endpos, long limit)
    {
        var result = new PyList();
        var (text, start) = Prepare(subject, pos, endpos);
        if (start < 0)
        {
            return result;
        }

        var afterEmpty = false;
        while (limit <= 0 || result.Count < limit)
        {
            var m = (afterEmpty ? NotEmptyAtStart : Search).Match(text, start);
            if (!m.Success)
            {
                break;
            }

            result.Add(Spans(text, m));
            afterEmpty = m.Length == 0;
            start = m.Index + m.Length;
        }

        return result;
    }

    private PyTuple Spans(string text, Match m)
    {
        var items = new object[2 * Groups + 3];
        var last = 0;
        var lastEnd = -1;
        for (var i = 0; i <= Groups; i++)
        {
            var g = m.Groups[i];
            if (g.Success)
            {
                var s = TextIndex.ToPython(text, g.Index);
                var e = TextIndex.ToPython(text, g.Index + g.Length);
                items[1 + (2 * i)] = Py.Int(s);
                items[2 + (2 * i)] = Py.Int(e);
                if (i > 0 && (e > lastEnd || (e == lastEnd && ClosesAfter(i, last))))
                {
                    last = i;
                    lastEnd = e;
                }
            }
            else
            {
                items[1 + (2 * i)] = Py.Int(-1);
                items[2 + (2 * i)] = Py.Int(-1);
            }
        }

        items[0] = last == 0 ? Py.None : Py.Int(last);
        return new PyTuple(items);
    }

    /// <summary>Of two groups ending at the same place, the later one closed last unless it is inside the other.</summary>
    private bool ClosesAfter(int group, int current) => current == 0 || !ancestors[group].Contains(current);

    /// <summary>The .NET text to search (cut at endpos) and the start index; start -1 when nothing can match.</summary>
    private (string Text, int Start) Prepare(object subject, object pos, object endpos)
    {
        var text = SubjectText(subject);
        var length = TextIndex.PythonLength(text);
        var p = Math.Clamp(Ops.IndexAsLong(pos), 0, length);
        var e = endpos is PyNone ? length : Math.Clamp(Ops.IndexAsLong(endpos), 0, length);
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
