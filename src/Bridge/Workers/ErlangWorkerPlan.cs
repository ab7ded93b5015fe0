namespace IronUwsgi.Bridge.Workers;

/// <summary>
/// Which worker uWSGI's Erlang plugin steals as the message manager: the highest-numbered,
/// and none when there is only one worker (it keeps serving requests).
/// </summary>
public sealed record ErlangWorkerPlan(int? ManagerWorker, string LogLine)
{
    public static ErlangWorkerPlan For(int processes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(processes, 1);
        return processes < 2
            ? new ErlangWorkerPlan(null, "You do not have enough worker for Erlang. Please respawn with at least 2 processes.")
            : new ErlangWorkerPlan(processes, $"Erlang mode enabled for worker {processes}.");
    }

    /// <summary>True when <paramref name="worker"/> (1-based) serves requests.</summary>
    public bool ServesRequests(int worker) => worker != ManagerWorker;
}
