using IronUwsgi.Erlang.Distribution;
using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Erlang.Processes;

/// <summary>
/// One call waiting for its reply. It completes with the reply term, or with null and a
/// <see cref="Failure"/> text when the connection went down, so waiting never throws.
/// </summary>
internal sealed class PendingCall(DistributionConnection connection)
    : TaskCompletionSource<ErlTerm?>(TaskCreationOptions.RunContinuationsAsynchronously)
{
    public DistributionConnection Connection { get; } = connection;

    public string? Failure { get; private set; }

    public void Fail(string reason)
    {
        Failure = reason;
        TrySetResult(null);
    }
}
