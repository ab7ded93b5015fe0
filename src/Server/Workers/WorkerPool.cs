using System.Net.Sockets;
using IronUwsgi.Runtime.Gateway;
using IronUwsgi.Server.Connections;
using IronUwsgi.Server.Hosting;
using IronUwsgi.Server.Logging;
using IronUwsgi.Server.Options;
using IronUwsgi.Server.Sockets;

namespace IronUwsgi.Server.Workers;

/// <summary>
/// The workers, and how their threads get work: when every socket is a uwsgi socket, each thread
/// accepts and serves connections itself (uWSGI's model); otherwise async accept loops hand HTTP
/// requests and uwsgi connections over a queue that any idle thread of any worker takes from.
/// Also the "master" duties: recycling after <c>--max-requests</c> and replacing workers stuck past
/// <c>--harakiri</c>.
/// </summary>
internal sealed class WorkerPool : IDisposable
{
    private readonly RequestQueue _queue = new();
    private readonly Worker?[] _workers;
    private readonly List<Worker> _retired = [];
    private readonly Lock _lock = new();
    private readonly IRequestHandlerFactory _factory;
    private readonly ServerSettings _settings;
    private readonly ServerLog _log;
    private readonly Func<int, bool> _servesRequests;
    private readonly List<IRequestHandler> _dedicated = [];
    private Timer? _harakiriTimer;
    private long _total;

    /// <param name="servesRequests">False for a worker that gets no requests (the Erlang message manager): its handler is made, no threads start.</param>
    public WorkerPool(ServerSettings settings, IRequestHandlerFactory factory, ServerLog log, CancellationToken stopping, Func<int, bool>? servesRequests = null)
    {
        Context = new ServerContext(settings, this, log, stopping);
        _servesRequests = servesRequests ?? (_ => true);
        _settings = settings;
        _factory = factory;
        _log = log;
        _workers = new Worker?[settings.Processes];
        Pipeline = new RequestPipeline(this, log, settings.DisableLogging, () => stopping.IsCancellationRequested);
    }

    /// <summary>What every connection of the server shares.</summary>
    public ServerContext Context { get; }

    /// <summary>Set when worker threads accept connections themselves (every socket is a uwsgi socket).</summary>
    public SharedAcceptor? Acceptor { get; private set; }

    /// <summary>Whether any socket speaks uwsgi, so worker threads need a uwsgi session.</summary>
    public bool ServesUwsgi { get; private set; }

    public RequestPipeline Pipeline { get; }

    public ServerLog Log => _log;

    public int MaxRequests => _settings.MaxRequests;

    /// <summary>Whether ending workers skip their app's atexit handlers (<c>--skip-atexit</c>).</summary>
    public bool SkipAtexit => _settings.SkipAtexit;

    /// <summary>Requests served by all workers (uWSGI's total in "req: R/T").</summary>
    public long TotalRequests => Interlocked.Read(ref _total);

    public long CountRequest() => Interlocked.Increment(ref _total);

