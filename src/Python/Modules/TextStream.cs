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

    /// <summary>Reads up to <paramref name="count"/> characters (all when negative), blocking until that many or the end.</summary>
    public string Read(long count)
    {
        var reader = Readable();
        if (count < 0)
        {
            return reader.ReadToEnd();
        }

        var text = new StringBuilder();
        var n = 0L;
        while (n < count && NextCodePoint(reader, text) >= 0)
        {
            n++;
        }

        return text.ToString();
    }

    /// <summary>One line with its "\n" (CPython's standard streams on POSIX use newline="\n": "\r" is kept), at most <paramref name="limit"/> characters when not negative; "" at the end.</summary>
    public string ReadLine(long limit)
    {
        var reader = Readable();
        var line = new StringBuilder();
        for (var n = 0L; limit < 0 || n < limit; n++)
        {
            var c = NextCodePoint(reader, line);
            if (c is < 0 or '\n')
            {
                break;
            }
        }

        return line.ToString();
    }

    // Appends one code point (both halves of a surrogate pair) and returns its first char, or -1 at the end.
    private static int NextCodePoint(TextReader reader, StringBuilder into)
    {
        var c = reader.Read();
        if (c < 0)
        {
            return c;
        }

        into.Append((char)c);
        if (char.IsHighSurrogate((char)c) && reader.Peek() is var low and >= 0 && char.IsLowSurrogate((char)low))
        {
            into.Append((char)reader.Read());
        }

        return c;
    }

    private TextReader Readable() => Reader ?? throw Ops.Error(PyExc.OSError, "not readable");

    private static long SizeArgument(object[] args) => args.Length > 1 && args[1] != Py.None ? Ops.IndexAsLong(args[1]) : -1;

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
        t.DefRange("readline", 0, 1, args => Self(args[0]).ReadLine(SizeArgument(args)));
        t.DefRange("read", 0, 1, args => Self(args[0]).Read(SizeArgument(args)));
        t.DefRange("readlines", 0, 1, args =>
        {
            var lines = new PyList();
            var hint = SizeArgument(args);
            var total = 0L;
            while (Self(args[0]).ReadLine(-1) is { Length: > 0 } line)
            {
                lines.Add(line);
                total += line.Length;
                if (hint > 0 && total >= hint)
                {
                    break;
                }
            }

            return lines;
        });
        t.Def("__iter__", self => self);
        t.Def("__next__", self => Self(self).ReadLine(-1) is { Length: > 0 } line ? line : throw Ops.StopIteration());
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
