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
        d["TIMEOUT_MAX"] = 4294967.0;
        d["allocate_lock"] = new PyBuiltinFunction("allocate_lock", null, () => new PyLock());
        d["get_ident"] = new PyBuiltinFunction("get_ident", null, () => Py.Int(Environment.CurrentManagedThreadId));
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
        t.DefNamed("acquire", ["self", "blocking", "timeout"], 1, a => Py.Bool(((PyLock)a[0]!).Acquire(a[1] is not { } blocking || Ops.IsTrue(blocking), a[2] is { } timeout ? Ops.ToFloat(timeout) : -1)));
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

    private static PyType MakeLocalType()
    {
        var t = Py.Bare("_local", Py.ObjectType, TypeFlags.BaseType);
        t.Type = Py.TypeType;
        t.Namespace.Type = Py.DictType;
        t.Namespace["__doc__"] = Py.None;
        t.Namespace["__module__"] = "_thread";
        t.DefNew((cls, args, kw) => new PyLocal(cls));
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
        return timeout < 0 ? Wait() : semaphore.Wait(TimeSpan.FromSeconds(timeout));
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

/// <summary>threading.local: each thread sees its own attribute dict.</summary>
internal sealed class PyLocal(PyType type) : PyObject(type)
{
    private readonly ThreadLocal<PyDict> dicts = new(() => new PyDict());

    public PyDict Current => dicts.Value!;
}
