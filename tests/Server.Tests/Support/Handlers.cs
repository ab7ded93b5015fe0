using System.Text;
using IronUwsgi.Runtime.Gateway;

namespace IronUwsgi.Server.Tests.Support;

/// <summary>A handler written as a delegate.</summary>
internal sealed class DelegateHandler(Action<IGatewayRequest, IResponseWriter> handle) : IRequestHandler
{
    public bool Disposed { get; private set; }

    public void Handle(IGatewayRequest request, IResponseWriter response) => handle(request, response);

    public void Dispose() => Disposed = true;
}

/// <summary>A factory that records every handler it made (one per worker generation).</summary>
internal sealed class RecordingFactory(Func<WorkerInfo, Action<IGatewayRequest, IResponseWriter>> make) : IRequestHandlerFactory
{
    private readonly List<(WorkerInfo Worker, DelegateHandler Handler)> _made = [];

    public RecordingFactory(Action<IGatewayRequest, IResponseWriter> handle) : this(_ => handle)
    {
    }

    public IReadOnlyList<(WorkerInfo Worker, DelegateHandler Handler)> Made
    {
        get
        {
            lock (_made)
                return [.. _made];
        }
    }

    public IRequestHandler Create(WorkerInfo worker)
    {
        var handler = new DelegateHandler(make(worker));
        lock (_made)
            _made.Add((worker, handler));
        return handler;
    }
}

/// <summary>Handlers the tests share.</summary>
internal static class Handlers
{
    public static void Text(IResponseWriter response, string body, string status = "200 OK")
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        response.Start(status, [new("Content-Type", "text/plain"), new("Content-Length", bytes.Length.ToString())]);
        response.Write(bytes);
    }

    /// <summary>Answers with the request's variables, one <c>KEY=value</c> per line, and the body it read.</summary>
    public static void Echo(IGatewayRequest request, IResponseWriter response)
    {
        var text = new StringBuilder();
        for (int i = 0; i < request.Variables.Count; i++)
            text.Append(request.Variables.KeyStringAt(i)).Append('=').Append(request.Variables.ValueStringAt(i)).Append('\n');
        using var body = new MemoryStream();
        request.Body.CopyTo(body);
        text.Append("BODY=").Append(Encoding.Latin1.GetString(body.ToArray()));
        request.AppId = 0;
        Text(response, text.ToString());
    }
}
