using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Engine;

/// <summary>
/// A traceback entry (<c>tb_next</c>, <c>tb_lineno</c>, the frame's code): one per frame an
/// exception passed through, linked from the outermost frame to the one that raised.
/// </summary>
internal sealed class PyTraceback : PyObject
{
    public static readonly PyType TracebackType = MakeType();

    public PyTraceback(PyCode code, PyDict globals, int line, int depth, PyTraceback? next)
        : base(TracebackType)
    {
        Code = code;
        Globals = globals;
        Line = line;
        Depth = depth;
        Next = next;
    }

    public PyCode Code { get; }

    public PyDict Globals { get; }

    public int Line { get; }

    /// <summary>The call depth of the frame, so a frame that records twice (catch then re-raise) is kept once.</summary>
    public int Depth { get; }

    /// <summary>Writable as in CPython, so test runners can cut their own frames off the end.</summary>
    public PyTraceback? Next { get; private set; }

    private static PyType MakeType()
    {
        var t = Py.Bare("traceback", Py.ObjectType);
        t.Type = Py.TypeType;
        t.Namespace.Type = Py.DictType;
        t.Namespace["__doc__"] = Py.None;
        t.Prop("tb_lineno", self => Py.Int(((PyTraceback)self).Line));
        t.Prop("tb_next", self => (object?)((PyTraceback)self).Next ?? Py.None, SetNext);
        t.Prop("tb_frame", self => new PyFrame(((PyTraceback)self).Code, ((PyTraceback)self).Globals, null, ((PyTraceback)self).Line, null));
        Py.ReadyBuiltin(t);
        return t;
    }

    private static void SetNext(object self, object value)
    {
        var next = value == Py.None ? null : value as PyTraceback
            ?? throw Ops.TypeError($"expected traceback object or None, got '{Ops.TypeName(value)}'");
        for (var cursor = next; cursor != null; cursor = cursor.Next)
        {
            if (cursor == self)
            {
                throw Ops.ValueError("traceback loop detected");
            }
        }

        ((PyTraceback)self).Next = next;
    }
}
