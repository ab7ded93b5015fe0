using System.Text.RegularExpressions;

namespace IronUwsgi.Python.Modules.Re;

/// <summary>The .NET regexes one pattern needs: to search, to match at pos, to match all, and to search on after an empty match.</summary>
internal sealed class RegexVariants(string netPattern)
{
    private TieredRegex? search;
    private TieredRegex? anchored;
    private TieredRegex? full;
    private TieredRegex? notEmptyAtStart;

    public string NetPattern => netPattern;

    public Regex Search => (search ??= new TieredRegex(netPattern)).Get();

    public Regex Anchored => (anchored ??= new TieredRegex("\\G(?:" + netPattern + ")")).Get();

    public Regex Full => (full ??= new TieredRegex("\\G(?:" + netPattern + ")\\z")).Get();

    // After an empty match at p, Python looks for a match that does not end at p: (?!\G) says so.
    public Regex NotEmptyAtStart => (notEmptyAtStart ??= new TieredRegex("(?:" + netPattern + ")(?!\\G)")).Get();
}
