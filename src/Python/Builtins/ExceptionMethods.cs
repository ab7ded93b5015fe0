using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Builtins;

/// <summary>Methods of the exception hierarchy: args, str/repr, chaining attributes, notes and the special subclasses.</summary>
internal static class ExceptionMethods
{
    private static PyBaseException E(object o) => o as PyBaseException ?? throw Ops.TypeError($"descriptor requires a 'BaseException' object but received a '{Ops.TypeName(o)}'");

    private static object Arg(PyBaseException e, int i) => i < e.Args.Count ? e.Args.Items[i] : Py.None;

    private static object Attr(PyBaseException e, string name) => e.Dict is { } d && d.TryGetValue(name, out var v) ? v : Py.None;

    private static void SetAttr(PyBaseException e, string name, object value) => (e.Dict ??= new PyDict())[name] = value;

    public static void Fill()
    {
        var t = PyExc.BaseException;
        t.DefNew((cls, args, kw) =>
        {
            var e = new PyBaseException(cls, new PyTuple(args[..(args.Length - (kw?.Length ?? 0))]));
            return cls.IsSubtypeOf(PyExc.OSError) ? OsErrorNew(cls, e) : e;
        });
        t.DefRaw("__init__", (args, kw) =>
        {
            var e = E(args[0]);
            if (kw is { Length: > 0 } && ReferenceEquals(e.Type.Slots[(int)SlotId.Init], PyExc.BaseException.Namespace["__init__"]))
            {
                throw Ops.TypeError($"{e.Type.Name}() takes no keyword arguments");
            }
            e.Args = new PyTuple(args[1..(args.Length - (kw?.Length ?? 0))]);
            return Py.None;
        });
        t.Def("__str__", self =>
        {
            var e = E(self);
            return e.Args.Count switch
            {
                0 => "",
                1 => Ops.Str(e.Args.Items[0]),
                _ => Ops.Str(e.Args),
            };
        });
        t.Def("__repr__", self =>
        {
            var e = E(self);
            var name = e.Type.Name;
            return e.Args.Count == 1 ? $"{name}({Ops.Repr(e.Args.Items[0])})" : name + Ops.Repr(e.Args);
        });
        t.Prop("args", self => E(self).Args, (self, v) => E(self).Args = v as PyTuple ?? new PyTuple(Ops.ToArray(v)));
        t.Prop("__cause__", self => E(self).Cause, (self, v) =>
        {
            E(self).Cause = v is PyNone || v is PyBaseException ? v : throw Ops.TypeError("exception cause must be None or derive from BaseException");
            E(self).SuppressContext = true;
        });
        t.Prop("__context__", self => E(self).Context, (self, v) =>
            E(self).Context = v is PyNone || v is PyBaseException ? v : throw Ops.TypeError("exception context must be None or derive from BaseException"));
        t.Prop("__suppress_context__", self => Py.Bool(E(self).SuppressContext), (self, v) => E(self).SuppressContext = Ops.IsTrue(v));
        t.Prop("__traceback__", self => E(self).Traceback, (self, v) => E(self).Traceback = v);
        t.Prop("__dict__", self => E(self).Dict ??= new PyDict());
        t.Def("with_traceback", (self, tb) =>
        {
            E(self).Traceback = tb;
            return self;
        });
        t.Def("add_note", (self, note) =>
        {
            if (note is not string)
            {
                throw Ops.TypeError($"note must be a str, not '{Ops.TypeName(note)}'");
            }
            var e = E(self);
            if (!(e.Dict ??= new PyDict()).TryGetValue("__notes__", out var notes))
            {
                notes = new PyList();
                e.Dict["__notes__"] = notes;
            }
            if (notes is not PyList list)
            {
                throw Ops.TypeError("Cannot add note: __notes__ is not a list");
            }
            list.Add(note);
            return Py.None;
        });
        t.Def("__reduce__", self => Reduce(E(self)));
        t.Def("__setstate__", (self, state) =>
        {
            if (state is PyDict d)
            {
                var pos = 0;
                while (d.TryGetEntry(ref pos, out var k, out var v))
                {
                    Ops.SetAttr(self, k as string ?? throw Ops.TypeError($"attribute name must be string, not '{Ops.TypeName(k)}'"), v);
                }
            }
            else if (state is not PyNone)
            {
                throw Ops.TypeError("state is not a dictionary");
            }
            return Py.None;
        });

        PyExc.KeyError.Def("__str__", self => E(self).Args.Count == 1 ? Ops.Repr(E(self).Args.Items[0]) : ((PyBuiltinFunction)PyExc.BaseException.Namespace["__str__"]).Call1(self));

        PyExc.StopIteration.DefRaw("__init__", (args, kw) =>
        {
            var e = E(args[0]);
            e.Args = new PyTuple(args[1..]);
            SetAttr(e, "value", args.Length > 1 ? args[1] : Py.None);
            return Py.None;
        });
        PyExc.StopIteration.Prop("value", self => Attr(E(self), "value") is PyNone && E(self).Args.Count > 0 ? E(self).Args.Items[0] : Attr(E(self), "value"), (self, v) => SetAttr(E(self), "value", v));

        PyExc.SystemExit.Prop("code", self => E(self).Args.Count switch { 0 => Py.None, 1 => E(self).Args.Items[0], _ => E(self).Args });

        FillNamed(PyExc.NameError, "name");
        FillNamed(PyExc.AttributeError, "name", "obj");
        FillImportError();
        FillOsError();
        FillSyntaxError();
        FillUnicodeErrors();
    }

