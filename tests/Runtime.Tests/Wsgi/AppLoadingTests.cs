using IronUwsgi.Runtime.Apps;
using IronUwsgi.Runtime.Gateway;
using IronUwsgi.Runtime.Wsgi;

namespace IronUwsgi.Runtime.Tests.Wsgi;

public class AppLoadingTests
{
    private const string Counter = """
        count = 0
        def application(environ, start_response):
            global count
            count += 1
            start_response("200 OK", [])
            return [str(count).encode()]
        """;

    [Fact]
    public void LoadedAppLogsUwsgiReadyLine()
    {
        using var app = new WsgiApp(Counter);
        Assert.Matches(@"^WSGI app 0 \(mountpoint=''\) ready in \d+ seconds on interpreter 0x[0-9a-f]+ pid: \d+ \(default app\)$", Assert.Single(app.Log.Lines));
    }

    [Theory]
    [InlineData("pyapps/hello.py", "uwsgi_file_pyapps_hello")]
    [InlineData("/srv/my.app/wsgi.py", "uwsgi_file__srv_my_app_wsgi")]
    [InlineData("app.wsgi", "uwsgi_file_app_wsgi")]
    public void WsgiFileBecomesAModuleNamedAsUwsgiNamesIt(string path, string module) =>
        Assert.Equal(module, AppLoader.ModuleName(path));

    [Fact]
    public void WsgiFileModuleIsInSysModules()
    {
        using var app = new WsgiApp("""
            import sys
            def application(environ, start_response):
                start_response("200 OK", [])
                return [(__name__ + " " + str(sys.modules[__name__] is not None)).encode()]
            """, fileName: "site.py");
        Assert.EndsWith("_site True", app.Serve().BodyText);
    }

    [Fact]
    public void ModuleWithCallableIsImportedFromPythonPath()
    {
        using var app = new WsgiApp("""
            def app(environ, start_response):
                start_response("200 OK", [])
                return [b"from module"]
            """, fileName: "mymod.py", module: "mymod:app");
        Assert.Equal("from module", app.Serve().BodyText);
    }

    [Fact]
    public void EachHandlerOwnsAnEngineWithItsOwnModuleState()
    {
        using var app = new WsgiApp(Counter);
        using var second = app.Factory.Create(app.Worker);
        Assert.Equal("1", app.Serve().BodyText);
        Assert.Equal("2", app.Serve().BodyText);
        var response = new FakeResponse();
        second.Handle(FakeRequest.Get(), response);
        Assert.Equal("1", response.BodyText);
    }

    [Fact]
    public void SyntaxErrorInTheAppIsLoggedAndRequestsGet500()
    {
        using var app = new WsgiApp("def application(environ, start_response)\n    return []\n");
        var text = app.Log.Text;
        Assert.Contains("SyntaxError: expected ':'", text);
        Assert.Contains("unable to load app 0 (mountpoint='') (callable not found or import error)", text);
        Assert.Contains("*** no app loaded. going in full dynamic mode ***", text);
        var response = app.Serve();
        Assert.Equal("500 Internal Server Error", response.Status);
        Assert.Equal("--- no python application found, check your startup logs for errors ---", app.Log.Lines.Last());
    }

    [Fact]
    public void SyntaxErrorIsPrintedWithCPythonsCaretLineThenUwsgisCompileLine()
    {
        using var app = new WsgiApp("def application(environ, start_response)\n    return []\n");
        var lines = app.Log.Lines.ToList();
        int at = lines.FindIndex(l => l.StartsWith("  File \"", StringComparison.Ordinal));
        Assert.EndsWith("app.py\", line 1", lines[at]);
        Assert.Equal("    def application(environ, start_response)", lines[at + 1]);
        Assert.Equal("    " + new string(' ', 40) + "^", lines[at + 2]);
        Assert.Equal("SyntaxError: expected ':'", lines[at + 3]);
        Assert.StartsWith("failed to compile ", lines[at + 4]);
        Assert.EndsWith("app.py", lines[at + 4]);
    }

    [Fact]
    public void AFailureAlreadyLoggedByAnotherWorkerIsNotLoggedAgain()
    {
        using var app = new WsgiApp("raise ValueError('no config')\n");
        int logged = app.Log.Lines.Count;
        Assert.Equal("*** no app loaded. going in full dynamic mode ***", app.Log.Lines.Last());
        Assert.Equal(1, app.Log.Lines.Count(l => l == "ValueError: no config"));
        using var second = app.Factory.Create(app.Worker with { Id = 2 });
        Assert.Equal(logged, app.Log.Lines.Count);
        var response = new FakeResponse();
        second.Handle(FakeRequest.Get(), response);
        Assert.Equal("500 Internal Server Error", response.Status);
    }

