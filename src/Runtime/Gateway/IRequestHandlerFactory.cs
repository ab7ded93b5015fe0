namespace IronUwsgi.Runtime.Gateway;

/// <summary>
/// Makes the handler a worker owns. Called once per worker at start and again whenever a worker
/// is recycled (<c>--max-requests</c>) or replaced (<c>--harakiri</c>), so each handler can own
/// its own isolated engine.
/// </summary>
public interface IRequestHandlerFactory
{
    IRequestHandler Create(WorkerInfo worker);
}
