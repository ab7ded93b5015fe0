using System.Net;
using IronUwsgi.Runtime.Gateway;
using IronUwsgi.Server.Hosting;
using IronUwsgi.Server.Logging;
using IronUwsgi.Server.Options;
using IronUwsgi.Server.Sockets;

namespace IronUwsgi.Server.Tests.Support;

/// <summary>
/// An in-process server on loopback ports chosen by the OS: one uwsgi socket and one HTTP socket,
/// or only the uwsgi socket (then worker threads accept its connections themselves).
/// </summary>
internal sealed class TestServer : IAsyncDisposable
{
    private readonly ServerHost _host;

    private TestServer(ServerHost host, CapturedLog log)
    {
        _host = host;
        Log = log;
    }

    public CapturedLog Log { get; }

    public IPEndPoint Uwsgi => (IPEndPoint)_host.EndPoints[0];

    public IPEndPoint Http => (IPEndPoint)_host.EndPoints[1];

    public ServerHost Host => _host;

    public static TestServer Start(IRequestHandlerFactory factory, Func<ServerSettings, ServerSettings>? configure = null, bool uwsgiOnly = false)
    {
        ListenSpec uwsgi = new(BindAddress.Parse("127.0.0.1:0"), SocketProtocol.Uwsgi);
        var settings = new ServerSettings
        {
            Sockets = uwsgiOnly ? [uwsgi] : [uwsgi, new ListenSpec(BindAddress.Parse("127.0.0.1:0"), SocketProtocol.Http)],
            Mercy = TimeSpan.FromSeconds(10),
        };
        settings = configure?.Invoke(settings) ?? settings;
        var log = new CapturedLog();
        var host = new ServerHost(settings, factory, new ServerLog(log));
        host.Start();
        return new TestServer(host, log);
    }

    public static TestServer Start(Action<IGatewayRequest, IResponseWriter> handle, Func<ServerSettings, ServerSettings>? configure = null, bool uwsgiOnly = false) =>
        Start(new RecordingFactory(handle), configure, uwsgiOnly);

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