    [Fact]
    public void ImportErrorInTheAppIsLogged()
    {
        using var app = new WsgiApp("import no_such_module_here\n");
        var lines = app.Log.Lines.ToList();
        Assert.Equal("Traceback (most recent call last):", lines[0]);
        Assert.Matches("^  File \".*app.py\", line 1, in <module>$", lines[1]);
        Assert.Equal(
            ["    import no_such_module_here", "ModuleNotFoundError: No module named 'no_such_module_here'", "unable to load app 0 (mountpoint='') (callable not found or import error)", "*** no app loaded. going in full dynamic mode ***"],
            lines[2..]);
    }

    [Fact]
    public void ErrorWhileLoadingTheAppIsLoggedWithItsTraceback()
    {
        using var app = new WsgiApp("def setup():\n    return {}['missing']\n\nsettings = setup()\n");
        var lines = app.Log.Lines.ToList();
        Assert.Equal("Traceback (most recent call last):", lines[0]);
        Assert.Matches("^  File \".*app.py\", line 4, in <module>$", lines[1]);
        Assert.Equal("    settings = setup()", lines[2]);
        Assert.Matches("^  File \".*app.py\", line 2, in setup$", lines[3]);
        Assert.Equal("KeyError: 'missing'", lines[5]);
    }

    [Fact]
    public void MissingCallableIsLogged()
    {
        using var app = new WsgiApp("def other(environ, start_response):\n    return []\n");
        Assert.Matches("^unable to find \"application\" callable in file .*app.py$", app.Log.Lines.First());
        Assert.Equal("500 Internal Server Error", app.Serve().Status);
    }

    [Fact]
    public void PrepareEngineRunsOnEachWorkerEngineBeforeTheAppLoads()
    {
        var folder = Directory.CreateTempSubdirectory("wsgi-prepare-").FullName;
        try
        {
            var file = Path.Combine(folder, "app.py");
            File.WriteAllText(file, """
                import hostmod
                def application(environ, start_response):
                    start_response("200 OK", [])
                    return [hostmod.greeting.encode()]
                """);
            var options = new WsgiOptions(AppSpec.FromFile(file), [], "2.0.30", "node", (engine, worker) =>
                engine.RegisterModule("hostmod", (_, module) => module.Set("greeting", $"hello from worker {worker.Id}")));
            using var handler = new WsgiHandlerFactory(options).Create(new WorkerInfo(3, 1, 4, new RecordingLog()));
            var response = new FakeResponse();
            handler.Handle(FakeRequest.Get(), response);
            Assert.Equal("hello from worker 3", response.BodyText);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void NoAppGivenServes500()
    {
        var log = new RecordingLog();
        var factory = new WsgiHandlerFactory(new WsgiOptions(null, [], "2.0.30", "node"));
        using var handler = factory.Create(new WorkerInfo(1, 1, 1, log));
        var response = new FakeResponse();
        handler.Handle(FakeRequest.Get(), response);
        Assert.Equal("500 Internal Server Error", response.Status);
        Assert.Equal(["*** no app loaded. going in full dynamic mode ***", "--- no python application found, check your startup logs for errors ---"], log.Lines);
    }

    [Fact]
    public void ThreadWaitingForTheRequestBodyLetsAnotherThreadRunTheEngine()
    {
        using var app = new WsgiApp("""
            def application(environ, start_response):
                body = environ["wsgi.input"].read()
                start_response("200 OK", [])
                return [b"read " + body]
            """, threads: 2);
        using var body = new GatedStream("late"u8.ToArray());
        FakeResponse? held = null;
        var waiting = new Thread(() => held = app.Serve(new FakeRequest(body, ("REQUEST_METHOD", "POST"), ("CONTENT_LENGTH", "4"))));
        waiting.Start();
        body.Reading.Wait();
        Assert.Equal("read ", app.Serve().BodyText);
        body.Open.Set();
        waiting.Join();
        Assert.Equal("read late", held!.BodyText);
    }

    [Fact]
    public void ThreadsShareOneEngineUnderItsLock()
    {
        using var app = new WsgiApp(Counter, threads: 4);
        var threads = Enumerable.Range(0, 4).Select(_ => new Thread(() =>
        {
            for (int i = 0; i < 50; i++)
                app.Serve();
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.Equal("201", app.Serve().BodyText);
    }
}
