using IronUwsgi.Erlang.Processes;
using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Bridge.Messaging;

/// <summary>
/// What <c>uwsgi.erlang_connect</c> returns a number for: one Erlang process of ours (its own
/// mailbox) talking to one remote node over the connection every handle to that node shares.
/// </summary>
internal sealed class ErlangHandle(int id, string node, ErlMailbox mailbox) : IDisposable
{
    private long _waitingSince;
    private long _lastSent;

    public int Id => id;

    public string Node => node;

    public ErlMailbox Mailbox => mailbox;

    /// <summary>When this handle started waiting in erlang_recv_message (Stopwatch ticks), 0 when it is not waiting.</summary>
    public long WaitingSince => Interlocked.Read(ref _waitingSince);

    /// <summary>When this handle last sent a message (Stopwatch ticks), 0 when it never did.</summary>
    public long LastSent => Interlocked.Read(ref _lastSent);

    /// <summary>Records a send: a reply sent back to a name of ours most likely belongs to the last sender.</summary>
    public void Sent() => Interlocked.Exchange(ref _lastSent, System.Diagnostics.Stopwatch.GetTimestamp());

    /// <summary>Waits for the next message; null when <paramref name="timeout"/> passed first.</summary>
    public ErlTerm? Receive(TimeSpan timeout)
    {
        Interlocked.Exchange(ref _waitingSince, System.Diagnostics.Stopwatch.GetTimestamp());
        try
        {
            return mailbox.Receive(timeout);
        }
        finally
        {
            Interlocked.Exchange(ref _waitingSince, 0);
        }
    }

    public void Dispose() => mailbox.Dispose();
}
