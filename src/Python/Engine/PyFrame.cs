using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Engine;

/// <summary>
/// A frame as Python code sees it (sys._getframe, tb_frame): code, globals, current line and
/// the caller. Locals are not kept: compiled frames hold them in CLR locals.
/// </summary>
internal sealed class PyFrame : PyObject
{
    public static readonly PyType FrameType = MakeType();

    public PyFrame(PyCode code, PyDict globals, int line, PyFrame? back)
        : base(FrameType)
    {
        Code = code;
        Globals = globals;
        Line = line;
        Back = back;
    }

    public PyCode Code { get; }

    public PyDict Globals { get; }

    public int Line { get; }

    public PyFrame? Back { get; }

    private static PyType MakeType()
    {
        var t = Py.Bare("frame", Py.ObjectType);
        t.Type = Py.TypeType;
        t.Namespace.Type = Py.DictType;
        t.Namespace["__doc__"] = Py.None;
        t.Prop("f_code", self => ((PyFrame)self).Code);
        t.Prop("f_globals", self => ((PyFrame)self).Globals);
        t.Prop("f_lineno", self => Py.Int(((PyFrame)self).Line));
        t.Prop("f_back", self => (object?)((PyFrame)self).Back ?? Py.None);
        t.Prop("f_locals", self => ((PyFrame)self).Globals);
        Py.ReadyBuiltin(t);
        return t;
    }
}
