namespace IronUwsgi.Server.Workers;

/// <summary>
/// Requests (and uwsgi connections) waiting for a worker thread. Idle threads sleep on a monitor rather than spinning, so
/// waiting workers leave the CPU to the front end and the other workers.
/// </summary>
internal sealed class RequestQueue
{
    private readonly Queue<WorkItem> _jobs = new();
    private readonly object _gate = new();

    public void Enqueue(WorkItem job)
    {
        lock (_gate)
        {
            _jobs.Enqueue(job);
            Monitor.Pulse(_gate);
        }
    }

    /// <summary>Blocks until a request is queued; false once <paramref name="worker"/> retires.</summary>
    public bool TryTake(Worker worker, out WorkItem job)
    {
        lock (_gate)
        {
            while (true)
            {
                if (worker.Retired)
                {
                    // This thread may have consumed a wake-up meant for a request: pass it on.
                    if (_jobs.Count > 0)
                        Monitor.Pulse(_gate);
                    job = default;
                    return false;
                }
                if (_jobs.TryDequeue(out job))
                    return true;
                Monitor.Wait(_gate);
            }
        }
    }

    /// <summary>Wakes every idle thread so those of retired workers can exit.</summary>
    public void WakeAll()
    {
        lock (_gate)
            Monitor.PulseAll(_gate);
    }

    /// <summary>Closes the uwsgi connections no thread took before the workers stopped.</summary>
    public void CloseLeftovers()
    {
        lock (_gate)
        {
            while (_jobs.TryDequeue(out var item))
                item.Uwsgi?.Dispose();
        }
    }
}