    // NameError(name=...), AttributeError(name=..., obj=...): keyword-only attributes.
    private static void FillNamed(PyType t, params string[] names)
    {
        t.DefRaw("__init__", (args, kw) =>
        {
            var e = E(args[0]);
            var positional = args.Length - (kw?.Length ?? 0);
            e.Args = new PyTuple(args[1..positional]);
            foreach (var n in names)
            {
                if (e.Dict is null || !e.Dict.ContainsKey(n))
                {
                    SetAttr(e, n, Py.None);
                }
            }
            for (var i = 0; i < (kw?.Length ?? 0); i++)
            {
                if (Array.IndexOf(names, kw![i]) < 0)
                {
                    throw Ops.TypeError($"{e.Type.Name}() got an unexpected keyword argument '{kw[i]}'");
                }
                SetAttr(e, kw[i], args[positional + i]);
            }
            return Py.None;
        });
    }

    private static void FillImportError()
    {
        var t = PyExc.ImportError;
        t.DefRaw("__init__", (args, kw) =>
        {
            var e = E(args[0]);
            var positional = args.Length - (kw?.Length ?? 0);
            e.Args = new PyTuple(args[1..positional]);
            SetAttr(e, "msg", positional > 1 ? args[1] : Py.None);
            SetAttr(e, "name", Py.None);
            SetAttr(e, "path", Py.None);
            for (var i = 0; i < (kw?.Length ?? 0); i++)
            {
                if (kw![i] is not ("name" or "path"))
                {
                    throw Ops.TypeError($"'{kw[i]}' is an invalid keyword argument for {e.Type.Name}()");
                }
                SetAttr(e, kw[i], args[positional + i]);
            }
            return Py.None;
        });
        t.Def("__str__", self => Attr(E(self), "msg") is string m ? m : ((PyBuiltinFunction)PyExc.BaseException.Namespace["__str__"]).Call1(self));
    }

    private static readonly (int Errno, Func<PyType> Type)[] ErrnoMap =
    {
        (11, () => PyExc.BlockingIOError), (114, () => PyExc.BlockingIOError), (115, () => PyExc.BlockingIOError),
        (10, () => PyExc.ChildProcessError), (32, () => PyExc.BrokenPipeError), (108, () => PyExc.BrokenPipeError),
        (103, () => PyExc.ConnectionAbortedError), (111, () => PyExc.ConnectionRefusedError), (104, () => PyExc.ConnectionResetError),
        (17, () => PyExc.FileExistsError), (2, () => PyExc.FileNotFoundError), (4, () => PyExc.InterruptedError),
        (21, () => PyExc.IsADirectoryError), (20, () => PyExc.NotADirectoryError), (13, () => PyExc.PermissionError),
        (1, () => PyExc.PermissionError), (3, () => PyExc.ProcessLookupError), (110, () => PyExc.TimeoutError),
    };

    // OSError(errno, strerror) picks the subclass for the errno, as CPython does on Linux.
    private static PyBaseException OsErrorNew(PyType cls, PyBaseException e)
    {
        if (ReferenceEquals(cls, PyExc.OSError) && e.Args.Count >= 2 && e.Args.Items[0] is long errno)
        {
            foreach (var (code, type) in ErrnoMap)
            {
                if (code == errno)
                {
                    e.Type = type();
                    break;
                }
            }
        }
        return e;
    }

