using System.Diagnostics;

namespace IronUwsgi.Server.Workers;

/// <summary>
/// What one worker thread (uWSGI "core") is serving and since when. Harakiri claims a stuck request
/// under the same lock the thread uses to finish it, so only one of them ever completes it.
/// </summary>
internal sealed class CoreSlot(int id)
{
    private readonly Lock _lock = new();
    private RequestJob? _job;
    private long _since;

    public int Id => id;

    public void Begin(RequestJob job)
    {
        lock (_lock)
        {
            _job = job;
            _since = Stopwatch.GetTimestamp();
        }
    }

    /// <summary>Clears the slot; false when harakiri took the request first.</summary>
    public bool End()
    {
        lock (_lock)
        {
            bool mine = _job is not null;
            _job = null;
            return mine;
        }
    }

    /// <summary>Whether the request in this slot has run longer than <paramref name="limit"/>.</summary>
    public bool IsStuck(TimeSpan limit)
    {
        lock (_lock)
            return _job is not null && Stopwatch.GetElapsedTime(_since) > limit;
    }

    /// <summary>
    /// uWSGI's status of a core in a request, <c>ADDR - METHOD URI since UNIXTIME</c>, or null when
    /// the core is idle.
    /// </summary>
    public string? Status()
    {
        lock (_lock)
        {
            if (_job is null)
                return null;
            var variables = _job.Request.Variables;
            long since = DateTimeOffset.UtcNow.Subtract(Stopwatch.GetElapsedTime(_since)).ToUnixTimeSeconds();
            return $"{variables["REMOTE_ADDR"] ?? _job.RemoteAddress} - {variables["REQUEST_METHOD"]} {variables["REQUEST_URI"] ?? variables["PATH_INFO"]} since {since}";
        }
    }

    /// <summary>
    /// Abandons the request when it has run longer than <paramref name="limit"/>: its socket is
    /// closed and the handler is told to stop (the Python code running it is interrupted). True when it did.
    /// </summary>
    public bool TryHarakiri(TimeSpan limit)
    {
        lock (_lock)
        {
            if (_job is null || Stopwatch.GetElapsedTime(_since) <= limit)
                return false;
            _job.Abandon();
            _job = null;
            return true;
        }
    }
}
