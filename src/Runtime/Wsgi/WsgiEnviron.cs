using System.Text;
using IronUwsgi.Python.Objects;
using IronUwsgi.Runtime.Gateway;

namespace IronUwsgi.Runtime.Wsgi;

/// <summary>
/// Builds the environ dict of one request as uWSGI does: every CGI variable as a latin-1 str,
/// then the <c>wsgi.*</c> and <c>uwsgi.*</c> keys. The per-worker constants are made once.
/// </summary>
internal sealed class WsgiEnviron(WorkerInfo worker, WsgiOptions options)
{
    private const int MaxCachedKeys = 256;

    private static readonly PyTuple WsgiVersion = new([Py.Int(1), Py.Int(0)]);

    // Variable names repeat on every request; reusing their strings saves most of the environ's allocations.
    // Only used under the engine's gate, so one thread at a time.
    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

    private readonly object _multithread = Py.Bool(worker.Threads > 1);
    private readonly object _multiprocess = Py.Bool(worker.Processes > 1);
    private readonly PyBytes _version = new(Encoding.ASCII.GetBytes(options.Version));
    private readonly PyBytes _node = new(Encoding.UTF8.GetBytes(options.Node));

    public PyDict Build(IGatewayRequest request, WsgiInput input, WsgiErrors errors)
    {
        var variables = request.Variables;
        var environ = new PyDict();
        for (int i = 0; i < variables.Count; i++)
            environ[Key(variables.KeyAt(i))] = variables.ValueStringAt(i);
        if (!environ.ContainsKey("SCRIPT_NAME"))
            environ["SCRIPT_NAME"] = "";
        environ["wsgi.version"] = WsgiVersion;
        environ["wsgi.input"] = input;
        environ["wsgi.errors"] = errors;
        environ["wsgi.multithread"] = _multithread;
        environ["wsgi.multiprocess"] = _multiprocess;
        environ["wsgi.run_once"] = Py.False;
        environ["wsgi.url_scheme"] = variables.UrlScheme;
        environ["wsgi.file_wrapper"] = FileWrapper.Factory;
        environ["uwsgi.version"] = _version;
        environ["uwsgi.node"] = _node;
        if (worker.Threads > 1)
            environ["uwsgi.core"] = Py.Int(request.Core);
        return environ;
    }

    private string Key(ReadOnlySpan<byte> name)
    {
        if (name.Length > 64)
            return Encoding.Latin1.GetString(name);
        Span<char> chars = stackalloc char[name.Length];
        Encoding.Latin1.GetChars(name, chars);
        var lookup = _keys.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(chars, out var key))
            return key;
        key = new string(chars);
        if (_keys.Count < MaxCachedKeys)
            _keys[key] = key;
        return key;
    }
}
