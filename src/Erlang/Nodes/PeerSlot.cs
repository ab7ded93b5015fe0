using IronUwsgi.Erlang.Distribution;

namespace IronUwsgi.Erlang.Nodes;

/// <summary>Connection state for one remote node name: the live connection, a dial in progress, and a signal for waiters.</summary>
internal sealed class PeerSlot
{
    private DistributionConnection? _connection;

    public object Gate { get; } = new();

    /// <summary>The open connection, if any; read without the lock on the hot path.</summary>
    public DistributionConnection? Connection
    {
        get => Volatile.Read(ref _connection);
        set => Volatile.Write(ref _connection, value);
    }

    /// <summary>Our own dial to this node while it runs (guarded by <see cref="Gate"/>).</summary>
    public Task<DistributionConnection>? Dialing { get; set; }

    /// <summary>Completed by the next connection to come up, from either side (guarded by <see cref="Gate"/>).</summary>
    public TaskCompletionSource<DistributionConnection> Established { get; set; } = NewSignal();

    public static TaskCompletionSource<DistributionConnection> NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
