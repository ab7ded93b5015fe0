using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.Memory;

namespace IronUwsgi.Server.Options;

/// <summary>
/// Splits the command line into layers the way uWSGI applies it: the options between config files
/// form one layer, and each <c>--ini</c>/<c>--xml</c>/<c>--json</c> (or bare <c>app.ini</c>) is loaded in place.
/// Accepts <c>--name value</c>, <c>--name=value</c>, <c>-p 2</c>, <c>-p2</c> and grouped flags (<c>-ML</c>).
/// </summary>
internal sealed class CommandLineReader
{
    private const string Origin = "the command line";
    private readonly List<ConfigLayer> _layers;
    private Dictionary<string, string?> _segment = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    private CommandLineReader(List<ConfigLayer> layers) => _layers = layers;

    public static void Read(IReadOnlyList<string> args, List<ConfigLayer> layers)
    {
        var reader = new CommandLineReader(layers);
        for (int i = 0; i < args.Count; i++)
            i = reader.ReadOne(args, i);
        reader.Flush();
    }

    private int ReadOne(IReadOnlyList<string> args, int i)
    {
        string arg = args[i];
        if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            return ReadLong(args, i);
        if (arg.Length > 1 && arg[0] == '-')
            return ReadShort(args, i);
        string kind = ConfigFiles.KindOf(arg) ?? throw new OptionException($"unrecognized argument '{arg}'");
        AddFile(kind, arg);
        return i;
    }

    private int ReadLong(IReadOnlyList<string> args, int i)
    {
        string arg = args[i];
        int equals = arg.IndexOf('=');
        string name = equals < 0 ? arg[2..] : arg[2..equals];
        var option = OptionCatalog.Find(name) ?? throw new OptionException($"unrecognized option '--{name}'");
        string? value = equals < 0 ? null : arg[(equals + 1)..];
        if (option.TakesValue && value is null)
        {
            if (i + 1 >= args.Count)
                throw new OptionException($"option '--{name}' requires an argument");
            value = args[++i];
        }
        Add(option, value ?? "true");
        return i;
    }

    private int ReadShort(IReadOnlyList<string> args, int i)
    {
        string arg = args[i];
        for (int at = 1; at < arg.Length; at++)
        {
            var option = OptionCatalog.FindShort(arg[at]) ?? throw new OptionException($"unrecognized option '-{arg[at]}'");
            if (!option.TakesValue)
            {
                Add(option, "true");
                continue;
            }
            if (at + 1 < arg.Length)
            {
                Add(option, arg[(at + 1)..]);
                return i;
            }
            if (i + 1 >= args.Count)
                throw new OptionException($"option '-{arg[at]}' requires an argument");
            Add(option, args[++i]);
            return i;
        }
        return i;
    }

    private void Add(OptionInfo option, string value)
    {
        if (option.Name is "ini" or "xml" or "json")
        {
            AddFile(option.Name, value);
            return;
        }
        if (option.Arity == OptionArity.Repeatable)
        {
            int index = _counts.GetValueOrDefault(option.Name);
            _counts[option.Name] = index + 1;
            _segment[$"{option.Name}:{index}"] = value;
        }
        else
        {
            _segment[option.Name] = value;
        }
    }

    private void AddFile(string kind, string value)
    {
        Flush();
        ConfigFiles.Load(kind, value, currentFile: null, _layers);
    }

    private void Flush()
    {
        if (_segment.Count == 0)
            return;
        var provider = new MemoryConfigurationProvider(new MemoryConfigurationSource { InitialData = _segment });
        _layers.Add(new ConfigLayer(provider, Origin, Strict: true));
        _segment = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        _counts.Clear();
    }
}
