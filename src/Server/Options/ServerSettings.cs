using IronUwsgi.Runtime.Apps;
using IronUwsgi.Server.Sockets;

namespace IronUwsgi.Server.Options;

/// <summary>A socket to bind and the protocol its connections speak.</summary>
internal sealed record ListenSpec(BindAddress Address, SocketProtocol Protocol);

/// <summary>The typed settings the server host runs with, built from the parsed options.</summary>
internal sealed record ServerSettings
{
    public IReadOnlyList<ListenSpec> Sockets { get; init; } = [];
    public int Processes { get; init; } = 1;
    public int Threads { get; init; } = 1;
    public AppSpec? App { get; init; }
    public IReadOnlyList<string> PythonPath { get; init; } = [];
    public string? Chdir { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>> Environment { get; init; } = [];
    public bool Master { get; init; }
    public int BufferSize { get; init; } = 4096;
    public int MaxVars { get; init; } = 64;
    public TimeSpan SocketTimeout { get; init; } = TimeSpan.FromSeconds(4);
    public int Listen { get; init; } = 100;
    public int MaxRequests { get; init; }
    public TimeSpan Harakiri { get; init; }
    public bool DisableLogging { get; init; }
    public bool SkipAtexit { get; init; }

    /// <summary>How long a graceful stop waits for requests in flight (uWSGI's worker mercy).</summary>
    public TimeSpan Mercy { get; init; } = TimeSpan.FromSeconds(60);

    public static ServerSettings From(ParsedOptions options)
    {
        var sockets = new List<ListenSpec>();
        foreach (var text in options.List("socket"))
            sockets.Add(new ListenSpec(BindAddress.Parse(text), SocketProtocol.Uwsgi));
        foreach (var text in options.List("http-socket"))
            sockets.Add(new ListenSpec(BindAddress.Parse(text), SocketProtocol.Http));
        string? callable = options.IsSet("callable") ? options.Text("callable") : null;
        if (options.IsSet("module") && options.IsSet("wsgi-file"))
            throw new OptionException("options 'module' and 'wsgi-file' both name an application; give one of them");
        AppSpec? app = options.Text("module") is string module ? AppSpec.FromModule(module, callable)
            : options.Text("wsgi-file") is string file ? AppSpec.FromFile(file, callable)
            : null;
        var environment = new List<KeyValuePair<string, string>>();
        foreach (var pair in options.List("env"))
        {
            int equals = pair.IndexOf('=');
            environment.Add(new(pair[..equals], pair[(equals + 1)..]));
        }
        return new ServerSettings
        {
            Sockets = sockets,
            Processes = options.Int("processes"),
            Threads = options.Int("threads"),
            App = app,
            PythonPath = options.List("pythonpath"),
            Chdir = options.Text("chdir"),
            Environment = environment,
            Master = options.Flag("master"),
            BufferSize = options.Int("buffer-size"),
            MaxVars = options.Int("max-vars"),
            SocketTimeout = TimeSpan.FromSeconds(options.Int("socket-timeout")),
            Listen = options.Int("listen"),
            MaxRequests = options.Int("max-requests"),
            Harakiri = TimeSpan.FromSeconds(options.Int("harakiri")),
            DisableLogging = options.Flag("disable-logging"),
            SkipAtexit = options.Flag("skip-atexit"),
        };
    }
}
