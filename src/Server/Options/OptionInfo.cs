namespace IronUwsgi.Server.Options;

/// <summary>How often an option may be given and whether it takes a value.</summary>
internal enum OptionArity
{
    /// <summary>A boolean switch: <c>--master</c>, or <c>true</c>/<c>off</c>... in files.</summary>
    Flag,

    /// <summary>One value; a later occurrence replaces an earlier one.</summary>
    Value,

    /// <summary>Any number of values, kept in the order given (<c>--socket a --socket b</c>).</summary>
    Repeatable,
}

/// <summary>
/// One option as uWSGI spells it. <paramref name="Check"/> validates a value and returns an error
/// text (null when valid); the same entry serves the command line, config files, the environment and --help.
/// </summary>
internal sealed record OptionInfo(
    string Name,
    char? Short,
    OptionArity Arity,
    string? Default,
    string Help,
    Func<string, string?> Check,
    params string[] Aliases)
{
    public bool TakesValue => Arity != OptionArity.Flag;
}
