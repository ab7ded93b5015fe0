using System.Runtime.InteropServices;
using IronUwsgi.Runtime.Gateway;
using IronUwsgi.Server;
using IronUwsgi.Server.Hosting;
using IronUwsgi.Server.Logging;
using IronUwsgi.Server.Options;

// Parses ironuwsgi's options, then serves "Hello World" from C# instead of a Python app, to
// measure what the sockets, protocols and workers cost on their own.
SocketTuning.Apply();
var settings = ServerSettings.From(OptionLoader.Load(args, Environment.GetEnvironmentVariables()));
var log = new ServerLog(new StreamWriter(Console.OpenStandardError()) { AutoFlush = true });
await using var host = new ServerHost(settings, new HelloFactory(), log);
host.Start();
var stop = new TaskCompletionSource();
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.TrySetResult(); });
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.TrySetResult(); });
await stop.Task;

internal sealed class HelloFactory : IRequestHandlerFactory
{
    public IRequestHandler Create(WorkerInfo worker) => new Hello();
}

internal sealed class Hello : IRequestHandler
{
    private static readonly KeyValuePair<string, string>[] Headers = [new("Content-Type", "text/plain"), new("Content-Length", "11")];

    public void Handle(IGatewayRequest request, IResponseWriter response)
    {
        request.AppId = 0;
        response.Start("200 OK", Headers);
        response.Write("Hello World"u8);
    }

    public void Dispose()
    {
    }
}
