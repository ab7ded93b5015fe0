using System.Text;
using static IronUwsgi.Server.Options.OptionArity;

namespace IronUwsgi.Server.Options;

/// <summary>Every option the server knows; the single source for parsing, config files, the environment and <c>--help</c>.</summary>
internal static class OptionCatalog
{
    public static readonly IReadOnlyList<OptionInfo> All =
    [
        new("socket", 's', Repeatable, null, "bind to the specified socket speaking the uwsgi protocol (:port = all interfaces, or a UNIX path)", OptionValues.BindAddress, "uwsgi-socket"),
        new("http-socket", null, Repeatable, null, "bind to the specified socket speaking HTTP", OptionValues.BindAddress),
        new("processes", 'p', Value, "1", "spawn the specified number of workers", OptionValues.Integer(1, 1024), "workers"),
        new("threads", null, Value, "1", "run each worker with the specified number of threads", OptionValues.Integer(1, 1024)),
        new("module", 'w', Value, null, "load a WSGI module (module or module:callable)", OptionValues.Module, "wsgi"),
        new("wsgi-file", null, Value, null, "load a .wsgi file as the application", OptionValues.Text, "file"),
        new("callable", null, Value, "application", "set the default WSGI callable name", OptionValues.Text),
        new("pythonpath", null, Repeatable, null, "add a directory to the Python module search path", OptionValues.Text, "python-path", "pp"),
        new("chdir", null, Value, null, "chdir to the specified directory before apps loading", OptionValues.Text),
        new("env", null, Repeatable, null, "set an environment variable (KEY=VALUE)", OptionValues.KeyValue),
        new("master", 'M', Flag, null, "enable the master process", OptionValues.Flag),
        new("buffer-size", 'b', Value, "4096", "set the internal buffer size (largest request header/vars block)", OptionValues.Integer(512, 65535)),
        new("max-vars", 'v', Value, "64", "set the amount of internal iovec/vars structures (2 per pair)", OptionValues.Integer(1, 16384)),
        new("socket-timeout", 'z', Value, "4", "set internal sockets timeout in seconds", OptionValues.Integer(1)),
        new("listen", 'l', Value, "100", "set the socket listen queue size", OptionValues.Integer(1)),
        new("max-requests", 'R', Value, "0", "reload workers after the specified amount of managed requests (0 = never)", OptionValues.Integer(0)),
        new("harakiri", 't', Value, "0", "replace a worker stuck on one request longer than the specified seconds (0 = never)", OptionValues.Integer(0)),
        new("skip-atexit", null, Flag, null, "skip atexit hooks (Python's atexit handlers are not run when a worker ends)", OptionValues.Flag),
        new("disable-logging", 'L', Flag, null, "disable request logging", OptionValues.Flag),
        new("ini", null, Repeatable, null, "load config from an ini file (file.ini or file.ini:section)", OptionValues.Text),
        new("xml", 'x', Repeatable, null, "load config from an xml file (file.xml or file.xml:id)", OptionValues.Text),
        new("json", 'j', Repeatable, null, "load config from a json file (file.json or file.json:key)", OptionValues.Text, "js"),
        new("help", 'h', Flag, null, "show this help", OptionValues.Flag, "usage"),
        new("version", null, Flag, null, "print server version", OptionValues.Flag),
        new("erlang", null, Value, null, "enable the Erlang C-node with node name <name@host> (steals the highest worker as the Erlang message manager)", OptionValues.Text),
        new("erlang-cookie", null, Value, null, "set the Erlang cookie (default: the content of ~/.erlang.cookie)", OptionValues.Text),
        new("pyrun", null, Value, null, "run a Python script like python3 (ironuwsgi --pyrun FILE [args])", OptionValues.Text),
        new("pyshell", null, Flag, null, "run an interactive Python prompt like python3 (reads stdin; prompts on stderr)", OptionValues.Flag),
    ];

    private static readonly Dictionary<string, OptionInfo> ByName = Index();

    /// <summary>Finds an option by its long name or one of its aliases.</summary>
    public static OptionInfo? Find(string name) => ByName.GetValueOrDefault(name);

    public static OptionInfo? FindShort(char letter)
    {
        foreach (var option in All)
        {
            if (option.Short == letter)
                return option;
        }
        return null;
    }

    public static string HelpText()
    {
        var text = new StringBuilder("Usage: ironuwsgi [options...]\n");
        foreach (var option in All)
        {
            var left = option.Short is char s ? $"    -{s}|--{option.Name}" : $"    --{option.Name}";
            var right = option.Default is null ? option.Help : $"{option.Help} (default {option.Default})";
            if (option.Aliases.Length > 0)
                right += $" [also --{string.Join(", --", option.Aliases)}]";
            text.Append(left.PadRight(40)).Append(right).Append('\n');
        }
        return text.ToString();
    }

    private static Dictionary<string, OptionInfo> Index()
    {
        var index = new Dictionary<string, OptionInfo>(StringComparer.Ordinal);
        foreach (var option in All)
        {
            index.Add(option.Name, option);
            foreach (var alias in option.Aliases)
                index.Add(alias, option);
        }
        return index;
    }
}
