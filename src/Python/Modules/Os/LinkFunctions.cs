using System.Text;
using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules.Os;

/// <summary>symlink, readlink and (off Windows) link of <c>_os</c>: the C library's on POSIX, System.IO's on Windows.</summary>
internal static class LinkFunctions
{
    private const int EINVAL = 22;

    public static void Fill(PyDict d)
    {
        d["symlink"] = new PyBuiltinFunction("symlink", null, ["src", "dst", "target_is_directory", "*dir_fd"], 2, a =>
        {
            var (target, path) = (OsModule.Path(a[0]!), OsModule.Path(a[1]!));
            if (OperatingSystem.IsWindows())
            {
                var directory = a[2] is { } isDirectory && Ops.IsTrue(isDirectory);
                OsModule.Guard(() => directory ? Directory.CreateSymbolicLink(path, target) : File.CreateSymbolicLink(path, target), a[0]!);
                return Py.None;
            }

            return LibC.Symlink(target, path) == 0 ? Py.None : throw OsModule.OsError(LibC.Errno, a[0]!, a[1]!);
        });
        d["readlink"] = new PyBuiltinFunction("readlink", null, ["path", "*dir_fd"], 1, a =>
        {
            var path = OsModule.Path(a[0]!);
            var target = OperatingSystem.IsWindows() ? WindowsTarget(path, a[0]!) : Target(path, a[0]!);
            return a[0] is PyBytes ? new PyBytes(Encoding.UTF8.GetBytes(target)) : target;
        });
        if (!OperatingSystem.IsWindows())
        {
            d["link"] = new PyBuiltinFunction("link", null, ["src", "dst", "*src_dir_fd", "*dst_dir_fd", "*follow_symlinks"], 2, a =>
                LibC.Link(OsModule.Path(a[0]!), OsModule.Path(a[1]!)) == 0 ? Py.None : throw OsModule.OsError(LibC.Errno, a[0]!, a[1]!));
        }
    }

    private static unsafe string Target(string path, object original)
    {
        var buffer = new byte[4096];
        nint n;
        fixed (byte* p = buffer)
        {
            n = LibC.ReadLink(path, p, buffer.Length);
        }

        return n >= 0 ? Encoding.UTF8.GetString(buffer, 0, (int)n) : throw OsModule.OsError(LibC.Errno, original);
    }

    private static string WindowsTarget(string path, object original)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        return !info.Exists && info.LinkTarget is null ? throw OsModule.OsError(2, original)
            : info.LinkTarget ?? throw OsModule.OsError(EINVAL, original);
    }
}
