using IronUwsgi.Server.Logging;
using IronUwsgi.Server.Options;
using IronUwsgi.Server.Workers;

namespace IronUwsgi.Server.Connections;

/// <summary>What every connection of a running server shares.</summary>
internal sealed record ServerContext(ServerSettings Settings, WorkerPool Pool, ServerLog Log, CancellationToken Stopping);