    private static void FillOsError()
    {
        var t = PyExc.OSError;
        t.DefRaw("__init__", (args, kw) =>
        {
            var e = E(args[0]);
            var a = args[1..];
            e.Args = new PyTuple(a);
            SetAttr(e, "errno", Py.None);
            SetAttr(e, "strerror", Py.None);
            SetAttr(e, "filename", Py.None);
            SetAttr(e, "filename2", Py.None);
            if (a.Length >= 2 && a.Length <= 5)
            {
                SetAttr(e, "errno", a[0]);
                SetAttr(e, "strerror", a[1]);
                if (a.Length >= 3)
                {
                    SetAttr(e, "filename", a[2]);
                    e.Args = new PyTuple(new[] { a[0], a[1] });
                }
                if (a.Length >= 5)
                {
                    SetAttr(e, "filename2", a[4]);
                }
            }
            return Py.None;
        });
        t.Def("__str__", self =>
        {
            var e = E(self);
            var filename = Attr(e, "filename");
            var filename2 = Attr(e, "filename2");
            var errno = Attr(e, "errno");
            var strerror = Attr(e, "strerror");
            if (filename is not PyNone)
            {
                return filename2 is not PyNone
                    ? $"[Errno {Ops.Str(errno)}] {Ops.Str(strerror)}: {Ops.Repr(filename)} -> {Ops.Repr(filename2)}"
                    : $"[Errno {Ops.Str(errno)}] {Ops.Str(strerror)}: {Ops.Repr(filename)}";
            }
            if (errno is not PyNone && strerror is not PyNone)
            {
                return $"[Errno {Ops.Str(errno)}] {Ops.Str(strerror)}";
            }
            return ((PyBuiltinFunction)PyExc.BaseException.Namespace["__str__"]).Call1(self);
        });
    }

    private static void FillSyntaxError()
    {
        var t = PyExc.SyntaxError;
        t.DefRaw("__init__", (args, kw) =>
        {
            var e = E(args[0]);
            var a = args[1..];
            e.Args = new PyTuple(a);
            SetAttr(e, "msg", a.Length > 0 ? a[0] : Py.None);
            var details = a.Length > 1 && a[1] is PyTuple d ? d.Items : Array.Empty<object>();
            string[] names = { "filename", "lineno", "offset", "text", "end_lineno", "end_offset" };
            for (var i = 0; i < names.Length; i++)
            {
                SetAttr(e, names[i], i < details.Length ? details[i] : Py.None);
            }
            SetAttr(e, "print_file_and_line", Py.None);
            return Py.None;
        });
        t.Def("__str__", self =>
        {
            var e = E(self);
            var msg = Ops.Str(Attr(e, "msg"));
            var filename = Attr(e, "filename");
            var lineno = Attr(e, "lineno");
            var file = filename is string f ? Path.GetFileName(f) : null;
            return (file, lineno) switch
            {
                (not null, long l) => $"{msg} ({file}, line {l})",
                (not null, _) => $"{msg} ({file})",
                (null, long l) => $"{msg} (line {l})",
                _ => msg,
            };
        });
    }

