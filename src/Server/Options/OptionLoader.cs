using System.Collections;

namespace IronUwsgi.Server.Options;

/// <summary>
/// Reads the options from every source in uWSGI's order: <c>UWSGI_*</c> environment variables
/// first, then the command line from left to right with each config file applied where it is named.
/// A later value of a single-valued option wins; repeatable options collect every value in that order.
/// </summary>
internal static class OptionLoader
{
    public static ParsedOptions Load(IReadOnlyList<string> args, IDictionary environment)
    {
        var layers = new List<ConfigLayer>();
        var env = new UwsgiEnvironmentProvider(environment);
        env.Load();
        layers.Add(new ConfigLayer(env, "the environment", Strict: false));
        foreach (var kind in new[] { "ini", "xml", "json" })
        {
            foreach (var file in LayerValues.Of(env, kind))
                ConfigFiles.Load(kind, file, currentFile: null, layers);
        }
        CommandLineReader.Read(args, layers);
        return Resolve(layers);
    }

    private static ParsedOptions Resolve(List<ConfigLayer> layers)
    {
        var options = new ParsedOptions();
        foreach (var layer in layers)
        {
            foreach (var key in LayerValues.Keys(layer.Provider))
            {
                var option = OptionCatalog.Find(key.ToLowerInvariant());
                if (option is null)
                {
                    if (layer.Strict)
                        throw new OptionException($"unrecognized option '{key}' in {layer.Origin}");
                    continue;
                }
                foreach (var value in LayerValues.Of(layer.Provider, key))
                {
                    if (option.Check(value) is string error)
                        throw new OptionException($"invalid value '{value}' for option '{option.Name}' in {layer.Origin}: {error}");
                    options.Apply(option, value);
                }
            }
        }
        return options;
    }
}
