using IronUwsgi.Python.Objects;
using IronUwsgi.Python.Runtime;

namespace IronUwsgi.Python.Modules.Os;

/// <summary>chmod and, where files have owners, chown, lchown and fchown of <c>_os</c>.</summary>
internal static class PermissionFunctions
{
    public static void Fill(Engine.PythonEngine engine, PyDict d)
    {
        d["chmod"] = new PyBuiltinFunction("chmod", null, ["path", "mode", "*dir_fd", "*follow_symlinks"], 2, a =>
        {
            var mode = DescriptorFunctions.Int(a[1]!);
            if (a[0] is not (string or PyBytes) && !Ops.TryLookupSpecial(a[0]!, "__fspath__", out _))
            {
                engine.Descriptors.Chmod(DescriptorFunctions.Int(a[0]!), mode);
                return Py.None;
            }

            var path = OsModule.Path(a[0]!);
            if (OperatingSystem.IsWindows())
            {
                OsModule.Guard(() => SetReadOnly(path, mode), a[0]!);
            }
            else if (LibC.Chmod(path, (uint)mode) != 0)
            {
                throw OsModule.OsError(LibC.Errno, a[0]!);
            }

            return Py.None;
        });
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        d["chown"] = new PyBuiltinFunction("chown", null, ["path", "uid", "gid", "*dir_fd", "*follow_symlinks"], 3, a =>
        {
            var (uid, gid) = (DescriptorFunctions.Int(a[1]!), DescriptorFunctions.Int(a[2]!));
            var follow = a[4] is not { } f || Ops.IsTrue(f);
            var path = OsModule.Path(a[0]!);
            return (follow ? LibC.Chown(path, uid, gid) : LibC.Lchown(path, uid, gid)) == 0 ? Py.None : throw OsModule.OsError(LibC.Errno, a[0]!);
        });
        d["lchown"] = new PyBuiltinFunction("lchown", null, (object path, object uid, object gid) =>
            LibC.Lchown(OsModule.Path(path), DescriptorFunctions.Int(uid), DescriptorFunctions.Int(gid)) == 0 ? Py.None : throw OsModule.OsError(LibC.Errno, path));
        d["fchown"] = new PyBuiltinFunction("fchown", null, (object fd, object uid, object gid) =>
            LibC.Fchown(DescriptorFunctions.Int(fd), DescriptorFunctions.Int(uid), DescriptorFunctions.Int(gid)) == 0 ? Py.None : throw FileDescriptors.Error(LibC.Errno));
    }

    /// <summary>chmod on Windows, as CPython's: the write bit (0o200) clears the read-only attribute, its absence sets it.</summary>
    public static bool SetReadOnly(string path, int mode)
    {
        var attributes = File.GetAttributes(path);
        File.SetAttributes(path, (mode & 0x80) != 0 ? attributes & ~FileAttributes.ReadOnly : attributes | FileAttributes.ReadOnly);
        return true;
    }
}
