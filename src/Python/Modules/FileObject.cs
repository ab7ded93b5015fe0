using System.Text;
using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>
/// A file opened by <c>open()</c> over a FileStream, as CPython's io classes behave: binary files read,
/// write, seek and truncate at the stream's position; text files decode through their own read-ahead
/// (so tell() is the byte position, as CPython's cookie is for these encodings) with the newline rules.
/// </summary>
internal sealed class FileObject : PyObject
{
    public static readonly PyType TextType = MakeType("TextIOWrapper", text: true);
    public static readonly PyType ReaderType = MakeType("BufferedReader", text: false);
    public static readonly PyType WriterType = MakeType("BufferedWriter", text: false);
    public static readonly PyType RandomType = MakeType("BufferedRandom", text: false);

    /// <summary>The native <c>_io</c> module: the classes open() returns, which io.py registers with its ABCs.</summary>
    public static void FillIoModule(PyModule module)
    {
        var d = module.Dict!;
        d["TextIOWrapper"] = TextType;
        d["BufferedReader"] = ReaderType;
        d["BufferedWriter"] = WriterType;
        d["BufferedRandom"] = RandomType;
    }

    private readonly FileStream stream;
    private readonly bool canRead;
    private readonly bool canWrite;
    private readonly bool append;
    private readonly Encoding encoding;
    private readonly Decoder? decoder;

    // null: universal newlines translated to "\n"; "": any of "\r", "\n", "\r\n" ends a line, untranslated.
    private readonly string? newline;

    // Text read-ahead: decoded characters not yet returned start at rawPos; undecodedBytes are bytes the decoder holds.
    private string raw = "";
    private int rawPos;
    private int undecodedBytes;
    private bool atEnd;

    // fileno() asked once: FileStream.SafeFileHandle moves the descriptor's offset to the stream's on every call.
    private int fileno = -1;

    // The kinds of line ending read so far in the universal modes: 1 "\r", 2 "\n", 4 "\r\n" (for newlines).
    private int seenNewlines;

    private FileObject(PyType type, object name, string mode, FileStream stream, bool canRead, bool canWrite, bool append, Encoding encoding, string encodingName, string errors, string? newline)
        : base(type)
    {
        Name = name;
        Mode = mode;
        this.stream = stream;
        this.canRead = canRead;
        this.canWrite = canWrite;
        this.append = append;
        this.encoding = encoding;
        EncodingName = encodingName;
        Errors = errors;
        this.newline = newline;
        Binary = type != TextType;
        decoder = Binary ? null : encoding.GetDecoder();
    }

    /// <summary>The path, or the descriptor when open() was given one.</summary>
    public object Name { get; }

    public string Mode { get; }

    public bool Binary { get; }

    public bool Closed { get; private set; }

    public string EncodingName { get; }

    public string Errors { get; }

    /// <summary>open(file, mode, buffering, encoding, errors, newline, ...): modes r, w, a, x with b, t and +.</summary>
    public static object Open(object?[] a)
    {
        var fd = IntOps.IsInt(a[0]!) ? Ops.IndexAsLong(a[0]!) : -1;
        if (fd < -1 || (fd == -1 && IntOps.IsInt(a[0]!)))
        {
            throw Ops.ValueError("negative file descriptor");
        }

        var closeFd = Arg(a, 6) is not { } closeArg || Ops.IsTrue(closeArg);
        var name = fd >= 0 ? "" : PathOf(a[0]!);
        if (fd < 0 && !closeFd)
        {
            throw Ops.ValueError("Cannot use closefd=False with file name");
        }

        var mode = a[1] as string ?? "r";
        if (mode.Any(c => !"rwxabt+".Contains(c)) || mode.Distinct().Count() != mode.Length)
        {
            throw Ops.ValueError($"invalid mode: '{mode}'");
        }

        var kind = mode.Replace("b", "").Replace("t", "").Replace("+", "");
        var binary = mode.Contains('b');
        var plus = mode.Contains('+');
        if (binary && mode.Contains('t'))
        {
            throw Ops.ValueError("can't have text and binary mode at once");
        }

        if (kind.Length != 1)
        {
            throw Ops.ValueError(kind.Length == 0 ? "Must have exactly one of create/read/write/append mode and at most one plus" : "must have exactly one of create/read/write/append mode");
        }

