using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using IronUwsgi.Erlang.Distribution;
using IronUwsgi.Erlang.Epmd;
using IronUwsgi.Erlang.Handshake;
using IronUwsgi.Erlang.Processes;
using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Erlang.Nodes;

/// <summary>
/// A hidden Erlang node in this process: it listens for and dials distribution connections (one per
/// remote node, shared by all local processes), answers ping and rpc from Erlang, calls rpc on other
/// nodes, and hosts mailboxes. Instances share nothing; several may run side by side.
/// </summary>
public sealed partial class ErlangNode : IAsyncDisposable
{
    private readonly ErlangNodeOptions _options;
    private readonly string _cookie;
    private readonly Socket _listener;
    private readonly EpmdRegistration? _registration;
    private readonly ConcurrentDictionary<string, PeerSlot> _peers = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly CallClientProcess _calls;
    private readonly Timer _ticker;
    private RpcHandler? _rpcHandler;
    private int _disposed;

    private ErlangNode(ErlangNodeOptions options, NodeName name, string cookie, Socket listener, EpmdRegistration? registration, uint creation)
    {
        _options = options;
        _rpcHandler = options.RpcHandler;
        _cookie = cookie;
        _listener = listener;
        _registration = registration;
        Name = name.ToString();
        NameAtom = new ErlAtom(Name);
        Creation = creation;
        Port = ((IPEndPoint)listener.LocalEndPoint!).Port;
        Processes = new ProcessTable(NameAtom, creation);
        _calls = new CallClientProcess(this);
        Processes.Add(_calls);
        var netKernel = new NetKernelProcess(this);
        Processes.Add(netKernel);
        Processes.Register("net_kernel", netKernel);
        var rex = new RexServerProcess(this);
        Processes.Add(rex);
        Processes.Register("rex", rex);
        var tickInterval = options.NetTickTime / 4;
        _ticker = new Timer(static state => ((ErlangNode)state!).Tick(), this, tickInterval, tickInterval);
    }

    internal NameMessageHandler? UnregisteredName => _options.UnregisteredName;

    /// <summary>The full node name, <c>alive@host</c>.</summary>
    public string Name { get; }

    /// <summary>The node name as the atom that appears in our pids and references.</summary>
    public ErlAtom NameAtom { get; }

    /// <summary>The creation every pid and reference of this node carries (from EPMD when published).</summary>
    public uint Creation { get; }

    /// <summary>The distribution port this node listens on.</summary>
    public int Port { get; }

    /// <summary>Names of the nodes with an open connection.</summary>
    public IReadOnlyCollection<string> ConnectedNodes
        => [.. _peers.Where(peer => peer.Value.Connection is { IsOpen: true }).Select(peer => peer.Key)];

    /// <summary>Raised with the remote node's name and the reason when its connection is lost.</summary>
    public event Action<string, string>? NodeDown;

    internal ProcessTable Processes { get; }

    /// <summary>Serves rpc:call/erpc:call from Erlang into this node; starts as the option's handler and may be replaced at any time.</summary>
    public RpcHandler? RpcHandler
    {
        get => Volatile.Read(ref _rpcHandler);
        set => Volatile.Write(ref _rpcHandler, value);
    }

    /// <summary>Starts listening, registers with EPMD (taking the creation from its reply) and begins accepting peers.</summary>
    public static async Task<ErlangNode> StartAsync(ErlangNodeOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var name = NodeName.Parse(options.Name);
        string cookie = ErlangCookie.Resolve(options.Cookie);
        if (options.NetTickTime < TimeSpan.FromSeconds(1))
            throw new ArgumentException("NetTickTime must be at least one second", nameof(options));

        var listener = new Socket(options.ListenAddress.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            listener.Bind(new IPEndPoint(options.ListenAddress, options.ListenPort));
            listener.Listen(128);
            int port = ((IPEndPoint)listener.LocalEndPoint!).Port;
            EpmdRegistration? registration = null;
            uint creation;
            if (options.Publish)
            {
                registration = await new EpmdClient(options.EpmdHost, options.EpmdPort).RegisterAsync(name.Alive, port, cancellationToken).ConfigureAwait(false);
                creation = registration.Creation;
            }
            else
            {
                creation = (uint)Random.Shared.Next(1, int.MaxValue);
            }
            var node = new ErlangNode(options, name, cookie, listener, registration, creation);
            _ = node.AcceptLoopAsync();
            return node;
        }
        catch
        {
            listener.Dispose();
            throw;
        }
    }

    /// <summary>Creates a mailbox, registered under <paramref name="name"/> when given (an error if the name is taken).</summary>
    public ErlMailbox CreateMailbox(string? name = null)
    {
        ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
        var process = new MailboxProcess(this);
        Processes.Add(process);
        if (name is not null && !Processes.Register(name, process))
        {
            process.Terminate(Atoms.Normal);
            throw new InvalidOperationException($"the name '{name}' is already registered on {Name}");
        }
        return new ErlMailbox(process);
    }

    /// <summary>Sends <paramref name="message"/> to a pid (local or remote) from this node's anonymous client pid.</summary>
    public void Send(ErlPid to, ErlTerm message) => SendMessage(to, message);

    /// <summary>Sends <paramref name="message"/> to the process registered as <paramref name="name"/> on <paramref name="node"/>.</summary>
    public void Send(string name, string node, ErlTerm message) => SendMessage(_calls.Pid, name, node, message);

