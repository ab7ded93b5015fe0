using System.Net;
using System.Net.Sockets;
using IronUwsgi.Runtime.Gateway;
using IronUwsgi.Server.Connections;
using IronUwsgi.Server.Logging;
using IronUwsgi.Server.Options;
using IronUwsgi.Server.Sockets;
using IronUwsgi.Server.Workers;

namespace IronUwsgi.Server.Hosting;

/// <summary>
/// A running server: the bound sockets, their accept loops, and the workers with the handlers the
/// factory makes. Tests and embedders start it in-process; the executable wraps it with signals.
/// </summary>
internal sealed class ServerHost : IAsyncDisposable
{
    private readonly ServerSettings _settings;
    private readonly ServerLog _log;
    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<Listener> _listeners = [];
    private readonly List<Task> _acceptLoops = [];
    private readonly WorkerPool _pool;
    private Task? _stop;
    private int _connections;

    public ServerHost(ServerSettings settings, IRequestHandlerFactory factory, ServerLog log, Func<int, bool>? servesRequests = null)
    {
        _settings = settings;
        _log = log;
        _pool = new WorkerPool(settings, factory, log, _stopping.Token, servesRequests);
    }

    /// <summary>The bound endpoints, in the order of the settings' sockets.</summary>
    public IReadOnlyList<EndPoint> EndPoints => _listeners.ConvertAll(l => l.EndPoint);

    /// <summary>Whether worker threads accept connections themselves (every socket is a uwsgi socket).</summary>
    public bool AcceptsOnWorkerThreads => _pool.Acceptor is not null;

    /// <summary>Requests served so far by all workers.</summary>
    public long TotalRequests => _pool.TotalRequests;

    /// <summary>Counts work done outside the request path (an Erlang message the stolen worker handled) in the total.</summary>
    public void CountRequest() => _pool.CountRequest();

    /// <summary>Binds every socket, logs the banner, spawns the workers and starts accepting.</summary>
    public void Start()
    {
        Banner.Head(_log, _settings);
        foreach (var spec in _settings.Sockets)
        {
            try
            {
                _listeners.Add(Listener.Bind(spec, _settings.Listen, _settings.SocketTimeout));
            }
            catch (SocketException e)
            {
                foreach (var listener in _listeners)
                    listener.Dispose();
                throw new StartupException($"bind(): {e.Message} [{spec.Address.Text}]", e);
            }
            Banner.Socket(_log, _listeners.Count - 1, _listeners[^1]);
        }
        Banner.Tail(_log, _settings);
        if (_settings.Master)
            _log.Write($"spawned uWSGI master process (pid: {Environment.ProcessId})");
        try
        {
            _pool.Start(_listeners);
        }
        catch (StartupException)
        {
            _pool.Stop(TimeSpan.Zero);
            foreach (var listener in _listeners)
                listener.Dispose();
            throw;
        }
        // With only uwsgi sockets the worker threads accept themselves; else async loops accept.
        if (_pool.Acceptor is null)
        {
            foreach (var listener in _listeners)
                _acceptLoops.Add(AcceptLoopAsync(listener));
        }
    }

    /// <summary>
    /// Graceful stop: no new connections, idle ones closed, requests in flight finished (up to the
    /// mercy time), workers retired. Safe to call more than once.
    /// </summary>
    public Task StopAsync() => _stop ??= StopCoreAsync();

    public async ValueTask DisposeAsync()
    {
        await StopAsync().ConfigureAwait(false);
        _pool.Dispose();
        _stopping.Dispose();
    }

    private async Task StopCoreAsync()
    {
        _stopping.Cancel();
        foreach (var listener in _listeners)
            listener.Dispose();
        await Task.WhenAll(_acceptLoops).ConfigureAwait(false);
        if (Volatile.Read(ref _connections) == 0)
            _drained.TrySetResult();
        await Task.WhenAny(_drained.Task, Task.Delay(_settings.Mercy)).ConfigureAwait(false);
        await Task.Run(() => _pool.Stop(_settings.Mercy)).ConfigureAwait(false);
        _log.Write("goodbye to uWSGI.");
    }

    private async Task AcceptLoopAsync(Listener listener)
    {
        var context = _pool.Context;
        int timeout = (int)_settings.SocketTimeout.TotalMilliseconds;
        while (!_stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await listener.Socket.AcceptAsync(_stopping.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException || _stopping.IsCancellationRequested)
            {
                break;
            }
            catch (SocketException e)
            {
                _log.Write($"accept(): {e.Message}");
                await Task.Delay(10).ConfigureAwait(false);
                continue;
            }
            if (listener.Spec.Protocol == SocketProtocol.Uwsgi)
            {
                _pool.Dispatch(client);
                continue;
            }
            Interlocked.Increment(ref _connections);
            _ = ServeAsync(client, listener, context, timeout);
        }
    }

    private async Task ServeAsync(Socket client, Listener listener, ServerContext context, int timeout)
    {
        try
        {
            if (!listener.Spec.Address.IsUnix)
                client.NoDelay = true;
            client.ReceiveTimeout = timeout;
            client.SendTimeout = timeout;
            await new HttpConnection(client, context).RunAsync().ConfigureAwait(false);
        }
        catch (SocketException)
        {
            // The client left between accept() and the first read.
            client.Dispose();
        }
        catch (Exception e)
        {
            _log.Write($"connection error: {e}");
            client.Dispose();
        }
        finally
        {
            if (Interlocked.Decrement(ref _connections) == 0 && _stopping.IsCancellationRequested)
                _drained.TrySetResult();
        }
    }
}