        var (fileMode, canRead, canWrite) = kind switch
        {
            "r" => (FileMode.Open, true, plus),
            "w" => (FileMode.Create, plus, true),
            "a" => (FileMode.OpenOrCreate, plus, true),
            "x" => (FileMode.CreateNew, plus, true),
            _ => throw Ops.ValueError($"invalid mode: '{mode}'"),
        };
        var encodingName = Arg(a, 3) as string;
        var errors = Arg(a, 4) as string;
        var newline = Arg(a, 5);
        if (binary && encodingName is not null)
        {
            throw Ops.ValueError("binary mode doesn't take an encoding argument");
        }

        if (binary && errors is not null)
        {
            throw Ops.ValueError("binary mode doesn't take an errors argument");
        }

        if (binary && newline is not null)
        {
            throw Ops.ValueError("binary mode doesn't take a newline argument");
        }

        if (newline is not null and not string)
        {
            throw Ops.TypeError($"open() argument 'newline' must be str or None, not {Ops.TypeName(newline)}");
        }

        if (newline is string nl && nl is not ("" or "\n" or "\r" or "\r\n"))
        {
            throw Ops.ValueError($"illegal newline value: {nl}");
        }

        // CPython's default is the locale's encoding, which it names "UTF-8" here.
        encodingName ??= "UTF-8";
        var encoding = binary ? Encoding.Latin1 : TextEncoding(encodingName, errors ?? "strict");
        var access = canRead && canWrite ? FileAccess.ReadWrite : canRead ? FileAccess.Read : FileAccess.Write;
        FileStream stream;
        try
        {
            stream = fd >= 0 ? PythonThread.Current.Engine.Descriptors.OpenStream((int)fd, access, closeFd)
                : new FileStream(name, fileMode, access, FileShare.ReadWrite | FileShare.Delete);
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
            throw Directory.Exists(name) ? OsModule.OsError(21, "Is a directory", name) : OsModule.OsError(13, "Permission denied", name);
        }
        catch (IOException) when (fileMode == FileMode.CreateNew)
        {
            throw OsModule.OsError(17, "File exists", name);
        }

        var append = kind == "a";
        if (append && stream.CanSeek)
        {
            stream.Seek(0, SeekOrigin.End);
        }

        var type = !binary ? TextType : canRead && canWrite ? RandomType : canRead ? ReaderType : WriterType;
        var file = new FileObject(type, fd >= 0 ? Py.Int(fd) : name, mode, stream, canRead, canWrite, append, encoding, encodingName, errors ?? "strict", (string?)newline);
        if (canWrite)
        {
            PythonThread.Current.Engine.OpenFiles.Add(file);
        }

        return file;
    }

    private static object? Arg(object?[] a, int i) => a.Length > i && a[i] != Py.None ? a[i] : null;

    /// <summary>A str, bytes or os.PathLike argument as a path string.</summary>
    public static string PathOf(object file) => file switch
    {
        string s => s,
        PyBytes b => Encoding.UTF8.GetString(b.Value),
        _ when Ops.TryLookupSpecial(file, "__fspath__", out var fspath) => PathOf(Ops.Call(fspath)),
        _ => throw Ops.TypeError($"expected str, bytes or os.PathLike object, not {Ops.TypeName(file)}"),
    };

