using System.Globalization;

namespace IronUwsgi.Server.Options;

/// <summary>The options after every layer was applied, by canonical name, with the catalog's defaults behind them.</summary>
internal sealed class ParsedOptions
{
    private readonly Dictionary<string, List<string>> _values = new(StringComparer.Ordinal);

    /// <summary>Every option that was set, with its values in the order given (what <c>uwsgi.opt</c> shows).</summary>
    public IReadOnlyDictionary<string, List<string>> Values => _values;

    public bool IsSet(string name) => _values.ContainsKey(Known(name).Name);

    public bool Flag(string name) => _values.TryGetValue(Known(name).Name, out var values) && OptionValues.IsOn(values[^1]);

    public string? Text(string name)
    {
        var option = Known(name);
        return _values.TryGetValue(option.Name, out var values) ? values[^1] : option.Default;
    }

    public int Int(string name) => int.Parse(Text(name) ?? "0", CultureInfo.InvariantCulture);

    public IReadOnlyList<string> List(string name) => _values.TryGetValue(Known(name).Name, out var values) ? values : [];

    /// <summary>Records one value: single-valued options and flags keep the last, repeatable ones accumulate.</summary>
    internal void Apply(OptionInfo option, string value)
    {
        if (!_values.TryGetValue(option.Name, out var values))
            _values[option.Name] = values = [];
        else if (option.Arity != OptionArity.Repeatable)
            values.Clear();
        values.Add(value);
    }

    private static OptionInfo Known(string name) =>
        OptionCatalog.Find(name) ?? throw new ArgumentException($"no option named '{name}' in the catalog", nameof(name));
}
