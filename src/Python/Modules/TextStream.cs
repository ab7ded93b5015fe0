using System.Text;
using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>sys.stdout, sys.stderr and sys.stdin: text streams over a .NET writer or reader.</summary>
internal sealed class TextStream : PyObject
{
    public static readonly PyType StreamType = MakeType();

    public TextStream(string name, TextWriter? writer, TextReader? reader)
        : base(StreamType)
    {
        Name = name;
        Writer = writer;
        Reader = reader;
    }

    public string Name { get; }

    public TextWriter? Writer { get; }

    public TextReader? Reader { get; }

    /// <summary>A stream another one must be flushed before, so stdout and stderr keep their relative order.</summary>
    public TextStream? FlushFirst { get; set; }

    public void Write(string text)
    {
        if (Writer is null)
        {
            throw Ops.Error(PyExc.OSError, "not writable");
        }

        FlushFirst?.Writer?.Flush();
        Writer.Write(text);
    }

    private static TextStream Self(object o) => (TextStream)o;

    private static PyType MakeType()
    {
        var t = Py.Bare("TextIOWrapper", Py.ObjectType);
        t.Type = Py.TypeType;
        t.Namespace.Type = Py.DictType;
        t.Namespace["__doc__"] = Py.None;
        t.Namespace["__module__"] = "_io";
        t.Def("write", (self, s) =>
        {
            var text = s as string ?? throw Ops.TypeError($"write() argument must be str, not {Ops.TypeName(s)}");
            Self(self).Write(text);
            return Py.Int(text.Length);
        });
        t.Def("flush", self =>
        {
            Self(self).Writer?.Flush();
            return Py.None;
        });
        t.Def("writelines", (self, lines) =>
        {
            var it = Ops.GetIter(lines);
            while (Ops.TryNext(it, out var line))
            {
                Self(self).Write((string)line);
            }

            return Py.None;
        });
        t.DefRange("readline", 0, 1, args => Self(args[0]).Reader is { } r ? (r.ReadLine() is { } l ? l + "\n" : "") : throw Ops.Error(PyExc.OSError, "not readable"));
        t.DefRange("read", 0, 1, args => Self(args[0]).Reader?.ReadToEnd() ?? throw Ops.Error(PyExc.OSError, "not readable"));
        t.Def("isatty", self => Py.False);
        t.Def("fileno", self => Py.Int(Self(self).Name switch { "<stdin>" => 0, "<stdout>" => 1, _ => 2 }));
        t.Def("writable", self => Py.Bool(Self(self).Writer is not null));
        t.Def("readable", self => Py.Bool(Self(self).Reader is not null));
        t.Prop("name", self => Self(self).Name);
        t.Prop("encoding", self => "utf-8");
        t.Prop("errors", self => "strict");
        t.Prop("closed", self => Py.False);
        Py.ReadyBuiltin(t);
        return t;
    }

    /// <summary>A UTF-8 writer over a standard stream with a large buffer; flushed at exit and before stderr writes.</summary>
    public static TextWriter Buffered(Stream stream) =>
        new StreamWriter(stream, new UTF8Encoding(false), 1 << 16) { AutoFlush = false, NewLine = "\n" };
}
