using System.Diagnostics;

namespace IronUwsgi.Erlang.Tests.Fixtures;

/// <summary>Shared by the Erlang tests: a private epmd, a random cookie, the compiled helper module and one erl node.</summary>
public sealed class ErlangFixture : IAsyncLifetime
{
    private readonly List<IDisposable> _owned = [];
    private EpmdDaemon? _epmd;
    private ErlNode? _erl;

    public string Cookie { get; } = "c" + Guid.NewGuid().ToString("N");

    public string CodePath { get; } = Path.Combine(Path.GetTempPath(), "ironuwsgi-erl-" + Guid.NewGuid().ToString("N"));

    public int EpmdPort => _epmd!.Port;

    /// <summary>The erl node most tests talk to.</summary>
    internal ErlNode Erl => _erl!;

    public static string UniqueAlive(string prefix) => prefix + Guid.NewGuid().ToString("N")[..10];

    public async Task InitializeAsync()
    {
        _epmd = EpmdDaemon.Start();
        Directory.CreateDirectory(CodePath);
        CompileHelper();
        _erl = await StartErlAsync("erl");
    }

    /// <summary>Starts another erl node; it is killed with the fixture unless the test kills it first.</summary>
    internal async Task<ErlNode> StartErlAsync(string prefix, string? alive = null)
    {
        var node = await ErlNode.StartAsync(EpmdPort, Cookie, alive ?? UniqueAlive(prefix), CodePath);
        lock (_owned)
            _owned.Add(node);
        return node;
    }

    public Task DisposeAsync()
    {
        lock (_owned)
        {
            foreach (var item in _owned)
                item.Dispose();
        }
        _epmd?.Dispose();
        Directory.Delete(CodePath, recursive: true);
        return Task.CompletedTask;
    }

    private void CompileHelper()
    {
        string source = Path.Combine(AppContext.BaseDirectory, "erlang", "ironuwsgi_test_helper.erl");
        var info = new ProcessStartInfo("erlc", ["-o", CodePath, source])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info) ?? throw new InvalidOperationException("cannot start erlc");
        string errors = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException("erlc failed: " + errors);
    }
}

[CollectionDefinition(Name)]
public sealed class ErlangCollection : ICollectionFixture<ErlangFixture>
{
    public const string Name = "erlang";
}
