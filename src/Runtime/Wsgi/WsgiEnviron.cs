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
    private static readonly PyTuple WsgiVersion = new([Py.Int(1), Py.Int(0)]);

    private readonly object _multithread = Py.Bool(worker.Threads > 1);
    private readonly object _multiprocess = Py.Bool(worker.Processes > 1);
    private readonly PyBytes _version = new(Encoding.ASCII.GetBytes(options.Version));
    private readonly PyBytes _node = new(Encoding.UTF8.GetBytes(options.Node));

    public PyDict Build(IGatewayRequest request, WsgiInput input, WsgiErrors errors)
    {
        var variables = request.Variables;
        var environ = new PyDict();
        for (int i = 0; i < variables.Count; i++)
            environ[variables.KeyStringAt(i)] = variables.ValueStringAt(i);
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
}
