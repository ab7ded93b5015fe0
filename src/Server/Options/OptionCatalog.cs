using System.Text;

namespace IronUwsgi.Server.Options;

/// <summary>Every option the server knows; the single source for parsing and for <c>--help</c>.</summary>
internal static class OptionCatalog
{
    public static readonly IReadOnlyList<OptionInfo> All =
    [
        new("help", 'h', false, false, null, "show this help"),
        new("version", null, false, false, null, "print server version"),
        new("pyrun", null, true, false, null, "run a Python script like python3 (ironuwsgi --pyrun FILE [args])"),
    ];

    public static OptionInfo? Find(string name) => All.FirstOrDefault(o => o.Name == name);

    public static OptionInfo? FindShort(char letter) => All.FirstOrDefault(o => o.Short == letter);

    public static string HelpText()
    {
        var text = new StringBuilder("Usage: ironuwsgi [options...]\n");
        foreach (var option in All)
        {
            var left = option.Short is char s ? $"    -{s}|--{option.Name}" : $"    --{option.Name}";
            var right = option.Default is null ? option.Help : $"{option.Help} (default {option.Default})";
            text.Append(left.PadRight(40)).Append(right).Append('\n');
        }
        return text.ToString();
    }
}
