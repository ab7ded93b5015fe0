using System.Diagnostics;
using IronUwsgi.Runtime.Gateway;
using IronUwsgi.Server.Logging;

namespace IronUwsgi.Server.Workers;

/// <summary>
/// Serves one queued request on a worker thread: the handler, the end of the response, the 500
/// for a failing handler, the request log line, and handing the connection back.
/// </summary>
internal sealed class RequestPipeline(WorkerPool pool, ServerLog log, bool disableLogging, Func<bool> stopping)
{
    /// <summary>Unread body bytes dropped so the connection can continue (or close without a reset); more closes it.</summary>
    private const long DrainLimit = 1 << 20;

    public void Run(RequestJob job, Worker worker, CoreSlot core, long served)
    {
        var request = job.Request;
        var response = job.Response;
        request.Core = core.Id;
        try
        {
            worker.Handler.Handle(request, response);
            response.Complete();
        }
        catch (ClientDisconnectedException e)
        {
            response.Abandon();
            LogTransferError(job, e);
        }
        catch (ResponseAbortedException)
        {
            response.Abandon();
        }
        catch (Exception e)
        {
            response.Abandon();
            log.Write(e.ToString());
            if (!response.HeadersSent && !response.Broken)
                SendServerError(job);
        }
        long total = pool.CountRequest();
        // A request harakiri gave up on gets no request line, as under uWSGI where its worker is killed.
        if (!disableLogging && !job.Abandoned)
            log.Request(job, served, total, core.Id, Stopwatch.GetElapsedTime(job.Started));
        bool bodyDone = !response.Broken && (request.RequestBody.Completed || request.RequestBody.TryDrain(DrainLimit));
        bool keepAlive = response.KeepAlive && bodyDone && !stopping();
        if (core.End())
            job.TryComplete(keepAlive);
    }

    private void SendServerError(RequestJob job)
    {
        try
        {
            job.Response.SendError("500 Internal Server Error");
        }
        catch (ClientDisconnectedException e)
        {
            LogTransferError(job, e);
        }
    }

    private void LogTransferError(RequestJob job, ClientDisconnectedException e)
    {
        var variables = job.Request.Variables;
        string where = job.Response.Broken ? "uwsgi_response_write_body_do()" : "uwsgi_request_body_read()";
        log.Write($"{where}: {e.Message} during {variables["REQUEST_METHOD"]} {variables["REQUEST_URI"] ?? variables["PATH_INFO"]} ({job.RemoteAddress})");
    }
}
