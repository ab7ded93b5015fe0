using Microsoft.Extensions.Configuration;

namespace IronUwsgi.Server.Options;

/// <summary>Reads one key from one provider whichever shape it has: a plain value, or indexed children (repeated keys, arrays).</summary>
internal static class LayerValues
{
    public static List<string> Of(IConfigurationProvider provider, string key)
    {
        var values = new List<string>();
        if (provider.TryGet(key, out var single) && single is not null)
            values.Add(single);
        foreach (var child in provider.GetChildKeys([], key).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (provider.TryGet($"{key}:{child}", out var item) && item is not null)
                values.Add(item);
        }
        return values;
    }

    /// <summary>The distinct top-level keys of a provider.</summary>
    public static IEnumerable<string> Keys(IConfigurationProvider provider) =>
        provider.GetChildKeys([], null).Distinct(StringComparer.OrdinalIgnoreCase);
}
