using System.Text;
using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>A file opened by <c>open()</c>: text (UTF-8, universal newlines on read) or binary, over a FileStream.</summary>
internal sealed class FileObject : PyObject
{
    public static readonly PyType TextType = MakeType("TextIOWrapper");
    public static readonly PyType BinaryType = MakeType("BufferedReader");

    private readonly FileStream stream;
    private readonly StreamReader? reader;
    private readonly StreamWriter? writer;

    private FileObject(string name, string mode, FileStream stream, bool binary, Encoding encoding)
        : base(binary ? BinaryType : TextType)
    {
        Name = name;
        Mode = mode;
        this.stream = stream;
        Binary = binary;
        if (!binary && stream.CanRead)
        {
            reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false);
        }

        if (!binary && stream.CanWrite)
        {
            writer = new StreamWriter(stream, encoding) { NewLine = "\n" };
        }
    }

    public string Name { get; }

    public string Mode { get; }

    public bool Binary { get; }

    public bool Closed { get; private set; }

    /// <summary>open(file, mode, buffering, encoding, ...): modes r, w, a, x with b, t and +.</summary>
    public static object Open(object?[] a)
    {
        var name = a[0] as string ?? throw Ops.TypeError($"expected str, bytes or os.PathLike object, not {Ops.TypeName(a[0]!)}");
        var mode = a[1] as string ?? "r";
        var binary = mode.Contains('b');
        var plus = mode.Contains('+');
        var (fileMode, access) = mode.Replace("b", "").Replace("t", "").Replace("+", "") switch
        {
            "r" => (FileMode.Open, plus ? FileAccess.ReadWrite : FileAccess.Read),
            "w" => (FileMode.Create, plus ? FileAccess.ReadWrite : FileAccess.Write),
            "a" => (FileMode.Append, FileAccess.Write),
            "x" => (FileMode.CreateNew, plus ? FileAccess.ReadWrite : FileAccess.Write),
            _ => throw Ops.ValueError($"invalid mode: '{mode}'"),
        };
        var encodingName = a.Length > 3 && a[3] is string e ? e : "utf-8";
        Encoding encoding;
        try
        {
            encoding = encodingName.Replace("_", "-").ToLowerInvariant() is "utf-8" or "utf8" ? new UTF8Encoding(false) : Encoding.GetEncoding(encodingName);
        }
        catch (ArgumentException)
        {
            throw Ops.Error(PyExc.LookupError, $"unknown encoding: {encodingName}");
        }

        try
        {
            return new FileObject(name, mode, new FileStream(name, fileMode, access), binary, encoding);
        }
        catch (FileNotFoundException)
        {
            throw OsModule.OsError(2, "No such file or directory", name);
        }
        catch (DirectoryNotFoundException)
        {
            throw OsModule.OsError(2, "No such file or directory", name);
        }
        catch (UnauthorizedAccessException)
        {
            throw OsModule.OsError(13, "Permission denied", name);
        }
        catch (IOException) when (fileMode == FileMode.CreateNew)
        {
            throw OsModule.OsError(17, "File exists", name);
        }
    }

    private void CheckOpen()
    {
        if (Closed)
        {
            throw Ops.ValueError("I/O operation on closed file.");
        }
    }

    public object Read(long count)
    {
        CheckOpen();
        if (Binary)
        {
            if (count < 0)
            {
                var all = new MemoryStream();
                stream.CopyTo(all);
                return new PyBytes(all.ToArray());
            }

            var buffer = new byte[count];
            var n = stream.ReadAtLeast(buffer, (int)count, throwOnEndOfStream: false);
            return new PyBytes(buffer[..n]);
        }

        var r = reader ?? throw Ops.Error(PyExc.OSError, "not readable");
        if (count < 0)
        {
            return r.ReadToEnd().Replace("\r\n", "\n");
        }

        var chars = new char[count];
        var got = r.ReadBlock(chars, 0, (int)count);
        return new string(chars, 0, got);
    }

    /// <summary>One line with its newline, or "" (b"") at the end.</summary>
    public object ReadLine()
    {
        CheckOpen();
        if (Binary)
        {
            var bytes = new List<byte>();
            int b;
            while ((b = stream.ReadByte()) >= 0)
            {
                bytes.Add((byte)b);
                if (b == '\n')
                {
                    break;
                }
            }

            return new PyBytes(bytes.ToArray());
        }

        var r = reader ?? throw Ops.Error(PyExc.OSError, "not readable");
        var line = new StringBuilder();
        int c;
        while ((c = r.Read()) >= 0)
        {
            if (c == '\r')
            {
                if (r.Peek() == '\n')
                {
                    r.Read();
                }

                line.Append('\n');
                break;
            }

            line.Append((char)c);
            if (c == '\n')
            {
                break;
            }
        }

        return line.ToString();
    }

    public object Write(object data)
    {
        CheckOpen();
        if (Binary)
        {
            var bytes = data as PyBytes ?? throw Ops.TypeError($"a bytes-like object is required, not '{Ops.TypeName(data)}'");
            stream.Write(bytes.Value);
            return Py.Int(bytes.Value.Length);
        }

        var text = data as string ?? throw Ops.TypeError($"write() argument must be str, not {Ops.TypeName(data)}");
        (writer ?? throw Ops.Error(PyExc.OSError, "not writable")).Write(text);
        return Py.Int(text.Length);
    }

    public void Close()
    {
        if (Closed)
        {
            return;
        }

        writer?.Flush();
        stream.Dispose();
        Closed = true;
    }

    private static FileObject Self(object o) => (FileObject)o;

    private static PyType MakeType(string name)
    {
        var t = Py.Bare(name, Py.ObjectType);
        t.Type = Py.TypeType;
        t.Namespace.Type = Py.DictType;
        t.Namespace["__doc__"] = Py.None;
        t.Namespace["__module__"] = "_io";
        t.DefRange("read", 0, 1, a => Self(a[0]).Read(a.Length > 1 && a[1] != Py.None ? Ops.IndexAsLong(a[1]) : -1));
        t.Def("readline", self => Self(self).ReadLine());
        t.Def("readlines", self =>
        {
            var lines = new PyList();
            while (Self(self).ReadLine() is var line && Ops.IsTrue(line))
            {
                lines.Add(line);
            }

            return lines;
        });
        t.Def("write", (object self, object data) => Self(self).Write(data));
        t.Def("writelines", (object self, object lines) =>
        {
            var it = Ops.GetIter(lines);
            while (Ops.TryNext(it, out var line))
            {
                Self(self).Write(line);
            }

            return Py.None;
        });
        t.Def("flush", self =>
        {
            Self(self).writer?.Flush();
            return Py.None;
        });
        t.Def("close", self =>
        {
            Self(self).Close();
            return Py.None;
        });
        t.Def("__enter__", self => self);
        t.DefRange("__exit__", 0, 3, a =>
        {
            Self(a[0]).Close();
            return Py.False;
        });
        t.Def("__iter__", self => self);
        t.Def("__next__", self => Self(self).ReadLine() is var line && Ops.IsTrue(line) ? line : throw Ops.StopIteration());
        t.Def("readable", self => Py.Bool(Self(self).stream.CanRead));
        t.Def("writable", self => Py.Bool(Self(self).stream.CanWrite));
        t.Def("fileno", self => Py.Int(Self(self).stream.SafeFileHandle.DangerousGetHandle().ToInt64()));
        t.Prop("name", self => Self(self).Name);
        t.Prop("mode", self => Self(self).Mode);
        t.Prop("closed", self => Py.Bool(Self(self).Closed));
        t.Prop("encoding", self => "utf-8");
        Py.ReadyBuiltin(t);
        return t;
    }
}