    /// <summary>Spawns the workers for <paramref name="listeners"/>; with only uwsgi sockets their threads accept them directly.</summary>
    public void Start(IReadOnlyList<Listener> listeners)
    {
        ServesUwsgi = listeners.Any(l => l.Spec.Protocol == SocketProtocol.Uwsgi);
        if (listeners.Count > 0 && listeners.All(l => l.Spec.Protocol == SocketProtocol.Uwsgi))
            Acceptor = new SharedAcceptor(listeners, () => Context.Stopping.IsCancellationRequested, _log.Write);
        lock (_lock)
        {
            for (int id = 1; id <= _workers.Length; id++)
                Spawn(id, respawn: false);
        }
        if (_settings.Harakiri > TimeSpan.Zero)
            _harakiriTimer = new Timer(_ => CheckHarakiri(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    /// <summary>Queues a request; the result says whether its connection may carry another one.</summary>
    public ValueTask<bool> Dispatch(RequestJob job)
    {
        var result = job.Arm();
        _queue.Enqueue(new WorkItem(job, null));
        return result;
    }

    /// <summary>Queues an accepted uwsgi connection; the worker thread that takes it reads the packet.</summary>
    public void Dispatch(Socket uwsgi) => _queue.Enqueue(new WorkItem(null, uwsgi));

    /// <summary>Blocks a worker thread until a request is queued; false once its worker retires.</summary>
    public bool TryTake(Worker worker, out WorkItem work) => _queue.TryTake(worker, out work);

    /// <summary>Wakes idle threads after a worker retired, so its threads exit.</summary>
    public void WakeIdleThreads() => _queue.WakeAll();

    /// <summary>Called by the thread that served a worker's last allowed request.</summary>
    public void Recycle(Worker worker)
    {
        lock (_lock)
        {
            if (worker.Retired)
                return;
            worker.Retire();
            _log.Write($"...The work of process {Environment.ProcessId} is done. Seeya!");
            Spawn(worker.Id, respawn: true);
        }
    }

    /// <summary>Stops every worker after the requests they serve, waiting up to <paramref name="mercy"/>.</summary>
    public void Stop(TimeSpan mercy)
    {
        _harakiriTimer?.Dispose();
        List<Worker> all;
        lock (_lock)
        {
            all = [.. _retired];
            foreach (var worker in _workers)
            {
                if (worker is null)
                    continue;
                worker.Retire();
                all.Add(worker);
            }
        }
        var deadline = DateTime.UtcNow + mercy;
        foreach (var worker in all)
        {
            var left = deadline - DateTime.UtcNow;
            worker.Join(left > TimeSpan.Zero ? left : TimeSpan.Zero);
        }
        _queue.CloseLeftovers();
    }

    public void Dispose()
    {
        _harakiriTimer?.Dispose();
        foreach (var handler in _dedicated)
        {
            if (!_settings.SkipAtexit)
                handler.Shutdown();
            handler.Dispose();
        }
    }

    /// <summary>
    /// uWSGI's master check: a worker with a request running past <c>--harakiri</c> is logged with the
    /// status of its cores, its stuck requests are abandoned (their Python code interrupted), and a
    /// fresh worker takes its place; the other requests of the old worker finish.
    /// </summary>
    private void CheckHarakiri()
    {
        Worker?[] snapshot;
        lock (_lock)
            snapshot = (Worker?[])_workers.Clone();
        foreach (var worker in snapshot)
        {
            if (worker is null || worker.Retired || !worker.Cores.Any(c => c.IsStuck(_settings.Harakiri)))
                continue;
            int pid = Environment.ProcessId;
            string now = ServerLog.CTime(DateTime.Now);
            _log.Write($"{now} - *** HARAKIRI ON WORKER {worker.Id} (pid: {pid}, try: 1) ***");
            _log.Write($"{now} - HARAKIRI !!! worker {worker.Id} status !!!");
            foreach (var core in worker.Cores)
            {
                if (core.Status() is string status)
                    _log.Write($"{now} - HARAKIRI [core {core.Id}] {status}");
            }
            _log.Write($"{now} - HARAKIRI !!! end of worker {worker.Id} status !!!");
            foreach (var core in worker.Cores)
                core.TryHarakiri(_settings.Harakiri);
            lock (_lock)
            {
                if (worker.Retired)
                    continue;
                worker.Retire(killed: true);
                _log.Write($"DAMN ! worker {worker.Id} (pid: {pid}) died, killed by signal 9 :( trying respawn ...");
                Spawn(worker.Id, respawn: true);
            }
        }
    }

    private void Spawn(int id, bool respawn)
    {
        IRequestHandler handler;
        try
        {
            handler = _factory.Create(new WorkerInfo(id, _settings.Threads, _settings.Processes, _log));
        }
        catch (Exception e) when (respawn)
        {
            // The other workers keep serving; this slot stays empty rather than ending the process.
            _log.Write($"unable to respawn uWSGI worker {id}: {e}");
            return;
        }
        catch (Exception e)
        {
            throw new StartupException($"unable to spawn uWSGI worker {id}: {e.Message}", e);
        }
        if (!_servesRequests(id))
        {
            _dedicated.Add(handler);
            _log.Write($"spawned uWSGI worker {id} (pid: {Environment.ProcessId}, cores: {_settings.Threads})");
            return;
        }
        var worker = new Worker(this, id, handler, _settings.Threads);
        _retired.RemoveAll(w => w.Exited);
        if (_workers[id - 1] is Worker old)
            _retired.Add(old);
        _workers[id - 1] = worker;
        worker.Start();
        int pid = Environment.ProcessId;
        if (respawn)
            _log.Write($"Respawned uWSGI worker {id} (new pid: {pid})");
        else if (_workers.Length == 1 && !_settings.Master)
            _log.Write($"spawned uWSGI worker {id} (and the only) (pid: {pid}, cores: {_settings.Threads})");
        else
            _log.Write($"spawned uWSGI worker {id} (pid: {pid}, cores: {_settings.Threads})");
    }
}
