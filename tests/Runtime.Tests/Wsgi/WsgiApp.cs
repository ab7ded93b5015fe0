using IronUwsgi.Runtime.Apps;
using IronUwsgi.Runtime.Gateway;
using IronUwsgi.Runtime.Wsgi;

namespace IronUwsgi.Runtime.Tests.Wsgi;

/// <summary>A Python app written to a temporary folder and loaded into a real engine by the handler factory.</summary>
internal sealed class WsgiApp : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wsgi-test-").FullName;

    public WsgiApp(string source, int threads = 1, int processes = 1, string fileName = "app.py", string? module = null)
    {
        File.WriteAllText(Path.Combine(_folder, fileName), source);
        var spec = module is null ? AppSpec.FromFile(Path.Combine(_folder, fileName)) : AppSpec.FromModule(module);
        Factory = new WsgiHandlerFactory(new WsgiOptions(spec, [_folder], "2.0.30", "testnode"));
        Worker = new WorkerInfo(1, threads, processes, Log);
        Handler = Factory.Create(Worker);
    }

    public RecordingLog Log { get; } = new();

    public WsgiHandlerFactory Factory { get; }

    public WorkerInfo Worker { get; }

    public IRequestHandler Handler { get; }

    public FakeResponse Serve(FakeRequest? request = null, FakeResponse? response = null)
    {
        response ??= new FakeResponse();
        Handler.Handle(request ?? FakeRequest.Get(), response);
        return response;
    }

    public void Dispose()
    {
        Handler.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
