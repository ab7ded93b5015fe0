using System.Text;
using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;
using IronUwsgi.Runtime.Gateway;

namespace IronUwsgi.Runtime.Wsgi;

/// <summary><c>wsgi.errors</c>: a text file whose complete lines go to the server log; flush() writes a pending partial line.</summary>
internal sealed class WsgiErrors : PyObject
{
    public static readonly PyType ErrorsType = MakeType();

    private readonly IServerLog _log;
    private StringBuilder? _pending;

    public WsgiErrors(IServerLog log)
        : base(ErrorsType) => _log = log;

    public void Write(string text)
    {
        _pending ??= new StringBuilder();
        int start = 0;
        for (int newline = text.IndexOf('\n'); newline >= 0; newline = text.IndexOf('\n', start))
        {
            _pending.Append(text, start, newline - start);
            _log.Write(_pending.ToString());
            _pending.Clear();
            start = newline + 1;
        }
        _pending.Append(text, start, text.Length - start);
    }

    public void Flush()
    {
        if (_pending is not { Length: > 0 })
            return;
        _log.Write(_pending.ToString());
        _pending.Clear();
    }

    private static WsgiErrors Self(object o) => (WsgiErrors)o;

    private static string Text(object s) => s as string ?? throw Ops.TypeError($"write() argument must be str, not {Ops.TypeName(s)}");

    private static PyType MakeType()
    {
        var t = Py.Bare("uwsgi._Errors", Py.ObjectType);
        t.Type = Py.TypeType;
        t.Namespace.Type = Py.DictType;
        t.Namespace["__doc__"] = Py.None;
        t.Namespace["__module__"] = "uwsgi";
        t.Def("write", (self, s) =>
        {
            var text = Text(s);
            Self(self).Write(text);
            return Py.Int(text.Length);
        });
        t.Def("writelines", (self, lines) =>
        {
            var it = Ops.GetIter(lines);
            while (Ops.TryNext(it, out var line))
                Self(self).Write(Text(line));
            return Py.None;
        });
        t.Def("flush", self =>
        {
            Self(self).Flush();
            return Py.None;
        });
        Py.ReadyBuiltin(t);
        return t;
    }
}
