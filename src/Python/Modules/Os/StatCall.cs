using System.Buffers.Binary;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Modules.Os;

/// <summary>
/// The fields os.stat reports, as a tuple (st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid, st_size,
/// st_atime_ns, st_mtime_ns, st_ctime_ns, st_blksize, st_blocks, st_rdev) that os.py makes a stat_result of:
/// from statx on Linux (its layout is the same on every architecture), from System.IO elsewhere.
/// </summary>
internal static class StatCall
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxBasicStats = 0x7ff;

    public static PyTuple OfPath(string path, object original, bool follow) => OperatingSystem.IsLinux()
        ? Statx(AtFdCwd, path, follow ? 0 : AtSymlinkNoFollow) ?? throw OsModule.OsError(LibC.Errno, original)
        : FromFileSystem(path, original, follow);

    public static PyTuple OfDescriptor(int fd) =>
        Statx(fd, "", AtEmptyPath) ?? throw FileDescriptors.Error(LibC.Errno);

    /// <summary>The stat fields System.IO can tell of an open handle: size, times and, off Windows, the permission bits.</summary>
    public static PyTuple OfHandle(Microsoft.Win32.SafeHandles.SafeFileHandle handle, int kind)
    {
        var mode = OperatingSystem.IsWindows() ? 0x1B6 : (int)File.GetUnixFileMode(handle);
        var size = kind == 0x8000 ? RandomAccess.GetLength(handle) : 0;
        var written = Nanoseconds(File.GetLastWriteTimeUtc(handle));
        return Fields(kind | mode, size, Nanoseconds(File.GetLastAccessTimeUtc(handle)), written, written);
    }

    private static unsafe PyTuple? Statx(int dirFd, string path, int flags)
    {
        var buffer = stackalloc byte[256];
        if (LibC.Statx(dirFd, path, flags, StatxBasicStats, buffer) != 0)
        {
            return null;
        }

        var b = new ReadOnlySpan<byte>(buffer, 256).ToArray();
        uint U16(int at) => BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan(at));
        uint U32(int at) => BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan(at));
        long I64(int at) => BinaryPrimitives.ReadInt64LittleEndian(b.AsSpan(at));
        long Time(int at) => (I64(at) * 1_000_000_000) + U32(at + 8);

        return new PyTuple(
        [
            Py.Int(U16(28)), Py.Int(I64(32)), Py.Int(Device(U32(136), U32(140))),
            Py.Int(U32(16)), Py.Int(U32(20)), Py.Int(U32(24)), Py.Int(I64(40)),
            Py.Int(Time(64)), Py.Int(Time(112)), Py.Int(Time(96)),
            Py.Int(U32(4)), Py.Int(I64(48)), Py.Int(Device(U32(128), U32(132))),
        ]);
    }

    // glibc's makedev: the number st_dev and st_rdev carry.
    private static long Device(uint major, uint minor) =>
        (long)((((ulong)major & 0xfffff000) << 32) | ((major & 0xfffUL) << 8) | (((ulong)minor & 0xffffff00) << 12) | (minor & 0xffUL));

    private static PyTuple FromFileSystem(string path, object original, bool follow)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (!info.Exists && info.LinkTarget is null)
        {
            throw OsModule.OsError(2, original);
        }

        if (follow && info.LinkTarget is not null)
        {
            info = info.ResolveLinkTarget(true) ?? info;
            if (!info.Exists)
            {
                throw OsModule.OsError(2, original);
            }
        }

        var kind = info.LinkTarget is not null && !follow ? 0xA000 : info is DirectoryInfo ? 0x4000 : 0x8000;
        var mode = OperatingSystem.IsWindows() ? 0x1B6 : (int)info.UnixFileMode;
        var size = info is FileInfo f ? f.Length : 4096;
        var written = Nanoseconds(info.LastWriteTimeUtc);
        return Fields(kind | mode, size, Nanoseconds(info.LastAccessTimeUtc), written, written);
    }

    public static PyTuple Fields(int mode, long size, long atime, long mtime, long ctime) => new(
    [
        Py.Int(mode), Py.Int(0), Py.Int(0), Py.Int(1), Py.Int(0), Py.Int(0), Py.Int(size),
        Py.Int(atime), Py.Int(mtime), Py.Int(ctime), Py.Int(4096), Py.Int((size + 511) / 512), Py.Int(0),
    ]);

    private static long Nanoseconds(DateTime time) => (time - DateTime.UnixEpoch).Ticks * 100;
}
