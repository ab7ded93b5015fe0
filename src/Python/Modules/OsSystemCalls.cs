using System.Runtime.InteropServices;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>The `_os` functions that ask the system rather than the file tree: disk space, terminal size, ownership.</summary>
internal static class OsSystemCalls
{
    private const int Enotty = 25;

    public static void Fill(PyDict d)
    {
        d["disk_usage"] = new PyBuiltinFunction("disk_usage", null, DiskUsage);
        d["get_terminal_size"] = new PyBuiltinFunction("get_terminal_size", null, TerminalSize);
        if (!OperatingSystem.IsWindows())
        {
            d["chown"] = new PyBuiltinFunction("chown", null, (object path, object uid, object gid) => Chown(path, uid, gid));
        }
    }

    // (total, used, free) as statvfs gives them: free is what an unprivileged user may still take.
    private static object DiskUsage(object path)
    {
        var name = OsModule.PathArg(path);
        if (!Directory.Exists(name) && !File.Exists(name))
        {
            throw OsModule.OsError(2, path);
        }
        var drive = new DriveInfo(Path.GetFullPath(name));
        return new PyTuple([Py.Int(drive.TotalSize), Py.Int(drive.TotalSize - drive.TotalFreeSpace), Py.Int(drive.AvailableFreeSpace)]);
    }

    // Only the standard streams can be terminals here, and only when not redirected.
    private static object TerminalSize(object fd)
    {
        var redirected = Ops.IndexAsLong(fd) switch
        {
            0 => Console.IsInputRedirected,
            1 => Console.IsOutputRedirected,
            2 => Console.IsErrorRedirected,
            _ => true,
        };
        if (redirected)
        {
            throw OsModule.OsError(Enotty, ErrnoModule.Message(Enotty), Py.None);
        }
        return new PyTuple([Py.Int(Console.WindowWidth), Py.Int(Console.WindowHeight)]);
    }

    private static object Chown(object path, object uid, object gid)
    {
        var name = OsModule.PathArg(path);
        if (NativeChown(name, (int)Ops.IndexAsLong(uid), (int)Ops.IndexAsLong(gid)) != 0)
        {
            throw OsModule.OsError(Marshal.GetLastPInvokeError(), path);
        }
        return Py.None;
    }

    [DllImport("libc", EntryPoint = "chown", SetLastError = true)]
    private static extern int NativeChown([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int uid, int gid);
}
