using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Engine;

/// <summary>
/// A frame as Python code sees it (sys._getframe, tb_frame): code, globals, current line and
/// the caller. A function's locals live in CLR locals: its f_locals is what its calls recorded when it asks
/// for frames itself (see Scope.ReadsFrames), else empty.
/// </summary>
internal sealed class PyFrame : PyObject
{
    public static readonly PyType FrameType = MakeType();

    // Set while the frame runs: its line is then read from the thread, which call sites keep current.
    private PythonThread? running;
    private readonly int depth;
    private int line;
    private PyDict? locals;

    /// <summary>A running frame, at <paramref name="depth"/> of <paramref name="thread"/>.</summary>
    public PyFrame(PythonThread thread, int depth, PyCode code, PyDict globals, PyFrame? back)
        : this(code, globals, null, 0, back)
    {
        running = thread;
        this.depth = depth;
    }

    /// <summary>A frame that has finished (a traceback's), stopped at <paramref name="line"/>.</summary>
    public PyFrame(PyCode code, PyDict globals, PyDict? locals, int line, PyFrame? back)
        : base(FrameType)
    {
        Code = code;
        Globals = globals;
        this.locals = locals;
        this.line = line;
        Back = back;
    }

    public PyCode Code { get; }

    public PyDict Globals { get; }

    /// <summary>A module or class namespace, a function's locals as at its last call, or null.</summary>
    public PyDict? Locals => running is null ? locals : running.LocalsAt(depth);

    public PyFrame? Back { get; }

    public int Line
    {
        get
        {
            var l = running is null ? line : running.LineAt(depth);
            return l == 0 ? Code.FirstLine : l;
        }
    }

    /// <summary>Called when the frame returns or unwinds: its line and locals stay as they were.</summary>
    public void Finish(int lastLine, PyDict? lastLocals)
    {
        running = null;
        line = lastLine;
        locals = lastLocals;
    }

    private static PyType MakeType()
    {
        var t = Py.Bare("frame", Py.ObjectType);
        t.Type = Py.TypeType;
        t.Namespace.Type = Py.DictType;
        t.Namespace["__doc__"] = Py.None;
        t.Def("__repr__", self => $"<frame at 0x{Ops.IdentityHash(self):x}, file {Ops.Repr(((PyFrame)self).Code.FileName)}, line {((PyFrame)self).Line}, code {((PyFrame)self).Code.Name}>");
        t.Prop("f_code", self => ((PyFrame)self).Code);
        t.Prop("f_globals", self => ((PyFrame)self).Globals);
        t.Prop("f_lineno", self => Py.Int(((PyFrame)self).Line));
        t.Prop("f_back", self => (object?)((PyFrame)self).Back ?? Py.None);
        t.Prop("f_locals", self => (object?)((PyFrame)self).Locals ?? new PyDict());
        Py.ReadyBuiltin(t);
        return t;
    }
}