    // The decoder side of a Python codec name; encoding goes through Codecs.Encode, which has every error handler.
    private static Encoding TextEncoding(string name, string errors)
    {
        var decoding = errors switch
        {
            "strict" => DecoderFallback.ExceptionFallback,
            "ignore" => new DecoderReplacementFallback(""),
            _ => new DecoderReplacementFallback("\uFFFD"),
        };
        var encoding = Codecs.Normalize(name) switch
        {
            "utf-8" or "utf-8-sig" => Encoding.UTF8,
            "ascii" => Encoding.ASCII,
            "latin-1" => Encoding.Latin1,
            "utf-16" or "utf-16-le" => Encoding.Unicode,
            "utf-16-be" => Encoding.BigEndianUnicode,
            "utf-32-be" => new UTF32Encoding(true, false),
            "utf-32" or "utf-32-le" => Encoding.UTF32,
            var other => throw Ops.Error(PyExc.LookupError, $"unknown encoding: {other}"),
        };
        return Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ReplacementFallback, decoding);
    }

    private void CheckOpen()
    {
        if (Closed)
        {
            throw Ops.ValueError("I/O operation on closed file.");
        }
    }

    private void CheckReadable()
    {
        CheckOpen();
        if (!canRead)
        {
            throw Unsupported(Binary ? "read" : "not readable");
        }
    }

    private void CheckWritable(string operation = "write")
    {
        CheckOpen();
        if (!canWrite)
        {
            throw Unsupported(Binary ? operation : "not writable");
        }
    }

    // io.UnsupportedOperation (an OSError and a ValueError), from the io module.
    private static PythonException Unsupported(string message)
    {
        var io = PythonThread.Current.Engine.Importer.ImportModule("io", null, 0, true);
        var error = Ops.Call(Ops.GetAttr(io, "UnsupportedOperation"), message);
        return new PythonException((PyBaseException)error);
    }

    private PythonException Decoding(DecoderFallbackException e) =>
        Ops.Error(PyExc.UnicodeDecodeError, $"'{EncodingName}' codec can't decode byte 0x{(e.BytesUnknown is { Length: > 0 } b ? b[0] : 0):x2}: invalid start byte");

    // ----- binary

    private byte[] ReadBytes(long count)
    {
        CheckReadable();
        if (count < 0)
        {
            var all = new MemoryStream();
            stream.CopyTo(all);
            return all.ToArray();
        }

        var buffer = new byte[count];
        var n = stream.ReadAtLeast(buffer, (int)count, throwOnEndOfStream: false);
        return n == count ? buffer : buffer[..n];
    }

    private byte[] ReadByteLine(long limit)
    {
        CheckReadable();
        var bytes = new List<byte>();
        int b;
        while ((limit < 0 || bytes.Count < limit) && (b = stream.ReadByte()) >= 0)
        {
            bytes.Add((byte)b);
            if (b == '\n')
            {
                break;
            }
        }

        return bytes.ToArray();
    }

    private int ReadInto(object target)
    {
        CheckReadable();
        var list = BytesLike.Writable(target);
        var buffer = new byte[list.Count];
        var n = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        for (var i = 0; i < n; i++)
        {
            list[i] = buffer[i];
        }

        return n;
    }

    // ----- text

    // Decodes the next chunk; false at the end of the file.
    private bool Fill()
    {
        if (atEnd)
        {
            return false;
        }

        var bytes = new byte[8192];
        var n = stream.Read(bytes, 0, bytes.Length);
        string chunk;
        try
        {
            var chars = new char[encoding.GetMaxCharCount(n + 4)];
            var count = decoder!.GetChars(bytes, 0, n, chars, 0, flush: n == 0);
            chunk = new string(chars, 0, count);
        }
        catch (DecoderFallbackException e)
        {
            throw Decoding(e);
        }

        atEnd = n == 0;
        undecodedBytes += n - encoding.GetByteCount(chunk);
        raw = raw[rawPos..] + chunk;
        rawPos = 0;
        return !atEnd || chunk.Length > 0;
    }

    // The next character, translated by the newline mode (null at the end); a surrogate pair comes whole.
    private string? NextChar()
    {
        while (rawPos >= raw.Length || (raw[rawPos] == '\r' && newline is null or "" && rawPos + 1 >= raw.Length && !atEnd)
            || (char.IsHighSurrogate(raw[rawPos]) && rawPos + 1 >= raw.Length && !atEnd))
        {
            if (!Fill() && rawPos >= raw.Length)
            {
                return null;
            }
        }

        var c = raw[rawPos];
        var universal = newline is null or "";
        if (c == '\r' && universal && rawPos + 1 < raw.Length && raw[rawPos + 1] == '\n')
        {
            rawPos += 2;
            seenNewlines |= 4;
            return newline is null ? "\n" : "\r\n";
        }

        if (universal && c is '\r' or '\n')
        {
            seenNewlines |= c == '\r' ? 1 : 2;
            if (newline is null)
            {
                rawPos++;
                return "\n";
            }
        }

        var width = char.IsHighSurrogate(c) && rawPos + 1 < raw.Length && char.IsLowSurrogate(raw[rawPos + 1]) ? 2 : 1;
        rawPos += width;
        return raw.Substring(rawPos - width, width);
    }

    private string ReadText(long count)
    {
        CheckReadable();
        var text = new StringBuilder();
        for (var n = 0L; count < 0 || n < count; n++)
        {
            var c = NextChar();
            if (c is null)
            {
                break;
            }

            text.Append(c);
            if (c == "\r\n")
            {
                n++;
            }
        }

        return text.ToString();
    }

    private string ReadTextLine(long limit)
    {
        CheckReadable();
        var line = new StringBuilder();
        var n = 0L;
        while (limit < 0 || n < limit)
        {
            var c = NextChar();
            if (c is null)
            {
                break;
            }

            line.Append(c);
            n += c.Length == 2 && c[0] == '\r' ? 2 : 1;
            var ends = newline switch
            {
                null or "\n" => c == "\n",
                "" => c is "\n" or "\r" or "\r\n",
                "\r" => c == "\r",
                _ => c == "\n" && line.Length > 1 && line[^2] == '\r',
            };
            if (ends)
            {
                break;
            }
        }

        return line.ToString();
    }

    private void ResetText()
    {
        raw = "";
        rawPos = 0;
        undecodedBytes = 0;
        atEnd = false;
        decoder?.Reset();
    }

    private long TextPosition() => stream.Position - undecodedBytes - encoding.GetByteCount(raw, rawPos, raw.Length - rawPos);

    private int WriteText(string text)
    {
        CheckWritable();

        // As in CPython, what was read ahead is dropped and the write lands at the stream's position.
        ResetText();
        var translated = newline is "\r" or "\r\n" ? text.Replace("\n", newline) : text;
        WriteRaw(Codecs.Encode(translated, EncodingName, Errors));
        return text.Length;
    }

    private void WriteRaw(byte[] bytes)
    {
        if (append && stream.CanSeek)
        {
            stream.Seek(0, SeekOrigin.End);
        }

        stream.Write(bytes);
    }

    // ----- both

    private object Seek(long offset, long whence)
    {
        CheckOpen();
        if (!Binary)
        {
            if (whence == 1 && offset != 0)
            {
                throw Unsupported("can't do nonzero cur-relative seeks");
            }

            if (whence == 2 && offset != 0)
            {
                throw Unsupported("can't do nonzero end-relative seeks");
            }

            if (whence == 1)
            {
                return Py.Int(Tell());
            }

            ResetText();
        }

        if (whence is < 0 or > 2)
        {
            throw Ops.ValueError(Binary ? $"whence value {whence} unsupported" : $"invalid whence ({whence}, should be 0, 1 or 2)");
        }

        if (whence == 0 && offset < 0)
        {
            throw Binary ? OsModule.OsError(22, "Invalid argument", Py.None) : Ops.ValueError($"negative seek position {offset}");
        }

        try
        {
            return Py.Int(stream.Seek(offset, (SeekOrigin)whence));
        }
        catch (IOException)
        {
            throw OsModule.OsError(22, "Invalid argument", Py.None);
        }
    }

    private long Tell()
    {
        CheckOpen();
        return Binary ? stream.Position : TextPosition();
    }

    // Text files truncate at the stream's position, past what was read ahead, as CPython's TextIOWrapper does.
    private object Truncate(object? size)
    {
        CheckWritable("truncate");

        var length = size is null || size == Py.None ? stream.Position : Ops.IndexAsLong(size);
        if (length < 0)
        {
            throw OsModule.OsError(22, "Invalid argument", Py.None);
        }

        // The position stays where it was, even past the new end, as in CPython.
        var position = stream.Position;
        stream.Flush();
        stream.SetLength(length);
        stream.Position = position;
        return Py.Int(length);
    }

    /// <summary>Flushes an open file at the end of a script; errors are the file's, not the script's.</summary>
    public void FlushQuietly()
    {
        try
        {
            if (!Closed)
            {
                stream.Flush();
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or UnauthorizedAccessException)
        {
            return;
        }
    }

    public void Close()
    {
        if (Closed)
        {
            return;
        }

        try
        {
            stream.Flush();

            // FileStream reads and writes at its own offset; the descriptor's is left where this file got to, as CPython's is.
            if (Name is long)
            {
                _ = stream.SafeFileHandle;
            }
        }
        catch (ObjectDisposedException)
        {
            // The runtime finalized the stream first: the file and a finalized object that
            // closes it (a generator's with block, a __del__) became garbage together.
        }
        finally
        {
            stream.Dispose();
            Closed = true;
        }
    }

    private object Read(long count) => Binary ? new PyBytes(ReadBytes(count)) : ReadText(count);

    private object ReadLine(long limit) => Binary ? new PyBytes(ReadByteLine(limit)) : ReadTextLine(limit);

    private object Write(object data)
    {
        if (!Binary)
        {
            return Py.Int(WriteText(data as string ?? throw Ops.TypeError($"write() argument must be str, not {Ops.TypeName(data)}")));
        }

        CheckWritable();
        var bytes = BytesLike.Is(data) ? BytesLike.Read(data) : throw Ops.TypeError($"a bytes-like object is required, not '{Ops.TypeName(data)}'");
        WriteRaw(bytes);
        return Py.Int(bytes.Length);
    }

    private object NewlinesSeen()
    {
        var kinds = new[] { (1, "\r"), (2, "\n"), (4, "\r\n") }.Where(k => (seenNewlines & k.Item1) != 0).Select(k => (object)k.Item2).ToArray();
        return kinds.Length switch
        {
            0 => Py.None,
            1 => kinds[0],
            _ => new PyTuple(kinds),
        };
    }

    private static FileObject Self(object o) => (FileObject)o;

    private int Fileno()
    {
        CheckOpen();
        if (fileno < 0)
        {
            fileno = Name is long fd ? (int)fd : PythonThread.Current.Engine.Descriptors.Fileno(stream);
        }

        return fileno;
    }

    private static long Size(object[] a, int i) => a.Length > i && a[i] != Py.None ? Ops.IndexAsLong(a[i]) : -1;

    private static PyType MakeType(string name, bool text)
    {
        var t = Py.Bare(name, Py.ObjectType);
        t.Type = Py.TypeType;
        t.Namespace.Type = Py.DictType;
        t.Namespace["__doc__"] = Py.None;
        t.Namespace["__module__"] = "_io";
        t.DefRange("read", 0, 1, a => Self(a[0]).Read(Size(a, 1)));
        t.DefRange("readline", 0, 1, a => Self(a[0]).ReadLine(Size(a, 1)));
        t.DefRange("readlines", 0, 1, a =>
        {
            var lines = new PyList();
            var hint = Size(a, 1);
            var total = 0L;
            while (Self(a[0]).ReadLine(-1) is var line && Ops.IsTrue(line))
            {
                lines.Add(line);
                total += Ops.Length(line);
                if (hint > 0 && total >= hint)
                {
                    break;
                }
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
        t.DefRange("seek", 1, 2, a => Self(a[0]).Seek(Ops.IndexAsLong(a[1]), a.Length > 2 ? Ops.IndexAsLong(a[2]) : 0));
        t.Def("tell", self => Py.Int(Self(self).Tell()));
        t.DefRange("truncate", 0, 1, a => Self(a[0]).Truncate(a.Length > 1 ? a[1] : null));
        t.Def("flush", self =>
        {
            Self(self).CheckOpen();
            Self(self).stream.Flush();
            return Py.None;
        });
        t.Def("close", self =>
        {
            Self(self).Close();
            return Py.None;
        });
        t.Def("__enter__", self =>
        {
            Self(self).CheckOpen();
            return self;
        });
        t.DefRange("__exit__", 0, 3, a =>
        {
            Self(a[0]).Close();
            return Py.False;
        });
        t.Def("__iter__", self =>
        {
            Self(self).CheckOpen();
            return self;
        });
        t.Def("__next__", self => Self(self).ReadLine(-1) is var line && Ops.IsTrue(line) ? line : throw Ops.StopIteration());
        t.Def("readable", self => Py.Bool(Self(self).canRead));
        t.Def("writable", self => Py.Bool(Self(self).canWrite));
        t.Def("seekable", self => Py.Bool(Self(self).stream.CanSeek));
        t.Def("isatty", self => Py.Bool(PythonThread.Current.Engine.Descriptors.IsATty(Self(self).Fileno())));
        t.Def("fileno", self => Py.Int(Self(self).Fileno()));
        t.Prop("name", self => Self(self).Name);
        t.Prop("mode", self => Self(self).Mode);
        t.Prop("closed", self => Py.Bool(Self(self).Closed));
        if (text)
        {
            t.Prop("encoding", self => Self(self).EncodingName);
            t.Prop("errors", self => Self(self).Errors);
            t.Prop("line_buffering", self => Py.False);
            t.Prop("newlines", self => Self(self).NewlinesSeen());
            t.Def("__repr__", self => $"<_io.TextIOWrapper name={Ops.Repr(Self(self).Name)} mode={Ops.Repr(Self(self).Mode)} encoding={Ops.Repr(Self(self).EncodingName)}>");
        }
        else
        {
            t.DefRange("read1", 0, 1, a => Self(a[0]).Read(Size(a, 1)));
            t.Def("readinto", (object self, object target) => Py.Int(Self(self).ReadInto(target)));
            t.Def("__repr__", self => $"<_io.{Py.TypeOf(self).Name} name={Ops.Repr(Self(self).Name)}>");
        }

        Py.ReadyBuiltin(t);
        return t;
    }
}
