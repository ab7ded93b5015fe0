using System.Globalization;
using System.Net;
using IronUwsgi.Integration.Tests.Support;

namespace IronUwsgi.Integration.Tests.Erlang;

/// <summary>
/// One erl world and one ironuwsgi (<c>-p 3 --threads 4</c>: two HTTP workers of four threads and the stolen one, <c>--erlang</c>) running the bridge test app behind
/// a real nginx, shared by the tests of a class.
/// </summary>
public sealed class BridgeServer : IAsyncLifetime
{
    private Nginx? _nginx;
    private ServerWithErlang? _server;

    public ErlangWorld World { get; } = new();

    public string NodeName { get; } = ErlangWorld.Unique("uwsgi") + "@127.0.0.1";

    internal ServerWithErlang Server => _server!;

    /// <summary>A second erl node no handle is connected to, so what it sends to our names goes to erlang_func.</summary>
    public string Asker { get; private set; } = "";

    public HttpClient Http { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await World.InitializeAsync();
        Asker = await World.StartErlAsync(ErlangWorld.Unique("asker"));
        var apps = Directory.CreateTempSubdirectory("ironuwsgi-apps-").FullName;
        var erhello = File.ReadAllText(Path.Combine(ErlangWorld.RepoRoot, "pyapps", "erhello.py"));
        // The seed's erhello.py names the wiki's Erlang node; the local copy names ours.
        File.WriteAllText(Path.Combine(apps, "erhello_local.py"), erhello.Replace("testnode@192.168.173.1", World.ErlNode, StringComparison.Ordinal));
        File.Copy(Path.Combine(ErlangWorld.RepoRoot, "pyapps", "echo.py"), Path.Combine(apps, "echo.py"));
        int port = ErlangWorld.FreePort();
        var env = World.Environment();
        env["BRIDGE_APPS"] = apps;
        env["ECHO_NODE"] = World.ErlNode;
        _server = ServerWithErlang.Start(env,
            "--socket", $"127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}", "-p", "3", "--threads", "4",
            "--erlang", NodeName, "--erlang-cookie", ErlangWorld.Cookie,
            "--wsgi-file", Path.Combine(AppContext.BaseDirectory, "Erlang", "bridge_testapp.py"));
        _server.WaitForLine(l => l.Contains("Erlang mode enabled for worker 3.", StringComparison.Ordinal));
        _server.WaitForLine(l => l.Contains("spawned uWSGI worker 1", StringComparison.Ordinal));
        _nginx = Nginx.Start(new IPEndPoint(IPAddress.Loopback, port));
        Http = Clients.Create(_nginx.BaseAddress);
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        _nginx?.Dispose();
        _server?.Dispose();
        await World.DisposeAsync();
    }
}
