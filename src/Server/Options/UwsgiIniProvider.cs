using Microsoft.Extensions.Configuration;

namespace IronUwsgi.Server.Options;

/// <summary>
/// An INI file read as uWSGI reads it: one <c>[section]</c>, <c>key = value</c> lines, repeated keys
/// kept in order (as <c>key:0</c>, <c>key:1</c>...), a bare key meaning true, <c>;</c> and <c>#</c> comments.
/// (The stock INI provider rejects repeated and bare keys.)
/// </summary>
internal sealed class UwsgiIniProvider(string text, string section) : ConfigurationProvider
{
    /// <summary>Whether the file had the section at all.</summary>
    public bool SectionFound { get; private set; }

    public override void Load()
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        bool inSection = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is ';' or '#')
                continue;
            if (line[0] == '[' && line[^1] == ']')
            {
                inSection = line[1..^1].Trim() == section;
                SectionFound |= inSection;
                continue;
            }
            if (!inSection)
                continue;
            int equals = line.IndexOf('=');
            string key = (equals < 0 ? line : line[..equals]).Trim();
            string value = equals < 0 ? "true" : line[(equals + 1)..].Trim();
            int index = counts.GetValueOrDefault(key);
            counts[key] = index + 1;
            Data[$"{key}:{index}"] = value;
        }
    }
}
