using System.Diagnostics;

namespace IronUwsgi.Erlang.Processes;

/// <summary>
/// The end of an Erlang timeout on the precise clock. .NET timers and timed waits count on a coarse
/// clock (a few milliseconds per tick on Linux) and can end slightly before the time asked, but a
/// receive or call timeout must never end early, so waits go round again until the deadline has passed.
/// </summary>
internal readonly struct Deadline
{
    private readonly long _due;

    private Deadline(long due) => _due = due;

    public static Deadline After(TimeSpan timeout) =>
        new(Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency));

    /// <summary>The time left, zero once the deadline has passed.</summary>
    public TimeSpan Remaining
    {
        get
        {
            var left = _due - Stopwatch.GetTimestamp();
            return left <= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds((double)left / Stopwatch.Frequency);
        }
    }

    /// <summary>Waits for <paramref name="task"/> until <paramref name="timeout"/> (infinite allowed); false when it is still running then.</summary>
    public static bool Wait(Task task, TimeSpan timeout)
    {
        if (timeout == Timeout.InfiniteTimeSpan)
        {
            task.Wait();
            return true;
        }
        var deadline = After(timeout);
        for (var left = timeout; left > TimeSpan.Zero; left = deadline.Remaining)
        {
            if (task.Wait(left))
                return true;
        }
        return task.IsCompleted;
    }

    /// <summary>Awaits <paramref name="task"/> until <paramref name="timeout"/> without throwing; false when it is still running then.</summary>
    public static async Task<bool> WaitAsync(Task task, TimeSpan timeout)
    {
        var deadline = After(timeout);
        for (var left = timeout; left > TimeSpan.Zero && !task.IsCompleted; left = deadline.Remaining)
            await task.WaitAsync(left).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        return task.IsCompleted;
    }
}
