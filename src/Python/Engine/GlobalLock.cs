namespace IronUwsgi.Python.Engine;

/// <summary>
/// The engine's global lock: one thread runs Python code of an engine at a time, so lists and
/// dicts need no locking of their own. Blocking calls release it, and a running thread offers it
/// to waiters every so many calls.
/// </summary>
internal sealed class GlobalLock
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private int waiting;

    public void Acquire()
    {
        Interlocked.Increment(ref waiting);
        gate.Wait();
        Interlocked.Decrement(ref waiting);
    }

    public void Release() => gate.Release();

    /// <summary>Lets a waiting thread run, if there is one.</summary>
    public void Yield()
    {
        if (Volatile.Read(ref waiting) > 0)
        {
            Release();
            Thread.Yield();
            Acquire();
        }
    }
}
