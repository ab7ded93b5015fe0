using System.Collections.Concurrent;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Engine;

/// <summary>
/// Runs <c>__del__</c> methods and closes abandoned generators. The CLR finalizer thread must not
/// run Python code, so the finalizers of such objects only hand them over here; the engine runs
/// them on its own thread at its next checkpoint, at gc.collect() and when its program ends. As
/// PEP 442 asks, each object is finalized once: the CLR does not call a finalizer again.
/// </summary>
internal sealed class Finalizers
{
    private const int MaxRounds = 8;

    private readonly ConcurrentQueue<(long Sequence, object Obj)> pending = new();
    private volatile int pendingCount;
    private long created;
    private bool running;

    /// <summary>True once an object that needs finalizing was created, so engines without any skip the collections at exit.</summary>
    public bool AnyTracked => created > 0;

    /// <summary>Objects handed over and not yet finalized; read at every checkpoint, so a field instead of the queue's count.</summary>
    public bool HasPending => pendingCount > 0;

    /// <summary>
    /// Notes that an object with a CLR finalizer was created for this engine (on its thread) and
    /// numbers it: objects collected together are finalized oldest first, whatever order the CLR found them in.
    /// </summary>
    public long Track() => ++created;

    /// <summary>Called on the CLR finalizer thread: keeps the object alive until the engine finalizes it.</summary>
    public void Enqueue(object obj, long sequence)
    {
        pending.Enqueue((sequence, obj));
        Interlocked.Increment(ref pendingCount);
    }

    /// <summary>
    /// Finalizes what was handed over, on a thread attached to the engine. Errors are reported as
    /// CPython reports them ("Exception ignored in: ..."), never raised into the code that was running,
    /// whose handled exception is kept.
    /// </summary>
    public void RunPending(PythonEngine engine)
    {
        if (running)
        {
            return;
        }

        running = true;
        var thread = PythonThread.Current;
        var handled = thread.Handled;
        try
        {
            var batch = new List<(long Sequence, object Obj)>();
            while (pending.TryDequeue(out var item))
            {
                Interlocked.Decrement(ref pendingCount);
                batch.Add(item);
                if (pending.IsEmpty)
                {
                    batch.Sort((a, b) => a.Sequence.CompareTo(b.Sequence));
                    foreach (var (_, obj) in batch)
                    {
                        Finalize(engine, obj);
                    }

                    batch.Clear();
                }
            }
        }
        finally
        {
            thread.Handled = handled;
            running = false;
        }
    }

    /// <summary>
    /// Collects and finalizes, again while something was handed over: a finalizer may drop the last
    /// reference to further objects that need finalizing. The rounds are bounded because a
    /// finalizer may also keep creating such objects.
    /// </summary>
    public void CollectAndRun(PythonEngine engine)
    {
        for (var round = 0; round < MaxRounds; round++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            if (!HasPending)
            {
                return;
            }

            RunPending(engine);
        }
    }

    private static void Finalize(PythonEngine engine, object obj)
    {
        object? culprit = obj;
        try
        {
            if (obj is PyGenerator generator)
            {
                generator.Close();
            }
            else if (obj is PyFinalizableInstance instance && instance.Type.Slots[(int)SlotId.Del] is { } del)
            {
                instance.Finalized = true;
                culprit = del;
                Ops.CallBound(del, obj);
            }
        }
        catch (Exception e)
        {
            Unraisable.Report(engine, e, null, culprit);
        }
    }
}
