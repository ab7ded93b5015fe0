using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules;

/// <summary>The `_os` functions that ask the system rather than the file tree: disk space.</summary>
internal static class OsSystemCalls
{
    public static void Fill(PyDict d)
    {
        d["disk_usage"] = new PyBuiltinFunction("disk_usage", null, DiskUsage);
    }

    // (total, used, free) as statvfs gives them: free is what an unprivileged user may still take.
    private static object DiskUsage(object path)
    {
        var name = OsModule.Path(path);
        if (!Directory.Exists(name) && !File.Exists(name))
        {
            throw OsModule.OsError(2, path);
        }
        var drive = new DriveInfo(Path.GetFullPath(name));
        return new PyTuple([Py.Int(drive.TotalSize), Py.Int(drive.TotalSize - drive.TotalFreeSpace), Py.Int(drive.AvailableFreeSpace)]);
    }
}
