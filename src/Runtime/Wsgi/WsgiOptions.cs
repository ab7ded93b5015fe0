using IronUwsgi.Python.Engine;
using IronUwsgi.Runtime.Apps;
using IronUwsgi.Runtime.Gateway;

namespace IronUwsgi.Runtime.Wsgi;

/// <summary>What every worker's WSGI handler needs: the app to load, where imports look, and the server's identity.</summary>
/// <param name="App">The app from <c>-w</c> or <c>--wsgi-file</c>; null when none was given (uWSGI's "full dynamic mode").</param>
/// <param name="PythonPath">The <c>--pythonpath</c> folders, put first on each engine's sys.path.</param>
/// <param name="Version">The server version, published as <c>uwsgi.version</c> in the environ.</param>
/// <param name="Node">The host name, published as <c>uwsgi.node</c>.</param>
/// <param name="PrepareEngine">
/// Runs on each new worker engine before the app loads (attached to it), e.g. to register the native
/// <c>uwsgi</c> module with <see cref="PythonEngine.RegisterModule"/>.
/// </param>
public sealed record WsgiOptions(AppSpec? App, IReadOnlyList<string> PythonPath, string Version, string Node, Action<PythonEngine, WorkerInfo>? PrepareEngine = null);
