using System.Globalization;
using IronUwsgi.Runtime.Gateway;
using IronUwsgi.Server.Workers;

namespace IronUwsgi.Server.Logging;

/// <summary>The server log: whole lines in uWSGI's shape, written atomically from any thread.</summary>
internal sealed class ServerLog(TextWriter sink) : IServerLog
{
    private readonly Lock _lock = new();

    public void Write(string line)
    {
        lock (_lock)
        {
            sink.Write(line);
            sink.Write('\n');
        }
    }

    public void AppReady(int appId, string mountpoint, TimeSpan loadTime, string interpreter, bool defaultApp) =>
        Write($"WSGI app {appId} (mountpoint='{mountpoint}') ready in {(int)loadTime.TotalSeconds} seconds on interpreter {interpreter} pid: {Environment.ProcessId}{(defaultApp ? " (default app)" : "")}");

    /// <summary>
    /// uWSGI's default request line: <c>[pid: P|app: A|req: R/T] ADDR (USER) {N vars in B bytes} [date]
    /// METHOD URI => generated X bytes in Y msecs (PROTO STATUS) H headers in HB bytes (S switches on core C)</c>.
    /// N counts keys and values, as uWSGI's var counter does.
    /// </summary>
    public void Request(RequestJob job, long workerRequests, long totalRequests, int core, TimeSpan elapsed)
    {
        var vars = job.Request.Variables;
        var response = job.Response;
        Write(string.Create(CultureInfo.InvariantCulture,
            $"[pid: {Environment.ProcessId}|app: {job.Request.AppId}|req: {workerRequests}/{totalRequests}] {vars["REMOTE_ADDR"] ?? job.RemoteAddress} ({vars["REMOTE_USER"]}) {{{vars.Count * 2} vars in {vars.BlockSize} bytes}} [{CTime(DateTime.Now)}] {vars["REQUEST_METHOD"]} {vars["REQUEST_URI"] ?? vars["PATH_INFO"]} => generated {response.BodyBytes} bytes in {(long)elapsed.TotalMilliseconds} msecs ({vars["SERVER_PROTOCOL"]} {response.StatusCode}) {response.HeaderCount} headers in {response.HeaderBytes} bytes ({response.Writes} switches on core {core})"));
    }

    /// <summary>C's ctime() layout, which uWSGI prints: <c>Fri Nov  7 16:57:24 2026</c>.</summary>
    public static string CTime(DateTime time) =>
        string.Create(CultureInfo.InvariantCulture, $"{time:ddd MMM} {time.Day,2} {time:HH:mm:ss yyyy}");
}
