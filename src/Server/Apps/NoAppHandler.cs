using IronUwsgi.Runtime.Gateway;

namespace IronUwsgi.Server.Apps;

/// <summary>
/// uWSGI's "full dynamic mode" when no application is loaded: every request gets a 500 and the log
/// says no application was found.
/// </summary>
internal sealed class NoAppHandler(IServerLog log) : IRequestHandler, IRequestHandlerFactory
{
    private static readonly KeyValuePair<string, string>[] Headers = [new("Content-Type", "text/plain"), new("Connection", "close")];

    public IRequestHandler Create(WorkerInfo worker) => this;

    public void Handle(IGatewayRequest request, IResponseWriter response)
    {
        log.Write("--- no python application found, check your startup logs for errors ---");
        response.Start("500 Internal Server Error", Headers);
        response.Write("Internal Server Error"u8);
    }

    public void Dispose()
    {
    }
}
