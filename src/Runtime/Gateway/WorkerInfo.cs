namespace IronUwsgi.Runtime.Gateway;

/// <summary>What a handler knows about the worker that owns it (feeds <c>wsgi.multithread</c>, <c>uwsgi.worker_id()</c>...).</summary>
/// <param name="Id">Worker number, 1..<paramref name="Processes"/>, as uWSGI numbers workers.</param>
/// <param name="Threads">Threads (cores) of this worker that may call the handler at once.</param>
/// <param name="Processes">Number of workers the server runs.</param>
/// <param name="Log">The server log, for start-up lines and <c>wsgi.errors</c>.</param>
public sealed record WorkerInfo(int Id, int Threads, int Processes, IServerLog Log);
