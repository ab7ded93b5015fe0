using System.Xml;
using System.Xml.Linq;
using Microsoft.Extensions.Configuration;

namespace IronUwsgi.Server.Options;

/// <summary>Turns <c>--ini</c>, <c>--xml</c> and <c>--json</c> values (<c>file</c> or <c>file:section</c>) into configuration layers.</summary>
internal static class ConfigFiles
{
    private const string DefaultSection = "uwsgi";
    private const int MaxDepth = 16;

    /// <summary>The option that loads <paramref name="path"/> when it is given bare (<c>ironuwsgi app.ini</c>), by extension.</summary>
    public static string? KindOf(string path)
    {
        string file = SplitSection(path).File;
        return Path.GetExtension(file).ToLowerInvariant() switch
        {
            ".ini" => "ini",
            ".xml" => "xml",
            ".json" or ".js" => "json",
            _ => null,
        };
    }

    /// <summary>
    /// Loads one file and, right after it, the files it names with its own ini/xml/json keys.
    /// <paramref name="currentFile"/> resolves the <c>:section</c> form (another section of the same file).
    /// </summary>
    public static void Load(string kind, string value, string? currentFile, List<ConfigLayer> layers, int depth = 0)
    {
        if (depth > MaxDepth)
            throw new OptionException($"config files include each other more than {MaxDepth} levels deep at '{value}'");
        var (file, section) = SplitSection(value);
        if (file.Length == 0)
            file = currentFile ?? throw new OptionException($"'{value}' names no file");
        string text;
        try
        {
            text = File.ReadAllText(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OptionException($"unable to read {kind} file {file}: {e.Message}");
        }
        var provider = kind switch
        {
            "ini" => Ini(file, text, section),
            "xml" => Xml(file, text, section),
            "json" => Json(file, text, section),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a config file kind"),
        };
        layers.Add(new ConfigLayer(provider, file, Strict: true));
        foreach (var nested in new[] { "ini", "xml", "json" })
        {
            foreach (var included in LayerValues.Of(provider, nested))
                Load(nested, included, file, layers, depth + 1);
        }
    }

    private static (string File, string? Section) SplitSection(string value)
    {
        if (File.Exists(value))
            return (value, null);
        int colon = value.LastIndexOf(':');
        // A drive letter ("C:\x.ini") is not a section separator.
        if (colon < 0 || value.AsSpan(colon + 1).IndexOfAny('/', '\\') >= 0)
            return (value, null);
        return (value[..colon], value[(colon + 1)..]);
    }

    private static IConfigurationProvider Ini(string file, string text, string? section)
    {
        var provider = new UwsgiIniProvider(text, section ?? DefaultSection);
        provider.Load();
        if (!provider.SectionFound)
            throw new OptionException($"section [{section ?? DefaultSection}] not found in {file}");
        return provider;
    }

    private static IConfigurationProvider Json(string file, string text, string? section)
    {
        IConfigurationRoot root;
        try
        {
            root = new ConfigurationBuilder().AddJsonStream(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text))).Build();
        }
        catch (Exception e) when (e is FormatException or System.Text.Json.JsonException)
        {
            throw new OptionException($"invalid json in {file}: {e.InnerException?.Message ?? e.Message}");
        }
        var stanza = root.GetSection(section ?? DefaultSection);
        if (!stanza.Exists())
            throw new OptionException($"no \"{section ?? DefaultSection}\" object in {file}");
        var provider = new ChainedConfigurationProvider(new ChainedConfigurationSource { Configuration = stanza });
        provider.Load();
        return provider;
    }

    private static IConfigurationProvider Xml(string file, string text, string? id)
    {
        XElement stanza;
        try
        {
            var document = XDocument.Parse(text);
            stanza = FindStanza(document, id)
                ?? throw new OptionException(id is null ? $"no <uwsgi> element in {file}" : $"no <uwsgi id=\"{id}\"> element in {file}");
        }
        catch (XmlException e)
        {
            throw new OptionException($"invalid xml in {file}: {e.Message}");
        }
        // The id only selects the stanza; it is not an option.
        var copy = new XElement(stanza);
        copy.Attribute("id")?.Remove();
        // An empty element is a flag set to true; the XML provider would drop it.
        foreach (var element in copy.Elements())
        {
            if (element.IsEmpty || (!element.HasElements && element.Value.Length == 0))
                element.Value = "true";
        }
        var stream = new MemoryStream();
        copy.Save(stream);
        stream.Position = 0;
        var root = new ConfigurationBuilder().AddXmlStream(stream).Build();
        return root.Providers.Single();
    }

    private static XElement? FindStanza(XDocument document, string? id)
    {
        foreach (var element in document.Descendants("uwsgi"))
        {
            if (id is null || (string?)element.Attribute("id") == id)
                return element;
        }
        return null;
    }
}