    /// <summary>Connects to <paramref name="node"/> now rather than on first use; throws <see cref="ErlangConnectionException"/> when it cannot.</summary>
    public async Task ConnectAsync(string node) => await ConnectionAsync(node).ConfigureAwait(false);

    /// <summary>Like <c>net_adm:ping</c>: true (pong) when the node answers, false (pang) otherwise.</summary>
    public async Task<bool> PingAsync(string node, TimeSpan? timeout = null)
    {
        DistributionConnection connection;
        try
        {
            connection = await ConnectionAsync(node).ConfigureAwait(false);
        }
        catch (ErlangConnectionException)
        {
            return false;
        }
        var call = BeginCall(connection, Atoms.NetKernel, new ErlTuple(Atoms.IsAuth, NameAtom), out var tag);
        var reply = await WaitAsync(call, tag, timeout ?? _options.SetupTime).ConfigureAwait(false);
        return reply == Atoms.Yes;
    }

    /// <summary>
    /// Calls <c>Module:Function(Args...)</c> on <paramref name="node"/> through its <c>rex</c> server and returns the value.
    /// Throws <see cref="ErlangRpcException"/> carrying the reason for <c>{badrpc, Reason}</c>, <c>nodedown</c> and <c>timeout</c>.
    /// </summary>
    public ErlTerm Rpc(string node, string module, string function, ErlList args, TimeSpan? timeout = null)
    {
        var connection = Connection(node, module, function);
        var call = BeginCall(connection, Atoms.Rex, RpcRequest(module, function, args), out var tag);
        var wait = timeout ?? Timeout.InfiniteTimeSpan;
        if (!Deadline.Wait(call.Task, wait))
        {
            _calls.Abandon(tag);
            throw TimedOut(node, module, function, wait);
        }
        return RpcResult(call, node, module, function);
    }

    /// <inheritdoc cref="Rpc"/>
    public async Task<ErlTerm> RpcAsync(string node, string module, string function, ErlList args, TimeSpan? timeout = null)
    {
        DistributionConnection connection;
        try
        {
            connection = await ConnectionAsync(node).ConfigureAwait(false);
        }
        catch (ErlangConnectionException error)
        {
            throw new ErlangRpcException(Atoms.NodeDown, $"rpc {module}:{function} on {node} failed: {error.Message}", error);
        }
        var call = BeginCall(connection, Atoms.Rex, RpcRequest(module, function, args), out var tag);
        var wait = timeout ?? Timeout.InfiniteTimeSpan;
        if (await WaitAsync(call, tag, wait).ConfigureAwait(false) is null && call.Failure is null)
            throw TimedOut(node, module, function, wait);
        return RpcResult(call, node, module, function);
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        await _ticker.DisposeAsync().ConfigureAwait(false);
        _stopping.Cancel();
        _listener.Dispose();
        _registration?.Dispose();
        foreach (var process in Processes.All.ToList())
            process.Terminate(Atoms.Normal);
        foreach (var peer in _peers.Values)
            peer.Connection?.Close("node stopped");
    }

    private ErlTuple RpcRequest(string module, string function, ErlList args)
        => new(Atoms.Call, new ErlAtom(module), new ErlAtom(function), args, Atoms.User);

    private PendingCall BeginCall(DistributionConnection connection, ErlAtom server, ErlTerm request, out ErlRef tag)
    {
        tag = Processes.NewReference();
        var call = _calls.Begin(tag, connection);
        connection.Enqueue(ControlMessages.RegSend(_calls.Pid, server, new ErlTuple(Atoms.GenCall, new ErlTuple(_calls.Pid, tag), request)));
        // A connection that closed before the call was registered would never fail it.
        if (!connection.IsOpen)
        {
            _calls.Abandon(tag);
            call.Fail("connection closed");
        }
        return call;
    }

    /// <summary>Waits for the reply without throwing: null on timeout (the call is abandoned) or on connection loss.</summary>
    private async Task<ErlTerm?> WaitAsync(PendingCall call, ErlRef tag, TimeSpan timeout)
    {
        if (timeout == Timeout.InfiniteTimeSpan)
            return await call.Task.ConfigureAwait(false);
        if (!await Deadline.WaitAsync(call.Task, timeout).ConfigureAwait(false))
        {
            _calls.Abandon(tag);
            return null;
        }
        return await call.Task.ConfigureAwait(false);
    }

    private static ErlTerm RpcResult(PendingCall call, string node, string module, string function)
    {
        var result = call.Task.Result;
        if (result is null)
            throw new ErlangRpcException(Atoms.NodeDown, $"rpc {module}:{function} on {node} failed: the node went down ({call.Failure})");
        if (result is ErlTuple { Arity: 2 } bad && bad[0] == Atoms.BadRpc)
            throw new ErlangRpcException(bad[1], $"rpc {module}:{function} on {node} failed: {{badrpc,{bad[1]}}}");
        return result;
    }

    private static ErlangRpcException TimedOut(string node, string module, string function, TimeSpan timeout)
        => new(Atoms.Timeout, $"rpc {module}:{function} on {node} got no reply within {timeout.TotalMilliseconds} ms");

    private DistributionConnection Connection(string node, string module, string function)
    {
        try
        {
            return Connection(node);
        }
        catch (ErlangConnectionException error)
        {
            throw new ErlangRpcException(Atoms.NodeDown, $"rpc {module}:{function} on {node} failed: {error.Message}", error);
        }
    }
}
