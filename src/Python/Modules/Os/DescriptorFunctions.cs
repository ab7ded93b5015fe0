using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules.Os;

/// <summary>The descriptor calls of <c>_os</c> (open, read, write, pipe, dup...) over the engine's <see cref="FileDescriptors"/>.</summary>
internal static class DescriptorFunctions
{
    public static void Fill(PythonEngine engine, PyDict d)
    {
        FileDescriptors Fds() => engine.Descriptors;
        foreach (var (name, value) in OpenFlags.Current.All())
        {
            d[name] = Py.Int(value);
        }

        d["open"] = new PyBuiltinFunction("open", null, ["path", "flags", "mode", "*dir_fd"], 2, a =>
        {
            var path = OsModule.Path(a[0]!);
            return Py.Int(Fds().Open(path, Int(a[1]!), a[2] is { } mode ? Int(mode) : 0x1FF));
        });
        d["read"] = new PyBuiltinFunction("read", null, (object fd, object n) =>
        {
            var count = Ops.IndexAsLong(n);
            return count < 0 ? throw FileDescriptors.Error(22) : new PyBytes(Fds().Read(Int(fd), (int)Math.Min(count, int.MaxValue)));
        });
        d["write"] = new PyBuiltinFunction("write", null, (object fd, object data) =>
            Py.Int(Fds().Write(Int(fd), BytesLike.Is(data) ? BytesLike.Read(data) : throw Ops.TypeError($"a bytes-like object is required, not '{Ops.TypeName(data)}'"))));
        d["close"] = new PyBuiltinFunction("close", null, fd => Done(() => Fds().Close(Int(fd))));
        d["closerange"] = new PyBuiltinFunction("closerange", null, (object low, object high) => Done(() => Fds().CloseRange(Int(low), Int(high))));
        d["lseek"] = new PyBuiltinFunction("lseek", null, (object fd, object pos, object how) => Py.Int(Fds().Seek(Int(fd), Ops.IndexAsLong(pos), Int(how))));
        d["fstat"] = new PyBuiltinFunction("fstat", null, fd => Fds().Stat(Int(fd)));
        d["pipe"] = new PyBuiltinFunction("pipe", null, () =>
        {
            var (r, w) = Fds().Pipe();
            return new PyTuple([Py.Int(r), Py.Int(w)]);
        });
        d["dup"] = new PyBuiltinFunction("dup", null, fd => Py.Int(Fds().Dup(Int(fd))));
        d["dup2"] = new PyBuiltinFunction("dup2", null, ["fd", "fd2", "inheritable"], 2, a =>
            Py.Int(Fds().Dup2(Int(a[0]!), Int(a[1]!), a[2] is not { } inheritable || Ops.IsTrue(inheritable))));
        d["isatty"] = new PyBuiltinFunction("isatty", null, fd => Py.Bool(Fds().IsATty(Int(fd))));
        d["ftruncate"] = new PyBuiltinFunction("ftruncate", null, (object fd, object length) => Done(() => Fds().Truncate(Int(fd), Ops.IndexAsLong(length))));
        d["fsync"] = new PyBuiltinFunction("fsync", null, fd => Done(() => Fds().Sync(Descriptor(fd))));
        d["get_inheritable"] = new PyBuiltinFunction("get_inheritable", null, fd => Py.Bool(Fds().GetInheritable(Int(fd))));
        d["set_inheritable"] = new PyBuiltinFunction("set_inheritable", null, (object fd, object inheritable) =>
            Done(() => Fds().SetInheritable(Int(fd), Ops.IsTrue(inheritable))));
        d["fchmod"] = new PyBuiltinFunction("fchmod", null, (object fd, object mode) => Done(() => Fds().Chmod(Int(fd), Int(mode))));
        d["umask"] = new PyBuiltinFunction("umask", null, mask => Py.Int(Fds().Umask(Int(mask))));
    }

    /// <summary>An int argument (anything with __index__), as the descriptor calls take.</summary>
    public static int Int(object value) => (int)Ops.IndexAsLong(value);

    private static object Done(Action action)
    {
        action();
        return Py.None;
    }

    // fsync also takes an object with fileno(), as CPython's does.
    private static int Descriptor(object fd) => Ops.TryGetAttr(fd, "fileno", out var fileno) ? Int(Ops.Call(fileno)) : Int(fd);
}
