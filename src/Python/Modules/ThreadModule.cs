using IronUwsgi.Python.Builtins;
using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>
/// <c>_thread</c>: OS threads attached to the engine (with the large Python stack), locks that any
/// thread may release, and thread-local attribute storage. threading.py builds on it.
/// </summary>
internal static class ThreadModule
{
    public static readonly PyType LockType = MakeLockType();
    public static readonly PyType LocalType = MakeLocalType();

    public static void Fill(PythonEngine engine, PyModule module)
    {
        var d = module.Dict!;
        d["LockType"] = LockType;
        d["_local"] = LocalType;
        d["error"] = PyExc.RuntimeError;
        d["TIMEOUT_MAX"] = 9223372036.0;
        d["allocate_lock"] = new PyBuiltinFunction("allocate_lock", null, () => new PyLock());
        d["get_ident"] = new PyBuiltinFunction("get_ident", null, () => Py.Int(Environment.CurrentManagedThreadId));
        d["get_native_id"] = new PyBuiltinFunction("get_native_id", null, () => Py.Int(Environment.CurrentManagedThreadId));
        d["stack_size"] = new PyBuiltinFunction("stack_size", null, 0, 1, a =>
            a.Length == 0 || Ops.IndexAsLong(a[0]) == 0 ? Py.Int(0) : throw Ops.ValueError("size not valid: the stack size of Python threads is fixed"));
        d["start_new_thread"] = new PyBuiltinFunction("start_new_thread", null, 2, 3, a => Start(engine, a));
    }

    private static object Start(PythonEngine engine, object[] a)
    {
        var function = a[0];
        var args = a[1] as PyTuple ?? throw Ops.TypeError("2nd arg must be a tuple");
        var kwargs = a.Length > 2 ? a[2] as PyDict : null;
        var started = new ManualResetEventSlim();
        var ident = 0;
        var thread = new Thread(
            () =>
            {
                ident = Environment.CurrentManagedThreadId;
                started.Set();
                using var attached = PythonThread.Attach(engine);
                try
                {
                    Ops.CallStar(function, args.Items, kwargs);
                }
                catch (PythonException e) when (e.Value.Type.IsSubtypeOf(PyExc.SystemExit))
                {
                }
                catch (Exception e)
                {
                    var exc = Compiling.Runtime.CompiledOps.ToPython(e).Value;
                    engine.Sys.Stderr.Write($"Unhandled exception in thread started by {Ops.Repr(function)}\n{TracebackPrinter.Format(exc)}");
                }
                finally
                {
                    engine.Sys.Stdout.Writer?.Flush();
                }
            },
            PythonEngine.PythonStackSize);
        thread.IsBackground = true;
        thread.Start();
        started.Wait();
        return Py.Int(ident);
    }

    private static PyType MakeLockType()
    {
        var t = Py.Bare("lock", Py.ObjectType);
        t.Type = Py.TypeType;
        t.Namespace.Type = Py.DictType;
        t.Namespace["__doc__"] = Py.None;
        t.Namespace["__module__"] = "_thread";
        t.DefNamed("acquire", ["self", "blocking", "timeout"], 1, a =>
        {
            var blocking = a[1] is not { } b || Ops.IsTrue(b);
            return Py.Bool(((PyLock)a[0]!).Acquire(blocking, AcquireTimeout(blocking, a[2])));
        });
        t.DefNamed("acquire_lock", ["self", "blocking", "timeout"], 1, a =>
        {
            var blocking = a[1] is not { } b || Ops.IsTrue(b);
            return Py.Bool(((PyLock)a[0]!).Acquire(blocking, AcquireTimeout(blocking, a[2])));
        });
        t.Def("locked_lock", self => Py.Bool(((PyLock)self).Locked));
        t.Def("release_lock", self =>
        {
            ((PyLock)self).Release();
            return Py.None;
        });
        t.Def("__repr__", self => $"<{(((PyLock)self).Locked ? "locked" : "unlocked")} _thread.lock object at {ObjectMethods.Address(self)}>");
        t.Def("__enter__", self => Py.Bool(((PyLock)self).Acquire(true, -1)));
        t.Def("release", self =>
        {
            ((PyLock)self).Release();
            return Py.None;
        });
        t.DefRange("__exit__", 0, 3, a =>
        {
            ((PyLock)a[0]).Release();
            return Py.False;
        });
        t.Def("locked", self => Py.Bool(((PyLock)self).Locked));
        Py.ReadyBuiltin(t);
        return t;
    }

