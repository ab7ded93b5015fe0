namespace IronUwsgi.Runtime.Wsgi;

/// <summary>
/// The global lock of one engine shared by a worker's <c>--threads</c>: Python code runs with it held,
/// socket I/O runs without it so other threads keep running Python meanwhile. A worker with one
/// thread never contends, so the gate is a no-op there.
/// </summary>
internal sealed class EngineGate(bool shared)
{
    private readonly Lock _lock = new();

    public void Enter()
    {
        if (shared)
            _lock.Enter();
    }

    public void Exit()
    {
        if (shared)
            _lock.Exit();
    }
}
