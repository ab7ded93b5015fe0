namespace IronUwsgi.Erlang.Distribution;

/// <summary>What a connection reports to the node that owns it.</summary>
internal interface IConnectionOwner
{
    /// <summary>One packet body (after the 4-byte length); throwing <see cref="DistributionProtocolException"/> closes the connection.</summary>
    void OnPacket(DistributionConnection connection, ReadOnlySpan<byte> body);

    /// <summary>The connection is gone for good; called once.</summary>
    void OnClosed(DistributionConnection connection, string reason);
}
