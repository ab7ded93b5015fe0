using IronUwsgi.Runtime.Apps;

namespace IronUwsgi.Runtime.Wsgi;

/// <summary>What every worker's WSGI handler needs: the app to load, where imports look, and the server's identity.</summary>
/// <param name="App">The app from <c>-w</c> or <c>--wsgi-file</c>; null when none was given (uWSGI's "full dynamic mode").</param>
/// <param name="PythonPath">The <c>--pythonpath</c> folders, put first on each engine's sys.path.</param>
/// <param name="Version">The server version, published as <c>uwsgi.version</c> in the environ.</param>
/// <param name="Node">The host name, published as <c>uwsgi.node</c>.</param>
public sealed record WsgiOptions(AppSpec? App, IReadOnlyList<string> PythonPath, string Version, string Node)
{
    /// <summary>Runs on each new engine before its app loads, e.g. to register native modules such as <c>uwsgi</c>.</summary>
    public Action<Python.Engine.PythonEngine, Gateway.WorkerInfo>? PrepareEngine { get; init; }
}
