using System.Runtime.CompilerServices;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Engine;

/// <summary>
/// The Python state of one OS thread: call depth for the recursion limit, the stack of running
/// code objects (for <c>sys._getframe</c>), and the exception being handled (sys.exc_info, bare raise, __context__).
/// </summary>
internal sealed class PythonThread
{
    // A thread runs code of one engine at a time; entering another engine swaps this and restores it on exit.
    [ThreadStatic]
    private static PythonThread? current;

    // Calls between offers of the global lock to other threads.
    private const int SwitchInterval = 1000;

    private FrameRecord[] frames = new FrameRecord[64];
    private int untilSwitch = SwitchInterval;

    private PythonThread(PythonEngine engine) => Engine = engine;

    public PythonEngine Engine { get; }

    public int Depth { get; private set; }

    /// <summary>The exception an enclosing <c>except</c> block is handling, or null.</summary>
    public PyBaseException? Handled { get; set; }

    public static PythonThread Current => current ?? throw new InvalidOperationException("no Python engine is running on this thread");

    internal static PythonThread? CurrentOrNull => current;

    /// <summary>Makes <paramref name="engine"/> the one this thread runs; dispose the result to restore the previous one.</summary>
    public static Scope Attach(PythonEngine engine)
    {
        var previous = current;
        if (previous is not null && ReferenceEquals(previous.Engine, engine))
        {
            return new Scope(previous, previous, false);
        }

        engine.Lock.Acquire();
        current = new PythonThread(engine);
        engine.RunningThread = current;
        engine.ClearInterrupt();
        return new Scope(previous, current, true);
    }

    /// <summary>Releases the engine's global lock around a blocking wait; dispose the result to take it back.</summary>
    public static BlockingSection Blocking() => new(current);

    /// <summary>Called on entry to every Python frame; returns its depth; raises RecursionError past the engine's limit.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Enter(PyCode code, PyDict globals)
    {
        // One test for the common case, inlined into compiled code; the rare cases take the slow path.
        var depth = Depth + 1;
        if (--untilSwitch <= 0 || depth > Engine.RecursionLimit || depth >= frames.Length)
        {
            return EnterSlow(code, globals);
        }

        Record(depth, code, globals);
        return depth;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private int EnterSlow(PyCode code, PyDict globals)
    {
        if (untilSwitch <= 0)
        {
            Checkpoint();
        }

        var depth = Depth + 1;
        if (depth > Engine.RecursionLimit)
        {
            throw Errors.Recursion();
        }

        if (depth >= frames.Length)
        {
            Array.Resize(ref frames, frames.Length * 2);
        }

        Record(depth, code, globals);
        return depth;
    }

    // Loops call the same function at the same depth again and again: rewriting an equal record
    // would cost two GC write barriers per call for nothing.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Record(int depth, PyCode code, PyDict globals)
    {
        ref var frame = ref frames[depth];
        if (!ReferenceEquals(frame.Code, code) || !ReferenceEquals(frame.Globals, globals))
        {
            frame = new FrameRecord(code, globals);
        }

        Depth = depth;
    }

    /// <summary>Called at every loop back-edge, so code that never calls still offers the lock and sees interrupts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Tick()
    {
        if (--untilSwitch <= 0)
        {
            Checkpoint();
        }
    }

    // Every SwitchInterval calls and loop iterations: let waiting threads run, finalize what the CLR
    // collected, raise a pending interrupt.
    private void Checkpoint()
    {
        untilSwitch = SwitchInterval;
        Engine.Lock.Yield();
        Engine.RunningThread = this;
        if (Engine.Finalizers.HasPending)
        {
            Engine.Finalizers.RunPending(Engine);
        }

        Engine.RaiseInterrupt();
    }

    /// <summary>Records the line a frame calls out from: a caller's frame is only observed while it is inside a call.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void At(int depth, int line) => frames[depth].Line = line;

    /// <summary>Gives a frame the dict its f_locals shows: a module or class body's namespace, or a function's locals as at its last call.</summary>
    public void SetLocals(int depth, PyDict locals) => frames[depth].Locals = locals;

    // The record stays for the next call at that depth to reuse (only frames up to Depth are ever read);
    // what Python code attached to it (a frame object, a locals dict) belongs to this call alone.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Leave()
    {
        ref var frame = ref frames[Depth];
        if (frame.Object is not null || frame.Locals is not null)
        {
            FinishFrame(ref frame);
        }

        Depth--;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void FinishFrame(ref FrameRecord frame)
    {
        frame.Object?.Finish(frame.Line, frame.Locals);
        frame.Object = null;
        frame.Locals = null;
    }

    /// <summary>The frame <paramref name="back"/> levels up from the innermost one, or null past the outermost.</summary>
    public FrameRecord? Frame(int back)
    {
        var d = Depth - back;
        return d >= 1 ? frames[d] : null;
    }

    /// <summary>The frame object of the frame <paramref name="back"/> levels up, made once per running frame, or null past the outermost.</summary>
    public PyFrame? FrameObject(int back)
    {
        var d = Depth - back;
        return d >= 1 ? Materialize(d) : null;
    }

    private PyFrame Materialize(int depth)
    {
        ref var frame = ref frames[depth];
        return frame.Object ??= new PyFrame(this, depth, frame.Code, frame.Globals, depth > 1 ? Materialize(depth - 1) : null);
    }

    /// <summary>The line a running frame is at.</summary>
    internal int LineAt(int depth) => frames[depth].Line;

    /// <summary>The dict a running frame's f_locals shows, or null.</summary>
    internal PyDict? LocalsAt(int depth) => frames[depth].Locals;

    /// <summary>Restores the thread's previous engine when disposed, releasing the lock it took.</summary>
    public readonly struct Scope(PythonThread? previous, PythonThread mine, bool locked) : IDisposable
    {
        public PythonThread Thread => mine;

        public void Dispose()
        {
            current = previous;
            if (locked)
            {
                mine.Engine.RunningThread = null;
                mine.Engine.ClearInterrupt();
                mine.Engine.Lock.Release();
            }
        }
    }

    /// <summary>A blocking wait during which other threads of the engine may run.</summary>
    public readonly struct BlockingSection : IDisposable
    {
        private readonly PythonThread? holder;

        public BlockingSection(PythonThread? holder)
        {
            this.holder = holder;
            holder?.Engine.Lock.Release();
        }

        public void Dispose()
        {
            if (holder is not null)
            {
                holder.Engine.Lock.Acquire();
                holder.Engine.RunningThread = holder;
            }
        }
    }
}

/// <summary>
/// One running Python frame as <c>sys._getframe</c> sees it: the line it last called out from (0 before
/// its first call), for module and class bodies the namespace dict (function locals live in CLR locals),
/// and its frame object once Python code has asked for it.
/// </summary>
internal struct FrameRecord(PyCode code, PyDict globals)
{
    public readonly PyCode Code = code;
    public readonly PyDict Globals = globals;
    public int Line;
    public PyDict? Locals;
    public PyFrame? Object;
}
