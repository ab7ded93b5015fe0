using System.Net;
using IronUwsgi.Bridge.Module;
using IronUwsgi.Erlang.Epmd;
using IronUwsgi.Erlang.Handshake;
using IronUwsgi.Erlang.Nodes;
using IronUwsgi.Erlang.Processes;
using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Bridge.Messaging;

/// <summary>
/// The server's Erlang side (<c>--erlang name@host</c>): our C-node, the handles apps open with
/// erlang_connect, and where messages sent to our names go (see <see cref="Route"/>).
/// </summary>
public sealed class ErlangBridge : IAsyncDisposable
{
    private readonly Action<string> _log;
    private MessageManager? _manager;
    private ErlangNode? _node;

    private ErlangBridge(TimeSpan socketTimeout, Action<string> log)
    {
        SocketTimeout = socketTimeout;
        _log = log;
    }

    /// <summary>Our node's full name.</summary>
    public string NodeName => Node.Name;

    /// <summary>The port our node listens on (published in EPMD).</summary>
    public int Port => Node.Port;

    /// <summary>The default timeout of the erlang_* functions (<c>--socket-timeout</c>).</summary>
    public TimeSpan SocketTimeout { get; }

    internal ErlangNode Node => _node ?? throw new InvalidOperationException("the Erlang node is not started");

    internal HandleTable Handles { get; } = new();

    /// <summary>
    /// Starts the node and registers it with EPMD. A bad name, a missing or empty cookie, or EPMD not
    /// answering ends in <see cref="ErlangStartupException"/> with one clear line.
    /// </summary>
    public static async Task<ErlangBridge> StartAsync(string name, string? cookie, TimeSpan socketTimeout, Action<string> log, int? epmdPort = null)
    {
        int at = name.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at == name.Length - 1)
            throw new ErlangStartupException($"*** invalid erlang node name *** '{name}': it must be name@host");
        string resolved;
        try
        {
            resolved = ErlangCookie.Resolve(cookie);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            throw new ErlangStartupException($"*** unable to get the erlang cookie ***: {e.Message}", e);
        }
        var bridge = new ErlangBridge(socketTimeout, log);
        var options = new ErlangNodeOptions
        {
            Name = name,
            Cookie = resolved,
            ListenAddress = IPAddress.TryParse(name[(at + 1)..], out var ip) ? ip : IPAddress.Any,
            EpmdPort = epmdPort ?? EpmdClient.PortFromEnvironment(),
            RpcHandler = bridge.CallRpc,
            UnregisteredName = bridge.Route,
            Log = log,
        };
        try
        {
            bridge._node = await ErlangNode.StartAsync(options).ConfigureAwait(false);
        }
        catch (Exception e) when (e is EpmdException or System.Net.Sockets.SocketException or IOException)
        {
            throw new ErlangStartupException($"*** unable to subscribe with EPMD *** ({e.Message}); is epmd running?", e);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            throw new ErlangStartupException($"*** unable to initialize erlang c-node ***: {e.Message}", e);
        }
        log($"Erlang C-Node initialized on port {bridge.Port} you can access it with name {bridge.NodeName}");
        return bridge;
    }

    /// <summary>Makes <paramref name="engine"/> the message manager and starts it; call after the app loaded there.</summary>
    internal void StartManager(EngineBridge engine, Action? handled)
    {
        var manager = new MessageManager(engine, Node, handled);
        if (Interlocked.CompareExchange(ref _manager, manager, null) is not null)
            throw new InvalidOperationException("the Erlang message manager is already running");
        manager.Start();
    }

    /// <summary>
    /// Where a message to one of our names goes: a name from erlang_register_process -> its callable;
    /// otherwise, from a node that open handles are connected to -> those handles' erlang_recv_message;
    /// otherwise -> uwsgi.erlang_func. Messages to a handle's pid never come here: the node delivers them.
    /// </summary>
    internal void Route(ErlPid from, string name, ErlTerm message)
    {
        var manager = Volatile.Read(ref _manager);
        if (manager is not null && manager.HasProcess(name))
            manager.Post(from, name, message);
        else if (Handles.PickFor(from.Node.Name) is ErlangHandle handle)
            Node.Send(handle.Mailbox.Pid, message);
        else if (manager is not null)
            manager.Post(from, null, message);
        else
            _log($"Erlang message to {name} from {from.Node.Name} dropped: no Erlang message manager (run with at least 2 processes)");
    }

    private ErlTerm CallRpc(string module, string function, ErlList args)
    {
        if (module != "uwsgi")
            throw ErlangException.Error(new ErlTuple(new ErlAtom("undef"), new ErlAtom(module), new ErlAtom(function)));
        var manager = Volatile.Read(ref _manager)
            ?? throw ErlangException.Error(new ErlTuple(new ErlAtom("no_message_manager"), new ErlAtom(function)));
        return manager.CallRpc(function, args);
    }

    public async ValueTask DisposeAsync()
    {
        Interlocked.Exchange(ref _manager, null)?.Dispose();
        foreach (var handle in Handles.RemoveAll())
            handle.Dispose();
        if (_node is not null)
            await _node.DisposeAsync().ConfigureAwait(false);
    }
}
