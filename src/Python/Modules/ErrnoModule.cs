using IronUwsgi.Python.Engine;
using IronUwsgi.Python.Objects;

namespace IronUwsgi.Python.Modules;

/// <summary>The <c>errno</c> module: the Linux error numbers CPython exposes, and errorcode.</summary>
internal static class ErrnoModule
{
    private static readonly (string Name, int Code)[] Codes =
    [
        ("EPERM", 1), ("ENOENT", 2), ("ESRCH", 3), ("EINTR", 4), ("EIO", 5), ("ENXIO", 6), ("E2BIG", 7), ("ENOEXEC", 8),
        ("EBADF", 9), ("ECHILD", 10), ("EAGAIN", 11), ("EWOULDBLOCK", 11), ("ENOMEM", 12), ("EACCES", 13), ("EFAULT", 14),
        ("EBUSY", 16), ("EEXIST", 17), ("EXDEV", 18), ("ENODEV", 19), ("ENOTDIR", 20), ("EISDIR", 21), ("EINVAL", 22),
        ("ENFILE", 23), ("EMFILE", 24), ("ENOTTY", 25), ("EFBIG", 27), ("ENOSPC", 28), ("ESPIPE", 29), ("EROFS", 30),
        ("EMLINK", 31), ("EPIPE", 32), ("EDOM", 33), ("ERANGE", 34), ("EDEADLK", 35), ("ENAMETOOLONG", 36), ("ENOLCK", 37),
        ("ENOSYS", 38), ("ENOTEMPTY", 39), ("ELOOP", 40), ("ENOTSOCK", 88), ("EADDRINUSE", 98), ("EADDRNOTAVAIL", 99),
        ("ENETDOWN", 100), ("ENETUNREACH", 101), ("ECONNABORTED", 103), ("ECONNRESET", 104), ("ENOBUFS", 105),
        ("EISCONN", 106), ("ENOTCONN", 107), ("ETIMEDOUT", 110), ("ECONNREFUSED", 111), ("EHOSTUNREACH", 113),
        ("EALREADY", 114), ("EINPROGRESS", 115),
    ];

    // The Linux C library's texts for these numbers, which os.strerror and OSError messages show.
    private static readonly Dictionary<int, string> Messages = new()
    {
        [1] = "Operation not permitted",
        [2] = "No such file or directory",
        [3] = "No such process",
        [4] = "Interrupted system call",
        [5] = "Input/output error",
        [6] = "No such device or address",
        [7] = "Argument list too long",
        [8] = "Exec format error",
        [9] = "Bad file descriptor",
        [10] = "No child processes",
        [11] = "Resource temporarily unavailable",
        [12] = "Cannot allocate memory",
        [13] = "Permission denied",
        [14] = "Bad address",
        [16] = "Device or resource busy",
        [17] = "File exists",
        [18] = "Invalid cross-device link",
        [19] = "No such device",
        [20] = "Not a directory",
        [21] = "Is a directory",
        [22] = "Invalid argument",
        [23] = "Too many open files in system",
        [24] = "Too many open files",
        [25] = "Inappropriate ioctl for device",
        [27] = "File too large",
        [28] = "No space left on device",
        [29] = "Illegal seek",
        [30] = "Read-only file system",
        [31] = "Too many links",
        [32] = "Broken pipe",
        [33] = "Numerical argument out of domain",
        [34] = "Numerical result out of range",
        [35] = "Resource deadlock avoided",
        [36] = "File name too long",
        [37] = "No locks available",
        [38] = "Function not implemented",
        [39] = "Directory not empty",
        [40] = "Too many levels of symbolic links",
        [88] = "Socket operation on non-socket",
        [98] = "Address already in use",
        [99] = "Cannot assign requested address",
        [100] = "Network is down",
        [101] = "Network is unreachable",
        [103] = "Software caused connection abort",
        [104] = "Connection reset by peer",
        [105] = "No buffer space available",
        [106] = "Transport endpoint is already connected",
        [107] = "Transport endpoint is not connected",
        [110] = "Connection timed out",
        [111] = "Connection refused",
        [113] = "No route to host",
        [114] = "Operation already in progress",
        [115] = "Operation now in progress",
    };

    /// <summary>strerror(code): the message of a known number, "Unknown error N" otherwise.</summary>
    public static string Message(long code) => code is >= int.MinValue and <= int.MaxValue && Messages.TryGetValue((int)code, out var m) ? m : $"Unknown error {code}";

    public static void Fill(PythonEngine engine, PyModule module)
    {
        var d = module.Dict!;
        var errorcode = new PyDict();
        foreach (var (name, code) in Codes)
        {
            d[name] = Py.Int(code);
            if (!errorcode.ContainsKey(Py.Int(code)))
            {
                errorcode[Py.Int(code)] = name;
            }
        }

        d["errorcode"] = errorcode;
    }
}
