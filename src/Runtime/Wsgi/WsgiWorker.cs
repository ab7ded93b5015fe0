using IronUwsgi.Python.Compiling.Runtime;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;
using IronUwsgi.Runtime.Gateway;

namespace IronUwsgi.Runtime.Wsgi;

/// <summary>
/// One worker's WSGI handler: its own engine and app, called by the worker's threads under the
/// engine's global lock. App errors are logged with their Python traceback; the client gets a 500 when
/// no header went out yet, else the connection is closed.
/// </summary>
internal sealed class WsgiWorker : IRequestHandler
{
    private static readonly KeyValuePair<string, string>[] ErrorHeaders = [new("Content-Type", "text/plain")];

    private readonly PythonEngine? _engine;
    private readonly object? _app;
    private readonly IServerLog _log;
    private readonly WsgiEnviron _environ;
    private readonly Action<object?> _interrupt;

    public WsgiWorker(WorkerInfo worker, WsgiOptions options, PythonEngine? engine, object? app)
    {
        _engine = engine;
        _app = app;
        _log = worker.Log;
        _environ = new WsgiEnviron(worker, options);
        _interrupt = thread => _engine?.Interrupt((Thread)thread!, "harakiri: the server gave up on this request");
    }

    public void Handle(IGatewayRequest request, IResponseWriter response)
    {
        if (_engine is null || _app is null)
        {
            _log.Write("--- no python application found, check your startup logs for errors ---");
            WriteServerError(response);
            return;
        }
        request.AppId = 0;
        // Attaching takes the engine's global lock: the worker's threads run its Python one at a time.
        using (_engine.Enter())
        {
            // When the server gives up on the request (harakiri), the Python code running it is stopped too.
            using var abort = request.Aborted.CanBeCanceled ? request.Aborted.UnsafeRegister(_interrupt, Thread.CurrentThread) : default;
            Serve(_app, request, response);
        }
    }

    public void Shutdown()
    {
        if (_engine is null)
            return;
        using (_engine.Enter())
            _engine.RunExitHandlers();
    }

    public void Dispose()
    {
    }

    private void Serve(object app, IGatewayRequest request, IResponseWriter response)
    {
        var wsgi = new WsgiResponse(response);
        var errors = new WsgiErrors(_log);
        object? result = null;
        Exception? error = null;
        try
        {
            var environ = _environ.Build(request, new WsgiInput(request.Body), errors);
            result = Ops.Call(app, environ, wsgi.StartResponse);
            Drain(result, wsgi);
            if (!wsgi.Started)
                error = Ops.Error(PyExc.RuntimeError, "the application returned without calling start_response()");
        }
        catch (Exception e)
        {
            error = e;
        }
        if (result is not null && Ops.TryGetAttr(result, "close", out var close))
        {
            try
            {
                Ops.Call(close);
            }
            catch (Exception e)
            {
                error ??= e;
            }
        }
        errors.Flush();
        if (request.Aborted.IsCancellationRequested)
            throw new ResponseAbortedException("the request was abandoned (harakiri)");
        if (wsgi.Disconnected is { } gone)
            throw gone;
        if (error is not null)
            Fail(error, response);
    }

    /// <summary>Sends every chunk of the app's result; a bare bytes or str result counts as one chunk, as uWSGI allows.</summary>
    private static void Drain(object result, WsgiResponse wsgi)
    {
        switch (result)
        {
            case PyBytes or string:
                wsgi.Send(result);
                return;
            case PyList list:
                for (int i = 0; i < list.Count; i++)
                    wsgi.Send(list[i]);
                return;
        }
        var iterator = Ops.GetIter(result);
        while (Ops.TryNext(iterator, out var chunk))
            wsgi.Send(chunk);
    }

    private void Fail(Exception error, IResponseWriter response)
    {
        var exception = CompiledOps.ToPython(error).Value;
        foreach (var line in TracebackPrinter.Format(exception).TrimEnd('\n').Split('\n'))
            _log.Write(line);
        if (response.HeadersSent)
            throw new ResponseAbortedException($"the application failed after the response headers were sent: {Ops.FormatExceptionLine(exception)}");
        using (PythonThread.Blocking())
            WriteServerError(response);
    }

    private static void WriteServerError(IResponseWriter response)
    {
        response.Start("500 Internal Server Error", ErrorHeaders);
        response.Write("Internal Server Error"u8);
    }
}
