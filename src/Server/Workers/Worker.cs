using System.Net.Sockets;
using IronUwsgi.Runtime.Gateway;
using IronUwsgi.Runtime.Wsgi;
using IronUwsgi.Server.Connections;

namespace IronUwsgi.Server.Workers;

/// <summary>
/// One worker: its own handler and <c>--threads</c> threads, each accepting uwsgi connections itself
/// (when every socket is a uwsgi socket) or taking requests from the pool's queue.
/// A retired worker (recycled or harakiri'd) takes no new requests; its last thread shuts the handler
/// down (atexit, unless harakiri'd or --skip-atexit) and disposes it.
/// </summary>
internal sealed class Worker
{
    private readonly WorkerPool _pool;
    private volatile bool _retired;
    private volatile bool _killed;
    private readonly Thread[] _threads;
    private int _liveThreads;
    private long _requests;

    public Worker(WorkerPool pool, int id, IRequestHandler handler, int threads)
    {
        _pool = pool;
        Id = id;
        Handler = handler;
        Cores = new CoreSlot[threads];
        _threads = new Thread[threads];
        for (int i = 0; i < threads; i++)
        {
            Cores[i] = new CoreSlot(i);
            var core = Cores[i];
            _threads[i] = new Thread(() => Run(core), WsgiHandlerFactory.ThreadStackSize) { IsBackground = true, Name = $"worker {id} core {i}" };
        }
    }

    public int Id { get; }

    public IRequestHandler Handler { get; }

    public CoreSlot[] Cores { get; }

    public bool Retired => _retired;

    /// <summary>Whether every thread has exited (a retired worker can then be forgotten).</summary>
    public bool Exited => Volatile.Read(ref _liveThreads) == 0;

    public void Start()
    {
        _liveThreads = _threads.Length;
        foreach (var thread in _threads)
            thread.Start();
    }

    /// <summary>
    /// Stops taking requests; threads finish what they serve and exit. A worker <paramref name="killed"/>
    /// by harakiri is stuck, so its app's atexit handlers are not run, as uWSGI's SIGKILL runs none.
    /// </summary>
    public void Retire(bool killed = false)
    {
        if (killed)
            _killed = true;
        _retired = true;
        _pool.WakeIdleThreads();
    }

    /// <summary>Waits for the threads to exit, up to <paramref name="timeout"/> in all.</summary>
    public void Join(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        foreach (var thread in _threads)
        {
            var left = deadline - DateTime.UtcNow;
            thread.Join(left > TimeSpan.Zero ? left : TimeSpan.Zero);
        }
    }

    private void Run(CoreSlot core)
    {
        try
        {
            // uwsgi connections are read by this thread itself, with buffers it keeps for its lifetime.
            var session = _pool.ServesUwsgi ? new UwsgiSession(_pool.Context) : null;
            Action<RequestJob> serve = job => Serve(job, core);
            while (!Retired)
            {
                if (_pool.Acceptor is { } acceptor)
                {
                    if (acceptor.Accept() is not Socket client)
                        break;
                    session!.Serve(client, serve);
                }
                else
                {
                    if (!_pool.TryTake(this, out var work))
                        break;
                    if (work.Job is { } job)
                        serve(job);
                    else
                        session!.Serve(work.Uwsgi!, serve);
                }
            }
        }
        finally
        {
            if (Interlocked.Decrement(ref _liveThreads) == 0)
                DisposeHandler();
        }
    }

    private void Serve(RequestJob job, CoreSlot core)
    {
        core.Begin(job);
        long served = Interlocked.Increment(ref _requests);
        _pool.Pipeline.Run(job, this, core, served);
        if (_pool.MaxRequests > 0 && served == _pool.MaxRequests)
            _pool.Recycle(this);
    }

    private void DisposeHandler()
    {
        // An exception on this thread would end the process; a failing Dispose only earns a log line.
        try
        {
            if (!_killed && !_pool.SkipAtexit)
                Handler.Shutdown();
            Handler.Dispose();
        }
        catch (Exception e)
        {
            _pool.Log.Write($"worker {Id}: disposing its handler failed: {e}");
        }
    }
}