    /// <summary>The timeout of acquire(blocking, timeout) checked as CPython's lock_acquire_parse_args does; -1 waits forever.</summary>
    public static double AcquireTimeout(bool blocking, object? timeout)
    {
        var seconds = timeout is null ? -1 : Ops.ToFloat(timeout);
        if (!blocking && seconds != -1)
        {
            throw Ops.ValueError("can't specify a timeout for a non-blocking call");
        }

        if (seconds < 0 && seconds != -1)
        {
            throw Ops.ValueError("timeout value must be positive");
        }

        if (seconds > 9223372036.0)
        {
            throw Ops.Error(PyExc.OverflowError, "timeout value is too large");
        }

        return seconds;
    }

    private static PyType MakeLocalType()
    {
        var t = Py.Bare("_local", Py.ObjectType, TypeFlags.BaseType);
        t.Type = Py.TypeType;
        t.Namespace.Type = Py.DictType;
        t.Namespace["__doc__"] = Py.None;
        t.Namespace["__module__"] = "_thread";
        t.DefNew((cls, args, kw) =>
        {
            var hasArgs = args.Length > 0;
            if (hasArgs && cls.Lookup("__init__") == Py.ObjectType.Lookup("__init__"))
            {
                throw Ops.TypeError("Initialization arguments are not supported");
            }

            return new PyLocal(cls, args, kw);
        });
        t.Def("__getattribute__", (object self, object name) =>
        {
            var key = (string)name;
            if (key == "__dict__")
            {
                return ((PyLocal)self).Current;
            }

            if (((PyLocal)self).Current.TryGetValue(key, out var v))
            {
                return v;
            }

            return Ops.GenericGetAttr(self, Py.TypeOf(self), key, out v) ? v : throw Ops.NoAttribute(self, key);
        });
        t.Def("__setattr__", (self, name, value) =>
        {
            ((PyLocal)self).Current[(string)name] = value;
            return Py.None;
        });
        t.Def("__delattr__", (object self, object name) =>
            ((PyLocal)self).Current.Remove((string)name) ? Py.None : throw Ops.NoAttribute(self, (string)name));
        Py.ReadyBuiltin(t);
        return t;
    }
}

/// <summary>A _thread lock: not owned, so any thread may release it (as CPython's).</summary>
internal sealed class PyLock() : PyObject(ThreadModule.LockType)
{
    private readonly SemaphoreSlim semaphore = new(1, 1);

    public bool Locked => semaphore.CurrentCount == 0;

    public bool Acquire(bool blocking, double timeout)
    {
        if (semaphore.Wait(0))
        {
            return true;
        }

        if (!blocking)
        {
            return false;
        }

        using var section = PythonThread.Blocking();
        // SemaphoreSlim waits at most int.MaxValue ms; a longer timeout is as good as none.
        return timeout < 0 || timeout * 1000 >= int.MaxValue ? Wait() : semaphore.Wait(TimeSpan.FromSeconds(timeout));
    }

    private bool Wait()
    {
        semaphore.Wait();
        return true;
    }

    public void Release()
    {
        if (semaphore.CurrentCount != 0)
        {
            throw Ops.RuntimeError("release unlocked lock");
        }

        semaphore.Release();
    }
}

/// <summary>
/// threading.local: each thread sees its own attribute dict; a thread other than the creator
/// first runs the type's __init__ again with the creation arguments, as CPython does.
/// </summary>
internal sealed class PyLocal : PyObject
{
    private readonly ThreadLocal<PyDict> dicts = new();
    private readonly object[] args;
    private readonly string[]? kwnames;

    public PyLocal(PyType type, object[] args, string[]? kwnames)
        : base(type)
    {
        this.args = args;
        this.kwnames = kwnames;
        dicts.Value = new PyDict();
    }

    public PyDict Current
    {
        get
        {
            if (dicts.Value is { } dict)
            {
                return dict;
            }

            dicts.Value = dict = new PyDict();
            if (Type.Lookup("__init__") is { } init && init != Py.ObjectType.Lookup("__init__"))
            {
                Ops.Call(Ops.GetAttr(this, "__init__"), args, kwnames);
            }

            return dict;
        }
    }
}