    private static void FillUnicodeErrors()
    {
        foreach (var type in new[] { PyExc.UnicodeDecodeError, PyExc.UnicodeEncodeError })
        {
            type.DefRaw("__init__", (args, kw) =>
            {
                var e = E(args[0]);
                var a = args[1..];
                e.Args = new PyTuple(a);
                if (a.Length == 5)
                {
                    SetAttr(e, "encoding", a[0]);
                    SetAttr(e, "object", a[1]);
                    SetAttr(e, "start", a[2]);
                    SetAttr(e, "end", a[3]);
                    SetAttr(e, "reason", a[4]);
                }
                return Py.None;
            });
        }
        PyExc.UnicodeTranslateError.DefRaw("__init__", (args, kw) =>
        {
            var e = E(args[0]);
            var a = args[1..];
            e.Args = new PyTuple(a);
            if (a.Length == 4)
            {
                SetAttr(e, "encoding", Py.None);
                SetAttr(e, "object", a[0]);
                SetAttr(e, "start", a[1]);
                SetAttr(e, "end", a[2]);
                SetAttr(e, "reason", a[3]);
            }
            return Py.None;
        });
        PyExc.UnicodeTranslateError.Def("__str__", self =>
        {
            var e = E(self);
            if (e.Args.Count != 4 || Attr(e, "object") is not string s || Attr(e, "start") is not long start)
            {
                return ((PyBuiltinFunction)PyExc.BaseException.Namespace["__str__"]).Call1(self);
            }
            var end = Attr(e, "end") is long en ? en : start + 1;
            var what = end == start + 1 && start < CodePoints.Length(s)
                ? $"can't translate character '{CodecErrors.Escape(CodePoints.At(s, CodePoints.ToOffset(s, (int)start)))}' in position {start}"
                : $"can't translate characters in position {start}-{end - 1}";
            return $"{what}: {Ops.Str(Attr(e, "reason"))}";
        });
        PyExc.UnicodeEncodeError.Def("__str__", self =>
        {
            var e = E(self);
            if (e.Args.Count != 5 || Attr(e, "object") is not string s || Attr(e, "start") is not long start)
            {
                return ((PyBuiltinFunction)PyExc.BaseException.Namespace["__str__"]).Call1(self);
            }
            var end = Attr(e, "end") is long en ? en : start + 1;
            string what;
            if (end == start + 1 && start < CodePoints.Length(s))
            {
                var c = CodePoints.At(s, CodePoints.ToOffset(s, (int)start));
                what = c <= 0xff ? $"character '\\x{c:x2}'" : c <= 0xffff ? $"character '\\u{c:x4}'" : $"character '\\U{c:x8}'";
                what = $"can't encode {what} in position {start}";
            }
            else
            {
                what = $"can't encode characters in position {start}-{end - 1}";
            }
            return $"'{Ops.Str(Attr(e, "encoding"))}' codec {what}: {Ops.Str(Attr(e, "reason"))}";
        });
        var t = PyExc.UnicodeDecodeError;
        t.Def("__str__", self =>
        {
            var e = E(self);
            if (e.Args.Count != 5 || Attr(e, "object") is not PyBytes b || Attr(e, "start") is not long start)
            {
                return ((PyBuiltinFunction)PyExc.BaseException.Namespace["__str__"]).Call1(self);
            }
            var end = Attr(e, "end") is long en ? en : start + 1;
            var what = end == start + 1 && start < b.Value.Length
                ? $"can't decode byte 0x{b.Value[start]:x2} in position {start}"
                : $"can't decode bytes in position {start}-{end - 1}";
            return $"'{Ops.Str(Attr(e, "encoding"))}' codec {what}: {Ops.Str(Attr(e, "reason"))}";
        });
    }

    // The attributes these types keep in the instance dict are C members in CPython, which __reduce__ leaves out.
    private static readonly (PyType Type, string[] Names)[] MemberAttributes =
    [
        (PyExc.StopIteration, ["value"]),
        (PyExc.NameError, ["name"]),
        (PyExc.AttributeError, ["name", "obj"]),
        (PyExc.ImportError, ["msg", "name", "path"]),
        (PyExc.OSError, ["errno", "strerror", "filename", "filename2", "characters_written"]),
        (PyExc.SyntaxError, ["msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"]),
        (PyExc.UnicodeError, ["encoding", "object", "start", "end", "reason"]),
    ];

    /// <summary>(type, args[, state]): the state is the instance's own attributes, plus name and path for ImportError.</summary>
    private static PyTuple Reduce(PyBaseException e)
    {
        var state = new PyDict();
        if (e.Dict is { } d)
        {
            var members = MemberAttributes.Where(m => e.Type.IsSubtypeOf(m.Type)).SelectMany(m => m.Names).ToHashSet();
            var pos = 0;
            while (d.TryGetEntry(ref pos, out var k, out var v))
            {
                if (k is not string name || !members.Contains(name))
                {
                    state[k] = v;
                }
            }
        }
        if (e.Type.IsSubtypeOf(PyExc.ImportError))
        {
            foreach (var name in new[] { "name", "path" })
            {
                var value = Attr(e, name);
                if (value is not PyNone)
                {
                    state[name] = value;
                }
            }
        }
        object args = e.Args;
        var filename = Attr(e, "filename");
        if (e.Type.IsSubtypeOf(PyExc.OSError) && filename is not PyNone)
        {
            args = Attr(e, "filename2") is PyNone
                ? new PyTuple([Attr(e, "errno"), Attr(e, "strerror"), filename])
                : new PyTuple([Attr(e, "errno"), Attr(e, "strerror"), filename, Py.None, Attr(e, "filename2")]);
        }
        return state.Count > 0 ? new PyTuple([e.Type, args, state]) : new PyTuple([e.Type, args]);
    }
}
