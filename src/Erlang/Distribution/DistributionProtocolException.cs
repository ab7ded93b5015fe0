namespace IronUwsgi.Erlang.Distribution;

/// <summary>A peer sent bytes that break the distribution protocol; the connection that carried them is closed.</summary>
public sealed class DistributionProtocolException : Exception
{
    public DistributionProtocolException(string message)
        : base(message)
    {
    }

    public DistributionProtocolException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
