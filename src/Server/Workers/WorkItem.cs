using System.Net.Sockets;

namespace IronUwsgi.Server.Workers;

/// <summary>
/// What a worker thread takes from the queue: an HTTP request its connection already parsed, or a
/// uwsgi connection the thread reads itself (when an HTTP socket keeps the accept loops async).
/// </summary>
internal readonly record struct WorkItem(RequestJob? Job, Socket? Uwsgi);
