using IronUwsgi.Erlang.Nodes;
using IronUwsgi.Erlang.Terms;

namespace IronUwsgi.Erlang.Processes;

/// <summary>The process behind an <see cref="ErlMailbox"/>: a message queue with selective, timed receive.</summary>
internal sealed class MailboxProcess : LocalProcess
{
    private readonly object _queueGate = new();
    private readonly LinkedList<ErlTerm> _queue = new();
    private readonly LinkedList<Waiter> _waiters = new();
    private bool _closed;

    public MailboxProcess(ErlangNode node)
        : base(node)
    {
    }

    public int Count
    {
        get
        {
            lock (_queueGate)
                return _queue.Count;
        }
    }

    public override void Deliver(ErlTerm message)
    {
        Waiter? taker = null;
        lock (_queueGate)
        {
            if (_closed)
                return;
            for (var node = _waiters.First; node is not null; node = node.Next)
            {
                if (node.Value.Match is null || node.Value.Match(message))
                {
                    taker = node.Value;
                    _waiters.Remove(node);
                    break;
                }
            }
            if (taker is null)
                _queue.AddLast(message);
        }
        taker?.TrySetResult(message);
    }

    /// <summary>The first queued message <paramref name="match"/> accepts (any when null), waiting up to <paramref name="timeout"/>; null on timeout.</summary>
    public async ValueTask<ErlTerm?> ReceiveAsync(Func<ErlTerm, bool>? match, TimeSpan timeout, CancellationToken cancellationToken)
    {
        Waiter waiter;
        lock (_queueGate)
        {
            for (var node = _queue.First; node is not null; node = node.Next)
            {
                if (match is null || match(node.Value))
                {
                    _queue.Remove(node);
                    return node.Value;
                }
            }
            if (_closed || timeout == TimeSpan.Zero)
                return null;
            waiter = new Waiter(match);
            waiter.Node = _waiters.AddLast(waiter);
        }

        if (timeout == Timeout.InfiniteTimeSpan && !cancellationToken.CanBeCanceled)
            return await waiter.Task.ConfigureAwait(false);

        using var expiry = timeout == Timeout.InfiniteTimeSpan ? null : ExpiryTimer(waiter, timeout);
        using (cancellationToken.UnsafeRegister(state => Abandon((Waiter)state!), waiter))
        {
            ErlTerm? message = await waiter.Task.ConfigureAwait(false);
            if (message is null)
                cancellationToken.ThrowIfCancellationRequested();
            return message;
        }
    }

    protected override void OnTerminated()
    {
        List<Waiter> waiting;
        lock (_queueGate)
        {
            _closed = true;
            waiting = [.. _waiters];
            _waiters.Clear();
            _queue.Clear();
        }
        foreach (var waiter in waiting)
            waiter.TrySetResult(null);
    }

    // The timer can fire a little early (it counts on a coarse clock): it is set again for what is left.
    private Timer ExpiryTimer(Waiter waiter, TimeSpan timeout)
    {
        var deadline = Deadline.After(timeout);
        Timer? timer = null;
        timer = new Timer(_ =>
        {
            var left = deadline.Remaining;
            if (left <= TimeSpan.Zero)
            {
                Abandon(waiter);
                return;
            }
            try
            {
                timer!.Change(left, Timeout.InfiniteTimeSpan);
            }
            catch (ObjectDisposedException)
            {
                // The receive ended meanwhile and disposed its timer.
            }
        });
        timer.Change(timeout, Timeout.InfiniteTimeSpan);
        return timer;
    }

    private void Abandon(Waiter waiter)
    {
        lock (_queueGate)
        {
            if (waiter.Node?.List is null)
                return;
            _waiters.Remove(waiter.Node);
        }
        waiter.TrySetResult(null);
    }

    private sealed class Waiter(Func<ErlTerm, bool>? match)
        : TaskCompletionSource<ErlTerm?>(TaskCreationOptions.RunContinuationsAsynchronously)
    {
        public Func<ErlTerm, bool>? Match { get; } = match;

        public LinkedListNode<Waiter>? Node { get; set; }
    }
}
