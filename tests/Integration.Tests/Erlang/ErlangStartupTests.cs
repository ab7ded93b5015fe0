using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Integration.Tests.Erlang;

/// <summary>--erlang start-up failures, a wrong cookie, and --pyrun with the node up.</summary>
public sealed class ErlangStartupTests(ErlangStartupTests.World world) : IClassFixture<ErlangStartupTests.World>
{
    /// <summary>The erl world alone, no server.</summary>
    public sealed class World : IAsyncLifetime
    {
        public ErlangWorld Erlang { get; } = new();

        public Task InitializeAsync() => Erlang.InitializeAsync();

        public Task DisposeAsync() => Erlang.DisposeAsync();
    }

    [Fact]
    public void ANameWithoutAtStopsStartUpWithOneLine()
    {
        using var server = ServerWithErlang.Start(world.Erlang.Environment(), "--socket", "127.0.0.1:0", "--erlang", "nohost", "--erlang-cookie", "C");
        Assert.Equal(1, server.WaitForExit());
        Assert.Contains(server.Lines, l => l.Contains("*** invalid erlang node name *** 'nohost'", StringComparison.Ordinal));
    }

    [Fact]
    public void AMissingCookieFileStopsStartUpWithOneLine()
    {
        var home = Directory.CreateTempSubdirectory("ironuwsgi-home-").FullName;
        var env = world.Erlang.Environment();
        env["HOME"] = home;
        using var server = ServerWithErlang.Start(env, "--socket", "127.0.0.1:0", "--erlang", "x@127.0.0.1");
        Assert.Equal(1, server.WaitForExit());
        Assert.Contains(server.Lines, l => l.Contains("*** unable to get the erlang cookie ***", StringComparison.Ordinal) && l.Contains(".erlang.cookie", StringComparison.Ordinal));
        Directory.Delete(home, recursive: true);
    }

    [Fact]
    public void NoEpmdStopsStartUpWithOneLine()
    {
        var env = new Dictionary<string, string> { ["ERL_EPMD_PORT"] = ErlangWorld.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture) };
        using var server = ServerWithErlang.Start(env, "--socket", "127.0.0.1:0", "--erlang", "x@127.0.0.1", "--erlang-cookie", "C");
        Assert.Equal(1, server.WaitForExit());
        Assert.Contains(server.Lines, l => l.Contains("*** unable to subscribe with EPMD ***", StringComparison.Ordinal) && l.Contains("is epmd running?", StringComparison.Ordinal));
    }

    [Fact]
    public void PyrunRunsAScriptWithTheNodeUpAndAWrongCookieGivesANegativeHandle()
    {
        var script = Path.Combine(Directory.CreateTempSubdirectory("ironuwsgi-pyrun-").FullName, "script.py");
        File.WriteAllText(script, $$"""
            import uwsgi
            print("node", uwsgi.erlang_node)
            h = uwsgi.erlang_connect("{{world.Erlang.ErlNode}}")
            print("handle", h)
            """);
        var name = ErlangWorld.Unique("py") + "@127.0.0.1";
        using (var good = ServerWithErlang.Start(world.Erlang.Environment(), "--erlang", name, "--erlang-cookie", ErlangWorld.Cookie, "--pyrun", script))
        {
            Assert.Equal(0, good.WaitForExit());
            Assert.Contains($"node {name}", good.Lines);
            Assert.Contains("handle 0", good.Lines);
        }
        using var bad = ServerWithErlang.Start(world.Erlang.Environment(), "--erlang", ErlangWorld.Unique("py") + "@127.0.0.1", "--erlang-cookie", "WRONGCOOKIE", "--pyrun", script);
        Assert.Equal(0, bad.WaitForExit());
        Assert.Contains("handle -1", bad.Lines);
        Assert.Contains(bad.Lines, l => l.StartsWith($"erlang_connect(): unable to connect to {world.Erlang.ErlNode}:", StringComparison.Ordinal));
    }

    [Fact]
    public void PyrunScriptsReceiveMessagesFromErlangInErlangFunc()
    {
        var script = Path.Combine(Directory.CreateTempSubdirectory("ironuwsgi-pyrun-").FullName, "script.py");
        File.WriteAllText(script, """
            import threading
            import uwsgi
            got = threading.Event()
            def on_message(message):
                print("message", message)
                got.set()
                return ("seen", message)
            uwsgi.erlang_func = on_message
            print("ready", flush=True)
            print("received", got.wait(30))
            """);
        var name = ErlangWorld.Unique("py") + "@127.0.0.1";
        using var server = ServerWithErlang.Start(world.Erlang.Environment(), "--erlang", name, "--erlang-cookie", ErlangWorld.Cookie, "--pyrun", script);
        server.WaitForLine(l => l == "ready");
        var reply = world.Erlang.CallErl("bridgetest", "ask", new ErlAtom(name), new ErlAtom("useless"), new ErlTuple(new ErlAtom("hi"), new ErlInteger(7)), new ErlInteger(10000));
        Assert.Equal(new ErlTuple(new ErlAtom("reply"), new ErlTuple(new ErlAtom("seen"), new ErlTuple(new ErlAtom("hi"), new ErlInteger(7)))), reply);
        Assert.Equal(0, server.WaitForExit());
        Assert.Contains("message ('hi', 7)", server.Lines);
        Assert.Contains("received True", server.Lines);
    }

    [Fact]
    public void WithOneWorkerNoWorkerIsStolenAndTheServerSaysWhy()
    {
        var name = ErlangWorld.Unique("one") + "@127.0.0.1";
        using var server = ServerWithErlang.Start(world.Erlang.Environment(), "--http-socket", "127.0.0.1:0", "-p", "1", "--erlang", name, "--erlang-cookie", ErlangWorld.Cookie);
        server.WaitForLine(l => l.EndsWith($"you can access it with name {name}", StringComparison.Ordinal));
        server.WaitForLine(l => l == "You do not have enough worker for Erlang. Please respawn with at least 2 processes.");
        Assert.DoesNotContain(server.Lines, l => l.StartsWith("Erlang mode enabled", StringComparison.Ordinal));
    }
}
